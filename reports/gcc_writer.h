// `--format gcc`: `path:line:col: severity: message [rule-id]`, one finding a
// line, the form compilers print and editors' problem matchers read. For a
// JSONL record the position is the record's line in the file (column 1), and
// the message names the record and the position inside its text.
#pragma once

#include "reports/report_writer.h"

namespace newslint {

class GccWriter : public ReportWriter {
 public:
  void Write(const RunReport& report, std::ostream& out) const override;
};

}  // namespace newslint
