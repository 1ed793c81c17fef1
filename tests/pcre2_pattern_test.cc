// Pcre2Pattern: PCRE2's answers, and RE2's once PCRE2 gives up.
#include "checker/pcre2_pattern.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace newslint {
namespace {

TEST(Pcre2Pattern, MatchesAndReadsAGroup) {
  Pcre2Pattern p("([\\p{Lu}][\\p{L}]*)[\\t ]+said\\z");
  std::string_view name;
  EXPECT_TRUE(p.Match("as Émile said", &name));
  EXPECT_EQ(name, "Émile");
  EXPECT_FALSE(p.Match("as Émile said.", &name));
  EXPECT_FALSE(p.Match("as émile said", &name));
}

TEST(Pcre2Pattern, AGroupThatTookNoPartIsEmpty) {
  Pcre2Pattern p("(x)?y");
  std::string_view group = "stale";
  EXPECT_TRUE(p.Match("ay", &group));
  EXPECT_TRUE(group.empty());
}

TEST(Pcre2Pattern, TextThatIsNotUtf8MatchesNothing) {
  Pcre2Pattern p("said");
  EXPECT_FALSE(p.Match("he said \xE2\x80"));
  EXPECT_TRUE(p.Match("he said \xE2\x80\x9D"));
}

TEST(Pcre2Pattern, RefusesAPatternError) {
  EXPECT_THROW(Pcre2Pattern("(unclosed"), std::invalid_argument);
}

TEST(Pcre2Pattern, AnswersAsRe2WhenBacktrackingRunsPastItsLimit) {
  // At the first position PCRE2 tries the nested loop's 2^40 ways to split
  // the run of a's before giving up; the match is the second branch, later.
  Pcre2Pattern p("(?:a+)+b|(c)");
  std::string text = std::string(40, 'a') + "cb";
  std::string_view group;
  EXPECT_TRUE(p.Match(text, &group));
  EXPECT_EQ(group, "c");
  EXPECT_FALSE(p.Match(std::string(40, 'a') + "d b"));
}

}  // namespace
}  // namespace newslint
