// `--format json`: exactly the JSON report of ../shared/spec/findings.md, plus
// extra keys the spec allows (errors, evidence of input faults, rule data).
#pragma once

#include <nlohmann/json.hpp>

#include "reports/report_writer.h"

namespace newslint {

class JsonWriter : public ReportWriter {
 public:
  void Write(const RunReport& report, std::ostream& out) const override;
};

}  // namespace newslint
