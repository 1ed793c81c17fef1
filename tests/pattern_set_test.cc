// PatternSet (checker/pattern_set.h) answers exactly as asking each pattern
// with RE2::PartialMatch would, through the one-pass set and through the
// per-pattern fallback alike.
#include "checker/pattern_set.h"

#include <gtest/gtest.h>

#include "checker/limits.h"
#include "checker/phrase_pattern.h"

namespace newslint {
namespace {

const std::vector<std::string> kPatterns = {
    PhraseToPattern("share this article"),
    "^\\s*advertisement\\s*$",
    "\\bsign up\\b",
    "(?:home|news)\\s*[>»/]\\s*\\w+",
    "\\d{1,2} min(?:ute)?s? read",
    PhraseToPattern("read more"),
};

const std::vector<std::string> kTexts = {
    "",
    "Share this article",
    "  ADVERTISEMENT ",
    "An advertisement ran on Monday.",
    "Home > World > Asia",
    "Sign up to read more",
    "5 min read · Share This Article",
    "The minister said nothing new.",
    "Caf\xC3\xA9 sign-up \xE2\x80\x9Cread more\xE2\x80\x9D",
};

std::vector<int> OneByOne(const std::vector<std::string>& patterns, const std::string& text) {
  std::vector<int> out;
  for (size_t i = 0; i < patterns.size(); ++i) {
    if (RE2::PartialMatch(text, *CompilePattern(patterns[i], true))) {
      out.push_back(static_cast<int>(i));
    }
  }
  return out;
}

void ExpectAgreesWithEachPattern(const PatternSet& set) {
  std::vector<int> got;
  for (const auto& text : kTexts) {
    set.Matching(text, got);
    auto want = OneByOne(kPatterns, text);
    EXPECT_EQ(got, want) << text;
    EXPECT_EQ(set.Any(text), !want.empty()) << text;
  }
}

TEST(PatternSet, AgreesWithEachPatternOnItsOwn) {
  PatternSet set(kPatterns, true);
  EXPECT_EQ(set.size(), kPatterns.size());
  ExpectAgreesWithEachPattern(set);
}

TEST(PatternSet, AgreesWhenTheSetDoesNotFitTheMemoryLimit) {
  Limits saved = ProcessLimits();
  Limits small = saved;
  // Room for each pattern on its own, not for all of them as one program.
  small.regex_memory = 40 << 10;
  SetProcessLimits(small);
  std::vector<std::string> many = kPatterns;
  for (int i = 0; i < 40; ++i)
    many.push_back(PhraseToPattern("phrase number " + std::to_string(i)));
  PatternSet big(many, true);
  SetProcessLimits(saved);
  std::vector<int> got;
  for (const auto& text : kTexts) {
    big.Matching(text, got);
    EXPECT_EQ(got, OneByOne(many, text)) << text;
  }
}

TEST(PatternSet, EmptyMatchesNothing) {
  PatternSet none({}, true);
  std::vector<int> got{7};
  none.Matching("anything", got);
  EXPECT_TRUE(got.empty());
  EXPECT_FALSE(none.Any("anything"));
}

TEST(PatternSet, ABadPatternIsRefused) {
  EXPECT_THROW(PatternSet({"ok", "(unclosed"}, true), std::invalid_argument);
}

}  // namespace
}  // namespace newslint
