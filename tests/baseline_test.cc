// Gating only what is new: `newslint baseline create` and `check --baseline`,
// end to end through the built binary, run from the articles' folder as CI
// runs them (findings are matched by path, so both runs use the same paths).
#include "checker/baseline.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "checker/run_report.h"
#include "checker/yaml_view.h"
#include "test_support.h"

namespace newslint {
namespace {

using testing::Binary;
using testing::RunCommand;
using testing::TempDir;

constexpr const char* kArticle =
    "A quiet week\n\n"
    "It rained on Sunday , they said.\n\n"
    "The focal bank raised rates.\n";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A folder with one article and a baseline of its findings.
class BaselineGate : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("news/a.txt", kArticle);
    auto r = Run("baseline create --no-config --output baseline.json news");
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  testing::CommandResult Run(const std::string& args) {
    return RunCommand("cd " + dir_.path() + " && " + Binary() + " " + args);
  }
  testing::CommandResult Check(const std::string& extra = "") {
    return Run("check --no-config --fail-on warning --baseline baseline.json " + extra + " news");
  }
  nlohmann::json CheckJson() {
    auto r = Check("--format json");
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
    return nlohmann::json::parse(r.out);
  }
  static std::vector<std::string> Rules(const nlohmann::json& report) {
    std::vector<std::string> out;
    for (const auto& f : report["findings"]) out.push_back(f["rule"]);
    return out;
  }
  TempDir dir_;
};

TEST_F(BaselineGate, FileIsVersionedSortedAndStable) {
  std::string first = ReadFile(dir_.path() + "/baseline.json");
  auto j = nlohmann::json::parse(first);
  EXPECT_EQ(j["format"], "newslint-baseline");
  EXPECT_EQ(j["version"], kBaselineVersion);
  ASSERT_EQ(j["findings"].size(), 2u) << first;
  for (const auto& e : j["findings"]) {
    EXPECT_EQ(e["path"], "news/a.txt");
    EXPECT_FALSE(e["fingerprint"].get<std::string>().empty());
  }
  EXPECT_LT(j["findings"][0]["rule"].get<std::string>(),
            j["findings"][1]["rule"].get<std::string>());
  // One entry a line, so that a re-recorded baseline diffs entry by entry.
  EXPECT_NE(first.find("\n    {\"path\":\"news/a.txt\""), std::string::npos) << first;
  ASSERT_EQ(Run("baseline create --no-config --jobs 1 --output again.json news").exit_code, 0);
  EXPECT_EQ(ReadFile(dir_.path() + "/again.json"), first);
}

TEST_F(BaselineGate, RoundTripReportsNothing) {
  auto r = Check();
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("0 findings"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("baseline baseline.json: 2 findings suppressed\n"), std::string::npos)
      << r.out;
  auto j = CheckJson();
  EXPECT_TRUE(j["findings"].empty());
  EXPECT_EQ(j["baseline"]["file"], "baseline.json");
  EXPECT_EQ(j["baseline"]["suppressed"], 2);
  EXPECT_TRUE(j["baseline"]["absent"].empty());
  EXPECT_EQ(j["summary"]["findings"], 0);
}

TEST_F(BaselineGate, NewFindingAfterAnEditIsReported) {
  dir_.Write("news/a.txt", std::string(kArticle) + "\nIt snowed on Monday , they said.\n");
  auto r = Check();
  EXPECT_EQ(r.exit_code, 1) << r.out;
  auto j = CheckJson();
  ASSERT_EQ(j["findings"].size(), 1u) << j.dump(2);
  EXPECT_EQ(j["findings"][0]["rule"], "typography.space-before-punctuation");
  EXPECT_EQ(j["findings"][0]["line"], 7);
  EXPECT_EQ(j["baseline"]["suppressed"], 2);
}

TEST_F(BaselineGate, InsertingLinesAboveKeepsFindingsSuppressed) {
  dir_.Write("news/a.txt",
             "A quiet week\n\nA new opening paragraph.\n\nAnd a second one, added later.\n\n"
             "It rained on Sunday , they said.\n\nThe focal bank raised rates.\n");
  auto r = Check();
  EXPECT_EQ(r.exit_code, 0) << r.out;
  auto j = CheckJson();
  EXPECT_TRUE(j["findings"].empty()) << j.dump(2);
  EXPECT_EQ(j["baseline"]["suppressed"], 2);
  EXPECT_TRUE(j["baseline"]["absent"].empty());
}

// The flagged text of this rule is the space and the mark (" ,"): editing
// the mark is editing the flagged text; editing "Sunday" would not be.
TEST_F(BaselineGate, EditingTheFlaggedTextUnsuppressesIt) {
  dir_.Write("news/a.txt",
             "A quiet week\n\nIt rained on Sunday ; they said.\n\nThe focal bank raised rates.\n");
  auto r = Check();
  EXPECT_EQ(r.exit_code, 1) << r.out;
  auto j = CheckJson();
  EXPECT_EQ(Rules(j), std::vector<std::string>{"typography.space-before-punctuation"});
  EXPECT_EQ(j["baseline"]["suppressed"], 1);
  // The old text's entry no longer occurs.
  ASSERT_EQ(j["baseline"]["absent"].size(), 1u);
  EXPECT_EQ(j["baseline"]["absent"][0]["rule"], "typography.space-before-punctuation");
}

TEST_F(BaselineGate, FixedFindingsAreListedAsAbsent) {
  dir_.Write("news/a.txt",
             "A quiet week\n\nIt rained on Sunday, they said.\n\n"
             "The focal bank raised rates.\n");
  auto r = Check();
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(
      r.out.find("1 finding suppressed; 1 entry no longer occurs:\n  news/a.txt: \u201c ,\u201d"),
      std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("[typography.space-before-punctuation]"), std::string::npos) << r.out;
  auto j = CheckJson();
  ASSERT_EQ(j["baseline"]["absent"].size(), 1u);
  EXPECT_EQ(j["baseline"]["absent"][0]["path"], "news/a.txt");
  EXPECT_EQ(j["baseline"]["absent"][0]["rule"], "typography.space-before-punctuation");
}

TEST_F(BaselineGate, EntriesOfArticlesNotCheckedAreNotAbsent) {
  dir_.Write("other/b.txt", "A title\n\nA plain sentence about the weather.\n");
  auto r = Run("check --no-config --format json --baseline baseline.json other");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["baseline"]["suppressed"], 0);
  EXPECT_TRUE(j["baseline"]["absent"].empty());
}

