// The baseline file as a report: what `newslint baseline create` writes (see
// checker/baseline.h for the format). Not listed among the report formats of
// `check --format`: a baseline is recorded, not read by people or tools.
#pragma once

#include "reports/report_writer.h"

namespace newslint {

class BaselineWriter : public ReportWriter {
 public:
  void Write(const RunReport& report, std::ostream& out) const override;
};

}  // namespace newslint
