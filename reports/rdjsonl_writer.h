// `--format rdjsonl`: reviewdog's Diagnostic Format as JSON Lines, one
// Diagnostic a line, for `reviewdog -f=rdjsonl` to post as review comments.
// reviewdog counts columns in UTF-8 bytes, ours in code points, so ranges use
// Finding::byte_column/byte_end_column (end exclusive, as reviewdog's is); a
// finding without them gets a whole-line range. A safe fix becomes a
// suggestion reviewdog can offer to apply. A JSONL finding points at its
// record's line, column 1, with no suggestion, as its text sits
// JSON-escaped in the file (see file_position.h).
#pragma once

#include "reports/report_writer.h"

namespace newslint {

class RdjsonlWriter : public ReportWriter {
 public:
  void Write(const RunReport& report, std::ostream& out) const override;
};

}  // namespace newslint
