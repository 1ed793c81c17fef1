// NormalisePhrase, the key of every phrase table and of the repetition
// rules: its fast paths must read every text as the plain definition does.
#include "checker/phrase_pattern.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "checker/utf8.h"

namespace newslint {
namespace {

// The definition, a code point at a time: ASCII lower case; white space,
// NUL, hyphens (ASCII, U+2010, U+2011) one gap between words and none at the
// edges; curly apostrophes and quotes plain; anything else as decoded.
std::string Reference(std::string_view text) {
  std::string out;
  bool gap = false;
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t c = utf8::Decode(text, pos);
    bool is_gap = c == 0 || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
                  c == '\v' || c == '-' || (c >= 0x80 && utf8::IsSpace(c)) || c == 0x2010 ||
                  c == 0x2011;
    if (is_gap) {
      gap = !out.empty();
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c == 0x2019 || c == 0x2018) c = '\'';
    if (c == 0x201C || c == 0x201D) c = '"';
    out += utf8::Encode(c);
  }
  return out;
}

TEST(NormalisePhrase, FoldsCaseGapsAndQuotes) {
  EXPECT_EQ(NormalisePhrase("  Cold-War   MENTALITY "), "cold war mentality");
  EXPECT_EQ(NormalisePhrase("Xi\xE2\x80\x99s \xE2\x80\x9CNo Limits\xE2\x80\x9D"),
            "xi's \"no limits\"");
  EXPECT_EQ(NormalisePhrase("a\xE2\x80\x90"
                            "b\xC2\xA0"
                            "c"),
            "a b c");
  EXPECT_EQ(NormalisePhrase(""), "");
  EXPECT_EQ(NormalisePhrase(" - "), "");
}

TEST(NormalisePhrase, EqualsTheDefinitionOnRandomBytes) {
  // Long plain runs (the fast path), gaps, multi-byte letters, invalid bytes
  // (U+FFFD, three bytes for one) and NUL, mixed.
  const std::vector<std::string> pieces = {"Word",
                                           "plain",
                                           "ABC",
                                           "x",
                                           "  ",
                                           " ",
                                           "-",
                                           "\t",
                                           "\n",
                                           "\v",
                                           std::string(1, '\0'),
                                           ".",
                                           "'",
                                           "\xE2\x80\x99",
                                           "\xE2\x80\x9C",
                                           "\xE2\x80\x90",
                                           "\xC2\xA0",
                                           "\xC3\x89",
                                           "\xC3\xA9",
                                           "\xFF",
                                           "\x80",
                                           "\xE2\x80",
                                           "\xF0\x9F\x98\x80",
                                           "Zz9_",
                                           "\xE3\x80\x80"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1), length(0, 60);
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    for (size_t n = length(rng); n > 0; --n) text += pieces[pick(rng)];
    ASSERT_EQ(NormalisePhrase(text), Reference(text)) << testing::PrintToString(text);
  }
  std::string invalid(300, '\xFF');  // every byte grows to three
  EXPECT_EQ(NormalisePhrase(invalid), Reference(invalid));
}

}  // namespace
}  // namespace newslint
