// `--format junit`: JUnit XML, the report CI servers (Jenkins, GitLab, Azure)
// show as a test tree. One <testsuite> per article (`path` or `path#record`),
// one <testcase> per rule, so a clean article shows every rule passing; each
// finding is a <failure> of its rule's test case (the suite's `failures`
// counts findings, not failing rules). An article that could not be read is a
// suite of one test case, `input`, with an <error>.
#pragma once

#include "reports/report_writer.h"

namespace newslint {

class JunitWriter : public ReportWriter {
 public:
  void Write(const RunReport& report, std::ostream& out) const override;
};

}  // namespace newslint
