// The integration files at the top of the repository read our output
// formats: the VS Code problem matcher must parse every gcc line (the golden
// file has the awkward ones), and the pre-commit hook and the example
// workflow must stay valid YAML that runs the formats they claim to.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "tests/report_test_support.h"

namespace newslint {
namespace {

using test_support::ReadWholeFile;
using test_support::SplitLines;

std::string SourceFile(const std::string& path) {
  return std::string(NEWSLINT_SOURCE_DIR) + "/" + path;
}

TEST(Integrations, VscodeProblemMatcherReadsTheGccFormat) {
  auto matcher =
      nlohmann::json::parse(ReadWholeFile(SourceFile("editors/vscode/problem-matcher.json")));
  const auto& pattern = matcher["pattern"];
  // VS Code compiles the pattern as a JavaScript regex: ECMAScript here too.
  std::regex re(pattern["regexp"].get<std::string>(), std::regex::ECMAScript);
  auto group = [&](const std::smatch& m, const char* name) {
    return m[pattern[name].get<int>()].str();
  };
  std::vector<std::string> lines =
      SplitLines(ReadWholeFile(SourceFile("fixtures/reports/gcc.expected")));
  ASSERT_EQ(lines.size(), 5u);
  for (const auto& line : lines) {
    std::smatch m;
    EXPECT_TRUE(std::regex_match(line, m, re)) << line;
  }
  std::smatch m;
  ASSERT_TRUE(std::regex_match(lines[4], m, re));
  EXPECT_EQ(group(m, "file"), "feeds/wire,05:19.jsonl");
  EXPECT_EQ(group(m, "line"), "4");
  EXPECT_EQ(group(m, "column"), "1");
  EXPECT_EQ(group(m, "severity"), "warning");
  EXPECT_EQ(group(m, "code"), "boilerplate.page-furniture");
  ASSERT_TRUE(std::regex_match(lines[0], m, re));
  EXPECT_EQ(group(m, "code"), "input");
}

TEST(Integrations, PreCommitHookRunsTheGccFormatOnArticles) {
  YAML::Node hooks = YAML::LoadFile(SourceFile(".pre-commit-hooks.yaml"));
  ASSERT_TRUE(hooks.IsSequence());
  YAML::Node hook = hooks[0];
  EXPECT_EQ(hook["id"].as<std::string>(), "newslint");
  EXPECT_EQ(hook["language"].as<std::string>(), "system");
  EXPECT_EQ(hook["entry"].as<std::string>(), "newslint check --format gcc");
  std::regex files(hook["files"].as<std::string>(), std::regex::ECMAScript);
  for (const char* name : {"a.txt", "news/b.md", "feeds/c.jsonl"}) {
    EXPECT_TRUE(std::regex_search(std::string(name), files)) << name;
  }
  EXPECT_FALSE(std::regex_search(std::string("rules/x.yaml"), files));
}

TEST(Integrations, ExampleWorkflowAnnotatesAndUploadsSarif) {
  YAML::Node workflow = YAML::LoadFile(SourceFile(".github/workflows/newslint.yml"));
  std::string runs, uses;
  for (const auto& step : workflow["jobs"]["newslint"]["steps"]) {
    if (step["run"]) runs += step["run"].as<std::string>() + "\n";
    if (step["uses"]) uses += step["uses"].as<std::string>() + "\n";
  }
  EXPECT_NE(runs.find("newslint check --format github"), std::string::npos) << runs;
  EXPECT_NE(runs.find("--format sarif"), std::string::npos) << runs;
  EXPECT_NE(uses.find("github/codeql-action/upload-sarif"), std::string::npos) << uses;
}

}  // namespace
}  // namespace newslint
