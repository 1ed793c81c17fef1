// `--format text`: findings grouped by article, a closing summary line.
#pragma once

#include "reports/report_writer.h"

namespace newslint {

class TextWriter : public ReportWriter {
 public:
  explicit TextWriter(bool color) : color_(color) {}
  void Write(const RunReport& report, std::ostream& out) const override;

 private:
  bool color_;
};

}  // namespace newslint
