// Each rule type, loaded from inline YAML as a user would write it.
#include <gtest/gtest.h>

#include "checker/linter.h"
#include "checker/rule_loader.h"
#include "test_support.h"

namespace newslint {
namespace {

using testing::MakeArticle;

// Loads one rule from YAML text and returns the findings it reports on text.
std::vector<Finding> Flag(const std::string& yaml, const std::string& text) {
  LoadContext ctx;
  std::vector<std::unique_ptr<Rule>> rules;
  rules.push_back(LoadRuleNode(YAML::Load(yaml), "inline.yaml", ctx));
  Linter linter(std::move(rules));
  return linter.Check(MakeArticle(text)).findings;
}

constexpr const char* kHeader =
    "id: t.rule\ncategory: text.typography\nseverity: warning\nexamples: {flag: [x]}\n";

TEST(ExistenceRule, PhrasesAndPatternsWithCaptures) {
  auto f = Flag(std::string(kHeader) +
                    "type: existence\nscope: sentence\nmessage: 'found {match} ({1})'\n"
                    "tokens: [click here]\npatterns: ['act (now|today)']\n",
                "Please Click here. Then act today.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].excerpt, "Click here");
  EXPECT_EQ(f[0].column, 8);
  EXPECT_EQ(f[1].message, "found act today (today)");
}

TEST(ExistenceRule, ExceptionsDropOverlappingHits) {
  auto f = Flag(std::string(kHeader) +
                    "type: existence\nscope: line\nmessage: m\ntokens: [war]\n"
                    "exceptions: ['Cold War']\n",
                "The Cold War ended. The war goes on.");
  ASSERT_EQ(f.size(), 1u);  // the exception covers the first "War" only
  EXPECT_EQ(f[0].excerpt, "war");
  auto g = Flag(std::string(kHeader) +
                    "type: existence\nscope: line\nmessage: m\ntokens: [war]\n"
                    "exceptions: ['Cold War']\n",
                "The Cold War ended.\nThe war goes on.");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].line, 2);
}

TEST(SubstitutionRule, SuggestsTheExpectedPhrase) {
  auto f = Flag(std::string(kHeader) +
                    "type: substitution\nscope: sentence\nmessage: 'write {suggestion}'\n"
                    "swap:\n  - {phrase: cold warfare mentality, expected: Cold War mentality, source: s}\n",
                "They decried a cold-warfare  mentality.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].suggestion, "Cold War mentality");
  EXPECT_EQ(f[0].message, "write Cold War mentality");
  EXPECT_TRUE(f[0].fix_safe);
}

TEST(SpacingRule, SpaceBeforeComma) {
  auto f = Flag(std::string(kHeader) + "type: spacing\nscope: line\nmessage: 'space before {mark}'\n",
                "Sunday , May 19 2024");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].column, 7);
  EXPECT_EQ(f[0].excerpt, " ,");
}

TEST(CapitalizationRule, MidSentenceCommonWord) {
  std::string rule = std::string(kHeader) +
                     "type: capitalization\nscope: sentence\nmessage: m\nwords: [week]\n";
  EXPECT_EQ(Flag(rule, "He sent greetings to Xi this Week and left.").size(), 1u);
  EXPECT_EQ(Flag(rule, "Week two began.").size(), 0u);
  EXPECT_EQ(Flag(rule, "He spoke on This Week With George.").size(), 0u);
}

TEST(BalanceRule, ReportsTheUnclosedOpener) {
  std::string rule = std::string(kHeader) + "type: balance\nscope: paragraph\nmessage: '{problem}'\n";
  auto f = Flag(rule, "“One. “Two,” said he.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].column, 1);
  EXPECT_EQ(Flag(rule, "Moscow’s ‘no limits’ partnership (agreed in 2022).").size(), 0u);
  EXPECT_EQ(Flag(rule, "An aside (never closed.").size(), 1u);
  EXPECT_EQ(Flag(rule, "A stray ) here.").size(), 1u);
}

TEST(RepetitionRule, PointsAtTheFirstCopy) {
  std::string rule = std::string(kHeader) +
                     "type: repetition\nscope: sentence\nmessage: 'repeats {first_line}'\nmin_words: 4\n";
  auto f = Flag(rule, "The talks ended without a deal.\n\nThe talks ended without a deal. More.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].line, 3);
  ASSERT_EQ(f[0].related.size(), 1u);
  EXPECT_EQ(f[0].related[0].line, 1);
  EXPECT_EQ(f[0].message, "repeats 1");
}

TEST(BoilerplateRule, SignalsRespectLineLength) {
  std::string rule = std::string(kHeader) +
                     "type: boilerplate\nscope: line\nmessage: '{signal}'\n"
                     "signals:\n  - {name: share, max_words: 4, patterns: ['share this']}\n";
  EXPECT_EQ(Flag(rule, "Body.\n\nShare this article").size(), 1u);
  EXPECT_EQ(Flag(rule, "He urged members to share this burden fairly across the alliance.").size(), 0u);
}

TEST(BoilerplateRule, EdgeRunTakesUnsignalledFurniture) {
  std::string rule = std::string(kHeader) +
                     "type: boilerplate\nscope: line\nmessage: '{signal}'\n"
                     "signals:\n  - {name: nav, patterns: ['^latest news$', '^share this article$']}\n"
                     "edge: {where: [end], min_signals: 2}\n";
  auto f = Flag(rule,
                "A Heading In The Body\n\nA long paragraph of the article that ends with a full stop.\n\n"
                "Share This Article\n\nOur Sponsors\n\nLatest News");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[1].excerpt, "Our Sponsors");
}

TEST(SubstitutionRule, SuggestsInTheCaseOfTheMatch) {
  std::string rule = std::string(kHeader) +
                     "type: substitution\nscope: sentence\nmessage: 'write {expected}'\n"
                     "swap:\n  - {phrase: focal bank, expected: central bank, source: s}\n"
                     "  - {phrase: cold warfare mentality, expected: Cold War mentality, source: s}\n";
  auto f = Flag(rule, "Focal bank rates rose. FOCAL BANK ACTS. The focal bank. COLD WARFARE MENTALITY.");
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0].suggestion, "Central bank");  // a sentence's capital is kept when fixed
  EXPECT_EQ(f[0].message, "write central bank");
  EXPECT_EQ(f[1].suggestion, "CENTRAL BANK");
  EXPECT_EQ(f[2].suggestion, "central bank");
  EXPECT_EQ(f[3].suggestion, "COLD WAR MENTALITY");
}

TEST(SynonymSwapRule, FlagsSynonymSwappedFixedExpression) {
  std::string rule = std::string(kHeader) +
                     "type: synonym-swap\nscope: sentence\nmessage: 'write {expected}'\n"
                     "expressions: [central bank, Cold War mentality]\nallowed: [key bank]\n";
  // WordNet lists "cardinal" among the synonyms of "central", "warfare" of "war".
  auto f = Flag(rule, "The cardinal bank raised rates. They rejected a cold warfare mentality.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].excerpt, "cardinal bank");
  EXPECT_EQ(f[0].suggestion, "central bank");
  EXPECT_EQ(f[1].excerpt, "cold warfare mentality");
  EXPECT_EQ(Flag(rule, "The central banks raised rates. The Cold War mentality persists.").size(), 0u);
  EXPECT_EQ(Flag(rule, "The key bank in the region failed.").size(), 0u);  // allowed
}

}  // namespace
}  // namespace newslint
