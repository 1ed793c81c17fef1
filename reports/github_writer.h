// `--format github`: GitHub Actions workflow commands, one line a finding
// (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::MESSAGE`;
// warning → ::warning, info → ::notice), which the runner turns into
// annotations on the pull request's diff. Values are escaped as the Actions
// toolkit does, so a message can never end the command early or start
// another; a JSONL finding points at its record's line (see file_position.h).
#pragma once

#include "reports/report_writer.h"

namespace newslint {

class GithubWriter : public ReportWriter {
 public:
  void Write(const RunReport& report, std::ostream& out) const override;
};

}  // namespace newslint
