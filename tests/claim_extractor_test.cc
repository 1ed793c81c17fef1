// Claim extraction: every shipped extractor's examples, key normalisation
// (case, hyphens, possessives, KB aliases) and the scopes that keep claims of
// different editions or days apart.
#include "checker/corpus/claim_extractor.h"

#include <gtest/gtest.h>

#include "checker/corpus/claim_examples.h"
#include "checker/corpus/corpus_pass.h"
#include "checker/yaml_view.h"
#include "test_support.h"

namespace newslint::corpus {
namespace {

const CorpusPass& Pass() {
  static auto pass = CorpusPass::Load(testing::SourceDir() + "/rules");
  return *pass;
}

std::vector<ClaimRecord> Claims(const std::string& text, const std::string& date = "") {
  Article a = testing::MakeArticle(text);
  if (!date.empty()) a.meta.date = date;
  return Pass().Extract(a).claims;
}

TEST(ClaimExtractor, EveryExtractorPassesItsExamples) {
  ClaimExampleResult r = RunClaimExamples(Pass());
  for (const auto& f : r.failures) ADD_FAILURE() << f;
  EXPECT_GE(r.passed, 15u);
}

TEST(ClaimExtractor, KeysIgnoreCaseHyphensPossessivesAndAliases) {
  auto a = Claims("China's 12-point peace plan was widely discussed.");
  auto b = Claims("Beijing’s twelve-point Peace Plan was widely discussed.");
  auto c = Claims("The Chinese 10-point peace plan was widely discussed.");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(a[0].key, b[0].key);
  EXPECT_EQ(a[0].key, c[0].key);
  auto d = Claims("The “no-limits” partnership agreement was signed on 4 February 2022.");
  auto e = Claims("The \"No Limits\" partnership agreement was signed in February 2022.");
  ASSERT_EQ(d.size(), 1u);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(d[0].key, e[0].key);
}

TEST(ClaimExtractor, KeyNormaliserResolvesNamesAndSpeakers) {
  const KeyNormaliser& k = Pass().keys();
  EXPECT_EQ(k.SubjectKey("the Treaty of Rome"), k.SubjectKey("Rome treaty"));
  EXPECT_EQ(k.SubjectKey("U.S. plan"), k.SubjectKey("the American plan"));
  EXPECT_EQ(k.SubjectKey("Kremlin's proposals"), k.SubjectKey("Russia proposal"));
  EXPECT_EQ(k.SubjectKey("the defence organisation"), k.SubjectKey("Defense Organization"));
  EXPECT_NE(k.SubjectKey("the Minsk I agreement"), k.SubjectKey("the Minsk II agreement"));
  EXPECT_EQ(k.SpeakerKey("Russian President Vladimir Putin"), k.SpeakerKey("Putin"));
  EXPECT_EQ(k.SpeakerKey("Xi Jinping"), k.SpeakerKey("President Xi"));
  EXPECT_EQ(k.SpeakerKey("Ian Chong"), "chong");
  EXPECT_EQ(
      KeyNormaliser::Words("the “no-limits” partnership, Russia’s U.S.-led"),
      (std::vector<std::string>{"the", "no", "limits", "partnership", "russia", "us", "led"}));
}

TEST(ClaimExtractor, RecurringEventsAreComparedWithinAYear) {
  auto a = Claims("The SCO summit was held in Tianjin on 31 August 2025.");
  auto b = Claims("The SCO summit was held in Astana on 4 July 2024.");
  auto c = Claims("The SCO summit was held on 1 September 2025.");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_NE(a[0].key, b[0].key);
  EXPECT_EQ(a[0].key, c[0].key);
}

TEST(ClaimExtractor, CountsAreScopedToTheReportDayAndSource) {
  auto monday =
      Claims("At least 12 people were killed in Kharkiv on Monday, officials said.", "2024-05-21");
  auto same_day = Claims("Twenty people were killed in Kharkiv, officials said.", "2024-05-21");
  auto later =
      Claims("At least 23 people were killed in Kharkiv on Monday, officials said.", "2024-05-23");
  auto other_source =
      Claims("At least 12 people were killed in Kharkiv on Monday, the army said.", "2024-05-21");
  auto undated = Claims("Nine people were killed in Kharkiv on 20 May, officials said.");
  ASSERT_EQ(monday.size(), 1u);
  ASSERT_EQ(same_day.size(), 1u);
  ASSERT_EQ(later.size(), 1u);
  ASSERT_EQ(other_source.size(), 1u);
  ASSERT_EQ(undated.size(), 1u);
  EXPECT_EQ(monday[0].key, same_day[0].key);
  EXPECT_NE(monday[0].key, later[0].key);  // a toll rises: later reports are not compared
  EXPECT_NE(monday[0].key, other_source[0].key);
  EXPECT_EQ(undated[0].key, "count|kharkiv|killed|date 0 5 20|by official");
}

TEST(ClaimExtractor, PositionsAreResolved) {
  auto c = Claims("Title\n\nLeaders said the Minsk II agreement was signed on 12 February 2015.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].at.line, 3);
  EXPECT_EQ(c[0].at.column, 18);
  EXPECT_EQ(c[0].excerpt, "Minsk II agreement was signed on 12 February 2015");
}

TEST(ClaimExtractor, StrictLoading) {
  testing::TempDir dir;
  std::string bad = dir.Write("x.yaml",
                              "id: x\nvalue: date\nattribute: signed\npatterns: ['(?P<subject>a) "
                              "(?P<value>{nodate})']\nexamples: [{text: a, claims: []}]\n");
  try {
    ClaimExtractor::Load(bad);
    FAIL() << "loaded";
  } catch (const LoadError& e) {
    EXPECT_NE(std::string(e.what()).find("x.yaml:4:12: unknown placeholder {nodate}"),
              std::string::npos)
        << e.what();
  }
  std::string nogroup =
      dir.Write("y.yaml",
                "id: y\nvalue: count\nattribute: n\npatterns: ['(?P<value>\\d+)']\n"
                "examples: [{text: a, claims: []}]\n");
  EXPECT_THROW(ClaimExtractor::Load(nogroup), LoadError);
  std::string unknown =
      dir.Write("z.yaml",
                "id: z\nvalue: count\nattribute: n\nsubjects: []\npatterns: "
                "['(?P<subject>a) (?P<value>\\d+)']\nexamples: [{text: a, claims: []}]\n");
  EXPECT_THROW(ClaimExtractor::Load(unknown), LoadError);
}

}  // namespace
}  // namespace newslint::corpus
