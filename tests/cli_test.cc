// End to end: the built binary over fixtures, as a user or CI runs it.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace newslint {
namespace {

using testing::Binary;
using testing::RunCommand;
using testing::SourceDir;
using testing::TempDir;

std::string Check(const std::string& args) {
  return "cd " + SourceDir() + " && " + Binary() + " check --no-config " + args;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The JSON report over fixtures/corpus equals the checked-in expected file.
// NEWSLINT_UPDATE_GOLDEN=1 rewrites the expected file from this run. The rules
// root is given relative, so evidence paths do not depend on the checkout.
TEST(Cli, FixtureCorpusMatchesExpectedReport) {
  auto r = RunCommand("cd " + SourceDir() + " && NEWSLINT_RULES_DIR=rules " + Binary() +
                      " check --no-config --format json fixtures/corpus");
  ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
  std::string expected_path = SourceDir() + "/fixtures/expected/corpus.json";
  if (std::getenv("NEWSLINT_UPDATE_GOLDEN")) {
    std::ofstream(expected_path, std::ios::binary) << r.out;
  }
  auto got = nlohmann::json::parse(r.out);
  auto want = nlohmann::json::parse(ReadFile(expected_path));
  EXPECT_EQ(got, want) << "run with NEWSLINT_UPDATE_GOLDEN=1 after checking the new report";
}

TEST(Cli, ExitStatusFollowsFailOn) {
  TempDir dir;
  std::string clean = dir.Write("clean.txt", "A title\n\nA plain sentence about the weather.\n");
  std::string bad = dir.Write("bad.txt", "A title\n\nIt rained on Sunday , they said.\n");
  EXPECT_EQ(RunCommand(Check(clean)).exit_code, 0);
  EXPECT_EQ(RunCommand(Check(bad)).exit_code, 0);  // a warning; the default gate is error
  EXPECT_EQ(RunCommand(Check("--fail-on warning " + bad)).exit_code, 1);
  EXPECT_EQ(RunCommand(Check("--fail-on never " + bad)).exit_code, 0);
}

TEST(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(RunCommand(Check("")).exit_code, 2);
  EXPECT_EQ(RunCommand(Check("--format nonsense fixtures/corpus")).exit_code, 2);
  EXPECT_EQ(RunCommand(Check("--jobs zero fixtures/corpus")).exit_code, 2);
  EXPECT_EQ(RunCommand(Check("--bogus fixtures/corpus")).exit_code, 2);
  auto r = RunCommand(Check("/nonexistent/folder"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no such file"), std::string::npos);
}

TEST(Cli, BadRuleFileNamesFileLineColumn) {
  TempDir dir;
  dir.Write("rules/bad.yaml",
            "id: my.rule\ntype: existence\ncategory: text.nonsense\nseverity: info\n"
            "scope: line\nmessage: m\ntokens: [x]\nexamples: {flag: [x]}\n");
  auto r = RunCommand(Check("--rules " + dir.path() + "/rules fixtures/corpus"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(dir.path() + "/rules/bad.yaml:3:11: category 'text.nonsense'"),
            std::string::npos)
      << r.err;
}

TEST(Cli, BadInputIsReportedAndTheRestStillChecked) {
  TempDir dir;
  dir.Write("corpus/a-good.txt", "A title\n\nIt rained on Sunday , they said.\n");
  dir.Write("corpus/b-latin1.txt", "Caf\xE9 au lait\n");
  dir.Write("corpus/c-binary.txt", std::string("PK\x03\x04\0\0binary", 12));
  dir.Write("corpus/d-empty.txt", "");
  dir.Write("corpus/e-unclosed.md", "---\ntitle: x\nnever closed\n");
  dir.Write("corpus/f-records.jsonl",
            "{\"id\": \"ok\", \"text\": \"Fine text , here.\"}\n{\"id\": \"cut\", \"text\": \"trunc");
  auto r = RunCommand(Check("--format json " + dir.path() + "/corpus"));
  EXPECT_EQ(r.exit_code, 1);  // unreadable articles fail the gate
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["summary"]["documents"], 3);  // good, empty, jsonl record "ok"
  EXPECT_EQ(j["summary"]["errors"], 4);
  std::string errors = j["errors"].dump();
  EXPECT_NE(errors.find("invalid UTF-8"), std::string::npos);
  EXPECT_NE(errors.find("NUL byte"), std::string::npos);
  EXPECT_NE(errors.find("never closed"), std::string::npos);
  EXPECT_NE(errors.find("malformed JSONL"), std::string::npos);
  EXPECT_NE(r.err.find("b-latin1.txt:1:4: invalid UTF-8"), std::string::npos) << r.err;
  int flagged = 0;
  for (const auto& f : j["findings"]) flagged += f["rule"] == "typography.space-before-punctuation";
  EXPECT_EQ(flagged, 2);
}

TEST(Cli, OutputOrderDoesNotDependOnJobs) {
  auto one = RunCommand(Check("--format json --jobs 1 fixtures/corpus"));
  auto many = RunCommand(Check("--format json --jobs 4 fixtures/corpus"));
  EXPECT_EQ(one.out, many.out);
}

TEST(Cli, StdinWithAName) {
  auto r = RunCommand("printf 'Title\\n\\nRain , then sun.\\n' | " + Binary() +
               " check --no-config --format gcc --stdin-name piped.txt -");
  EXPECT_EQ(r.out, "piped.txt:3:5: warning: space before “,” [typography.space-before-punctuation]\n");
}

TEST(Cli, OutputFileIsWrittenAtomically) {
  TempDir dir;
  std::string out = dir.path() + "/report.json";
  auto r = RunCommand(Check("--format json --output " + out + " fixtures/corpus"));
  EXPECT_TRUE(r.out.empty());
  EXPECT_NO_THROW(nlohmann::json::parse(ReadFile(out)));
  // An unwritable destination fails with status 2 and leaves the old report.
  chmod(dir.path().c_str(), 0500);
  auto again = RunCommand(Check("--format json --output " + out + " fixtures/corpus"));
  chmod(dir.path().c_str(), 0700);
  if (geteuid() != 0) {  // root ignores permissions
    EXPECT_EQ(again.exit_code, 2);
  }
  EXPECT_NO_THROW(nlohmann::json::parse(ReadFile(out)));
}

TEST(Cli, RulesListShowTest) {
  auto list = RunCommand("cd " + SourceDir() + " && " + Binary() + " rules list --no-config");
  EXPECT_EQ(list.exit_code, 0);
  EXPECT_NE(list.out.find("typography.space-before-punctuation"), std::string::npos);
  auto show = RunCommand(Binary() + " rules show --no-config boilerplate.page-furniture");
  EXPECT_EQ(show.exit_code, 0);
  EXPECT_NE(show.out.find("category:  boilerplate.residue"), std::string::npos);
  EXPECT_EQ(RunCommand(Binary() + " rules show --no-config no.such.rule").exit_code, 2);
}

TEST(Cli, VersionAndHelp) {
  EXPECT_EQ(RunCommand(Binary() + " --version").out, "newslint 0.1.0\n");
  EXPECT_EQ(RunCommand(Binary() + " check --help").exit_code, 0);
  EXPECT_EQ(RunCommand(Binary() + " rules --help").exit_code, 0);
}

}  // namespace
}  // namespace newslint

namespace newslint {
namespace {

// Clean articles of many kinds (economics, diplomacy, technology, conflict),
// dense with fixed expressions, titles and dates used correctly: every
// finding here is a false alarm.
TEST(Cli, CleanArticlesStaySilent) {
  auto r = testing::RunCommand("cd " + testing::SourceDir() + " && " + testing::Binary() +
                               " check --no-config --format gcc fixtures/clean");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "") << "false alarms on clean articles";
}

// Without the cross-article pass the documents wait for the report in a
// temporary file; where none can be made (TMPDIR names no folder) they stay
// in memory. The report must not tell the two apart, whatever the job count.
TEST(Cli, ThePerArticleReportIsTheSameSpilledOrInMemory) {
  TempDir tmp;
  for (const char* format : {"json", "text", "sarif", "gcc"}) {
    for (int jobs : {1, 3}) {
      std::string args = std::string("check --no-corpus --no-color --fail-on never --format ") +
                         format + " --jobs " + std::to_string(jobs) +
                         " fixtures/corpus fixtures/clean ../shared/seeds/articles";
      std::string run = testing::NewslintInSourceDir(args);
      auto spilled = RunCommand("export TMPDIR=" + tmp.path() + "; " + run);
      auto memory = RunCommand("export TMPDIR=/nonexistent/newslint; " + run);
      EXPECT_EQ(spilled.exit_code, 0) << spilled.err;
      EXPECT_EQ(spilled.out, memory.out) << format << " --jobs " << jobs;
      EXPECT_EQ(spilled.err, memory.err);
      EXPECT_GT(spilled.out.size(), 1000u) << format;
      // Unlinked as soon as made: nothing left behind in the folder.
      EXPECT_TRUE(std::filesystem::is_empty(tmp.path()));
    }
  }
}

}  // namespace
}  // namespace newslint
