// Every report format against a checked-in golden file, over the hand-built
// report of sample_report.h (curly quotes and an emoji before flagged spans,
// a JSONL record, related locations, a message full of characters each
// format must escape, an input error).
//
// To regenerate the golden files after an intended change of output:
//   NEWSLINT_UPDATE_GOLDEN=1 build/newslint_tests --gtest_filter='Golden/*'
// rewrites fixtures/reports/<format>.expected (and reports those tests as
// skipped); review the diff before committing it. A format registered in
// WriterFormats() fails here until its golden file exists.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "tests/report_test_support.h"
#include "tests/sample_report.h"

namespace newslint {
namespace {

using test_support::ReadWholeFile;
using test_support::Render;
using test_support::SampleReport;
using test_support::WriteWholeFile;

std::string GoldenPath(std::string_view format) {
  return std::string(NEWSLINT_SOURCE_DIR) + "/fixtures/reports/" + std::string(format) +
         ".expected";
}

class Golden : public ::testing::TestWithParam<std::string_view> {};

TEST_P(Golden, MatchesExpectedFile) {
  std::string actual = Render(GetParam(), SampleReport());
  std::string path = GoldenPath(GetParam());
  const char* update = std::getenv("NEWSLINT_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    WriteWholeFile(path, actual);
    GTEST_SKIP() << "rewrote " << path;
  }
  ASSERT_TRUE(std::filesystem::exists(path))
      << path << " is missing; create it with NEWSLINT_UPDATE_GOLDEN=1";
  EXPECT_EQ(actual, ReadWholeFile(path))
      << "output of --format " << GetParam() << " differs from " << path
      << " (NEWSLINT_UPDATE_GOLDEN=1 rewrites it after an intended change)";
}

INSTANTIATE_TEST_SUITE_P(Golden, Golden, ::testing::ValuesIn(WriterFormats()),
                         [](const auto& info) { return std::string(info.param); });

}  // namespace
}  // namespace newslint
