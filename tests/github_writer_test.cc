// Workflow commands are parsed line by line, properties split at ',' and
// ':': the escaping of the Actions toolkit keeps a message from ending its
// command early or forging another.
#include <gtest/gtest.h>

#include "tests/report_test_support.h"
#include "tests/sample_report.h"

namespace newslint {
namespace {

using test_support::Render;
using test_support::SampleReport;
using test_support::SplitLines;

TEST(Github, EscapesAsTheActionsToolkitDoes) {
  std::vector<std::string> lines = SplitLines(Render("github", SampleReport()));
  ASSERT_EQ(lines.size(), 5u);  // a newline in a message adds no line
  EXPECT_EQ(lines[0].rfind("::error file=feeds/broken.jsonl,line=7,col=12,title=input::", 0), 0u)
      << lines[0];
  const std::string& record = lines[4];
  EXPECT_EQ(record.rfind("::warning file=feeds/wire%2C05%3A19.jsonl,line=4,col=1,"
                         "title=boilerplate.page-furniture::page furniture left in the article "
                         "(50%25 off: <subscribe> & ",
                         0),
            0u)
      << record;
  // Escape sequences are shown, not obeyed, by the log viewer.
  EXPECT_NE(record.find("now)%0Asecond line \\x1b[31mred\\x1b[0m (record a-17, line 2, column 1)"),
            std::string::npos)
      << record;
}

}  // namespace
}  // namespace newslint
