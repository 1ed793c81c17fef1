// The cross-article pass end to end, through the built binary: the fixture
// corpus of contradictions, variants, shared footers and clean articles
// against its expected report; no false alarm on the clean articles; the same
// report whatever --jobs; an index gate that finds what a whole-corpus run
// finds; configuration; the example seeds.
//
// fixtures/corpus-cross/:
//   disputed/  contradictions (a date, a point count, a casualty figure across
//              articles; a date within one article) and variant quotations
//              (“no bounds” partnership, “eternal friendship”, “Cold Warfare
//              mentality”, Guterres's “frozen struggle”)
//   harbour/   one source with a shared footer (template residue); "Share This
//              Article" is page furniture already and stays with that finding
//   ledger/, wire.jsonl  clean: the same people quoted correctly, different
//              quotes of one speaker, dates and counts that agree at their
//              precision or within their approximation
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "test_support.h"

namespace newslint {
namespace {

using testing::Binary;
using testing::NewslintInSourceDir;
using testing::RunCommand;
using testing::SourceDir;
using testing::TempDir;

nlohmann::json CheckJson(const std::string& args) {
  auto r = RunCommand(NewslintInSourceDir("check --no-config --format json " + args));
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
  return nlohmann::json::parse(r.out);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool IsCorpusFinding(const nlohmann::json& f) {
  return f["rule"].get<std::string>().rfind("corpus.", 0) == 0;
}

TEST(Cli, FixtureCorpusCrossMatchesExpectedReport) {
  auto r = RunCommand(NewslintInSourceDir("check --no-config --format json fixtures/corpus-cross"));
  ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
  std::string expected_path = SourceDir() + "/fixtures/expected/corpus-cross.json";
  if (std::getenv("NEWSLINT_UPDATE_GOLDEN")) {
    std::ofstream(expected_path, std::ios::binary) << r.out;
  }
  auto got = nlohmann::json::parse(r.out);
  auto want = nlohmann::json::parse(ReadFile(expected_path));
  EXPECT_EQ(got, want) << "run with NEWSLINT_UPDATE_GOLDEN=1 after checking the new report";
  const auto& by = got["summary"]["by_category"];
  EXPECT_EQ(by.value("claim.conflict", 0), 8);
  EXPECT_EQ(by.value("quote.variant", 0), 4);
}

TEST(Cli, NoCorpusFindingOnTheCleanFixtures) {
  auto report = CheckJson("fixtures/corpus-cross fixtures/corpus");
  size_t clean_documents = 0;
  for (const auto& d : report["documents"]) {
    std::string p = d["path"];
    clean_documents += p.find("/disputed/") == std::string::npos ? 1 : 0;
  }
  EXPECT_GE(clean_documents, 30u);
  for (const auto& f : report["findings"]) {
    if (!IsCorpusFinding(f)) continue;
    std::string path = f["path"];
    bool designed = path.find("corpus-cross/disputed/") != std::string::npos ||
                    (path.find("corpus-cross/harbour/") != std::string::npos &&
                     f["rule"] == "corpus.template-line");
    EXPECT_TRUE(designed) << "false alarm: " << f.dump();
  }
}

TEST(Cli, CorpusFindingsDoNotDependOnJobs) {
  auto one = RunCommand(NewslintInSourceDir(
      "check --no-config --format json --jobs 1 fixtures/corpus-cross fixtures/corpus"));
  auto four = RunCommand(NewslintInSourceDir(
      "check --no-config --format json --jobs 4 fixtures/corpus-cross fixtures/corpus"));
  EXPECT_EQ(one.out, four.out);
  EXPECT_FALSE(one.out.empty());
}

// What a CI gate sees for a new batch checked against the index of the
// published rest equals what a run over everything reports for that batch.
TEST(Cli, AnIndexGateFindsWhatAWholeCorpusRunFinds) {
  TempDir dir;
  std::string index = dir.path() + "/published.db";
  auto add = RunCommand(
      NewslintInSourceDir("index add fixtures/corpus-cross/harbour fixtures/corpus-cross/ledger "
                          "fixtures/corpus-cross/wire.jsonl --index " +
                          index));
  ASSERT_EQ(add.exit_code, 0) << add.err;
  EXPECT_NE(add.out.find("24 added, 0 replaced, 0 unchanged; 24 articles in all"),
            std::string::npos)
      << add.out;
  auto again =
      RunCommand(NewslintInSourceDir("index add fixtures/corpus-cross/ledger --index " + index));
  EXPECT_NE(again.out.find("0 added, 0 replaced, 8 unchanged"), std::string::npos) << again.out;

  auto gate = CheckJson("--index " + index + " fixtures/corpus-cross/disputed");
  auto whole = CheckJson("fixtures/corpus-cross");
  auto key = [](const nlohmann::json& f) {
    std::set<std::string> related;
    for (const auto& r : f["related"]) {
      related.insert(r["path"].get<std::string>() + ":" + std::to_string(r["line"].get<int>()));
    }
    std::string k = f["path"].get<std::string>() + ":" + std::to_string(f["line"].get<int>()) +
                    " " + f["rule"].get<std::string>() + " " + f["suggestion"].dump() + " ->";
    for (const auto& r : related) k += " " + r;
    return k;
  };
  std::set<std::string> from_gate, from_whole;
  for (const auto& f : gate["findings"]) {
    if (IsCorpusFinding(f)) from_gate.insert(key(f));
  }
  for (const auto& f : whole["findings"]) {
    if (IsCorpusFinding(f) &&
        f["path"].get<std::string>().find("/disputed/") != std::string::npos) {
      from_whole.insert(key(f));
    }
  }
  EXPECT_EQ(from_gate, from_whole);
  EXPECT_EQ(from_gate.size(), 12u);

  auto stats = RunCommand(NewslintInSourceDir("index stats --format json --index " + index));
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  auto st = nlohmann::json::parse(stats.out);
  EXPECT_EQ(st["articles"], 24);
  EXPECT_EQ(st["sources"]["harbour-times"], 6);
  auto removed =
      RunCommand(NewslintInSourceDir("index remove fixtures/corpus-cross/ledger --index " + index));
  EXPECT_NE(removed.out.find("8 removed; 16 articles left"), std::string::npos) << removed.out;
}

TEST(Cli, TheConfigurationAndFlagsTurnCorpusFindingsOff) {
  TempDir dir;
  std::string config =
      dir.Write(".newslint.yaml", "disable: [quote.variant, corpus.template-line]\n");
  auto r = RunCommand(
      NewslintInSourceDir("check --format json --config " + config + " fixtures/corpus-cross"));
  auto report = nlohmann::json::parse(r.out);
  const auto& by = report["summary"]["by_category"];
  EXPECT_EQ(by.value("quote.variant", 0), 0);
  EXPECT_EQ(by.value("claim.conflict", 0), 8);
  for (const auto& f : report["findings"]) EXPECT_NE(f["rule"], "corpus.template-line");

  auto off = CheckJson("--no-corpus fixtures/corpus-cross");
  for (const auto& f : off["findings"]) EXPECT_FALSE(IsCorpusFinding(f)) << f.dump();
  EXPECT_EQ(RunCommand(NewslintInSourceDir("check --no-corpus --index x.db fixtures/corpus-cross"))
                .exit_code,
            2);
  EXPECT_EQ(RunCommand(NewslintInSourceDir("check --index " + dir.path() +
                                           "/none.db fixtures/corpus-cross"))
                .exit_code,
            2);
}

TEST(Cli, IndexUsageErrorsExitTwo) {
  EXPECT_EQ(RunCommand(NewslintInSourceDir("index")).exit_code, 2);
  EXPECT_EQ(RunCommand(NewslintInSourceDir("index frobnicate --index x.db")).exit_code, 2);
  EXPECT_EQ(RunCommand(NewslintInSourceDir("index add fixtures/corpus-cross")).exit_code,
            2);  // no --index
  EXPECT_EQ(RunCommand(NewslintInSourceDir("index stats --index /nonexistent/x.db")).exit_code, 2);
  EXPECT_EQ(RunCommand(NewslintInSourceDir("index --help")).exit_code, 0);
}

// The example seeds: "no limitations" (002) and "no boundaries" (003)
// partnership against the "no-limits" partnership of 001.
TEST(Cli, SeedQuoteVariantsPointAtTheNoLimitsPartnership) {
  std::string seeds = SourceDir() + "/../shared/seeds/articles";
  if (!std::filesystem::is_directory(seeds)) GTEST_SKIP() << "no seeds at " << seeds;
  auto report = CheckJson(seeds);
  std::vector<std::string> got;
  for (const auto& f : report["findings"]) {
    if (f["category"] != "quote.variant") continue;
    std::string p = std::filesystem::path(f["path"].get<std::string>()).filename().string();
    ASSERT_EQ(f["related"].size(), 1u);
    std::string rp =
        std::filesystem::path(f["related"][0]["path"].get<std::string>()).filename().string();
    got.push_back(p.substr(0, 3) + ":" + std::to_string(f["line"].get<int>()) + "->" +
                  rp.substr(0, 3) + ":" + std::to_string(f["related"][0]["line"].get<int>()));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"002:14->001:26", "003:20->001:26"}));
}

}  // namespace
}  // namespace newslint
