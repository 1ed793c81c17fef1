// reviewdog slices the file's bytes with the rdjsonl columns: they must cut
// out the flagged text exactly, past curly quotes and emoji, both for the
// hand-built report and for the engine's own byte columns in a real run.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/report_test_support.h"
#include "tests/sample_report.h"

namespace newslint {
namespace {

using test_support::Render;
using test_support::RunCommand;
using test_support::SampleReport;
using test_support::SplitLines;
using test_support::TempPath;
using test_support::WriteWholeFile;

// The bytes a reviewdog range covers on one line (start and end on it).
std::string Cut(const std::string& line, const nlohmann::json& range) {
  int start = range["start"]["column"], end = range["end"]["column"];
  return line.substr(static_cast<size_t>(start - 1), static_cast<size_t>(end - start));
}

TEST(Rdjsonl, ColumnsCountUtf8Bytes) {
  RunReport report = SampleReport();
  std::vector<std::string> body = SplitLines(test_support::kMarkdownBody);
  std::vector<std::string> lines = SplitLines(Render("rdjsonl", report));
  ASSERT_EQ(lines.size(), 5u);  // one input error, four findings

  const auto& md = report.documents[0].findings;
  for (size_t i = 0; i < md.size(); ++i) {
    auto range = nlohmann::json::parse(lines[1 + i])["location"]["range"];
    int line = range["start"]["line"];
    EXPECT_EQ(range["end"]["line"], line) << lines[1 + i];
    // The body starts on file line 4, after the front matter.
    EXPECT_EQ(Cut(body[static_cast<size_t>(line - 4)], range), md[i].excerpt) << lines[1 + i];
  }
  // “Yes,” she said 📰 before "Chinese": 18 code points, 25 bytes.
  auto title = nlohmann::json::parse(lines[1]);
  EXPECT_EQ(md[0].column, 19);
  EXPECT_EQ(title["location"]["range"]["start"]["column"], 26);

  // Only the safe fix is offered, over the same byte range.
  EXPECT_FALSE(title.contains("suggestions"));
  auto space = nlohmann::json::parse(lines[2]);
  ASSERT_TRUE(space.contains("suggestions"));
  EXPECT_EQ(space["suggestions"][0]["range"], space["location"]["range"]);
  EXPECT_EQ(space["suggestions"][0]["text"], ",");

  // A JSONL record: its line in the file, column 1, no suggestion.
  auto record = nlohmann::json::parse(lines[4]);
  EXPECT_EQ(record["location"]["range"],
            nlohmann::json::parse(R"({"start":{"line":4,"column":1}})"));
  EXPECT_NE(record["message"].get<std::string>().find("(record a-17, line 2, column 1)"),
            std::string::npos);
}

TEST(Rdjsonl, ColumnsOfARealRunCutOutTheExcerpt) {
  const std::string text =
      "Quotes\n\n\xE2\x80\x9CYes,\xE2\x80\x9D \xF0\x9F\x93\xB0 he said , today.\n\n"
      "\xC2\xAB Non \xC2\xBB \xF0\x9F\x8C\x8D it ended ; then more.\n";
  std::string dir = TempPath("rdjsonl-corpus");
  std::filesystem::create_directories(dir);
  WriteWholeFile(dir + "/quotes.txt", text);
  std::string rd, js;
  std::string check = std::string("'") + NEWSLINT_BINARY + "' check --no-config --fail-on never '" +
                      dir + "/quotes.txt' --format ";
  int rd_status = RunCommand(check + "rdjsonl", &rd);
  int js_status = RunCommand(check + "json", &js);
  std::filesystem::remove_all(dir);
  ASSERT_EQ(rd_status, 0) << rd;
  ASSERT_EQ(js_status, 0) << js;

  auto findings = nlohmann::json::parse(js)["findings"];
  std::vector<std::string> diagnostics = SplitLines(rd), lines = SplitLines(text);
  ASSERT_GE(findings.size(), 2u) << js;
  ASSERT_EQ(diagnostics.size(), findings.size());
  for (size_t i = 0; i < findings.size(); ++i) {
    auto range = nlohmann::json::parse(diagnostics[i])["location"]["range"];
    int line = range["start"]["line"];
    EXPECT_EQ(Cut(lines[static_cast<size_t>(line - 1)], range),
              findings[i]["excerpt"].get<std::string>())
        << diagnostics[i];
    EXPECT_GT(range["start"]["column"].get<int>(), findings[i]["column"].get<int>())
        << "multi-byte text precedes every flagged span here";
  }
}

}  // namespace
}  // namespace newslint