TEST_F(BaselineGate, ABadBaselineStopsTheRun) {
  dir_.Write("broken.json",
             "{\n  \"format\": \"newslint-baseline\",\n  \"version\": 1,\n  oops\n}\n");
  auto r = Run("check --no-config --baseline broken.json news");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("broken.json:4:3: not a JSON baseline"), std::string::npos) << r.err;
  dir_.Write("other.json", "{\"findings\": []}\n");
  r = Run("check --no-config --baseline other.json news");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("other.json:1:1: not a newslint baseline"), std::string::npos) << r.err;
  r = Run("check --no-config --baseline missing.json news");
  EXPECT_EQ(r.exit_code, 2);
  // Wrong types and numbers out of range are errors too, never a crash.
  dir_.Write("typed.json", "{\"format\": 1, \"version\": 1, \"findings\": []}\n");
  r = Run("check --no-config --baseline typed.json news");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("typed.json:1:1: not a newslint baseline"), std::string::npos) << r.err;
  dir_.Write("huge.json", "{\"format\": \"newslint-baseline\", \"version\": 1E999}\n");
  r = Run("check --no-config --baseline huge.json news");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("huge.json:1:1: not a JSON baseline"), std::string::npos) << r.err;
}

TEST_F(BaselineGate, CreateRefusesReportOptions) {
  EXPECT_EQ(Run("baseline create --no-config news").exit_code, 2);  // no --output
  EXPECT_EQ(Run("baseline create --no-config --output x.json --format json news").exit_code, 2);
  EXPECT_EQ(Run("baseline create --no-config --output x.json --fail-on warning news").exit_code, 2);
  EXPECT_EQ(Run("baseline frobnicate").exit_code, 2);
  EXPECT_EQ(Run("baseline --help").exit_code, 0);
}

// The matching alone, without the binary.
TEST(Baseline, ApplyToRemovesKnownFingerprintsAndListsTheRest) {
  RunReport before;
  before.documents.push_back({});
  before.documents[0].path = "a.txt";
  for (const char* fp : {"f1", "f2"}) {
    Finding f;
    f.path = "a.txt";
    f.rule = "r";
    f.fingerprint = fp;
    before.documents[0].findings.push_back(f);
  }
  Baseline b = Baseline::FromReport(before);
  ASSERT_EQ(b.entries().size(), 2u);

  RunReport now = before;
  now.documents[0].findings[1].fingerprint = "f3";
  BaselineOutcome out = b.ApplyTo(now, "b.json");
  EXPECT_EQ(out.suppressed, 1u);
  ASSERT_EQ(now.documents[0].findings.size(), 1u);
  EXPECT_EQ(now.documents[0].findings[0].fingerprint, "f3");
  ASSERT_EQ(out.absent.size(), 1u);
  EXPECT_EQ(out.absent[0].fingerprint, "f2");
}

TEST(Baseline, LoadReadsWhatSerialiseWrites) {
  RunReport report;
  report.documents.push_back({});
  Finding f;
  f.path = "x.jsonl";
  f.record = "7";
  f.rule = "r";
  f.fingerprint = "abc";
  f.excerpt = std::string(200, 'x');  // long excerpts are cut
  report.documents[0].findings.push_back(f);
  TempDir dir;
  std::string path = dir.Write("b.json", Baseline::FromReport(report).Serialise());
  Baseline loaded = Baseline::Load(path);
  ASSERT_EQ(loaded.entries().size(), 1u);
  EXPECT_EQ(loaded.entries()[0].record, "7");
  EXPECT_EQ(loaded.entries()[0].fingerprint, "abc");
  EXPECT_LT(loaded.entries()[0].excerpt.size(), 200u);
}

}  // namespace
}  // namespace newslint
