// `--format checkstyle`: Checkstyle XML, which reviewdog, Jenkins' warnings
// plugin and many code-review bots read. One <file> per input file, in input
// order, every checked file listed (a clean one as an empty element); one
// <error> per finding, `source` the rule id. Columns are code points; a JSONL
// finding points at its record's line (see file_position.h).
#pragma once

#include "reports/report_writer.h"

namespace newslint {

class CheckstyleWriter : public ReportWriter {
 public:
  void Write(const RunReport& report, std::ostream& out) const override;
};

}  // namespace newslint
