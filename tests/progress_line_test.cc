// The progress line of `check` on standard error: never when standard error
// is not a terminal (a pipe or a file here), unless forced with --progress;
// never with --no-progress. The report on standard output is the same.
#include <gtest/gtest.h>

#include "test_support.h"

namespace newslint {
namespace {

using testing::Binary;
using testing::RunCommand;
using testing::SourceDir;

std::string Check(const std::string& args, const std::string& paths = "fixtures/corpus") {
  return "cd " + SourceDir() + " && " + Binary() + " check --no-config --fail-on never " + args +
         " " + paths;
}

TEST(ProgressLine, SilentWhenStandardErrorIsNotATerminal) {
  auto r = RunCommand(Check(""));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find('\r'), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("articles"), std::string::npos) << r.err;
  // Through a pipe as well as a file.
  auto piped = RunCommand(Check("2>&1 >/dev/null | cat >&2"));
  EXPECT_EQ(piped.err.find('\r'), std::string::npos) << piped.err;
}

TEST(ProgressLine, ForcedOnItIsDrawnAndClearedInPlace) {
  auto plain = RunCommand(Check("--jobs 1"));
  auto r = RunCommand(Check("--jobs 1 --progress"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, plain.out);  // the report does not change
  // JSONL inputs hold an unknown number of articles: no total.
  EXPECT_NE(r.err.find("\rchecked 1 article"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("/10 articles"), std::string::npos) << r.err;
  // Cleared at the end: the last thing written is a carriage return after
  // blanks, leaving the cursor at the start of an empty line.
  ASSERT_FALSE(r.err.empty());
  EXPECT_EQ(r.err.back(), '\r');
  EXPECT_EQ(r.err.find('\n'), std::string::npos) << r.err;
}

TEST(ProgressLine, TotalIsKnownWhenEveryFileIsOneArticle) {
  auto r = RunCommand(Check("--jobs 1 --progress",
                            "fixtures/corpus/dates-clean.txt fixtures/corpus/spun-report.txt"));
  EXPECT_NE(r.err.find("\rchecked 1/2 articles"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\rchecked 2/2 articles"), std::string::npos) << r.err;
}

TEST(ProgressLine, NoProgressWins) {
  auto r = RunCommand(Check("--progress --no-progress"));
  EXPECT_EQ(r.err.find('\r'), std::string::npos) << r.err;
}

}  // namespace
}  // namespace newslint
