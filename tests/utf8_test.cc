#include "checker/utf8.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <iterator>
#include <optional>
#include <string>

#include "test_support.h"

namespace newslint {
namespace {

TEST(Utf8, ValidTextHasNoInvalidByte) {
  EXPECT_FALSE(utf8::FirstInvalidByte("plain ascii").has_value());
  EXPECT_FALSE(utf8::FirstInvalidByte("“curly” — dash ’").has_value());
}

TEST(Utf8, FindsTheFirstBadByte) {
  EXPECT_EQ(utf8::FirstInvalidByte("ab\xFF" "cd"), 2u);
  EXPECT_EQ(utf8::FirstInvalidByte("ab\xC0\xAF"), 2u);          // overlong '/'
  EXPECT_EQ(utf8::FirstInvalidByte("\xED\xA0\x80"), 0u);        // surrogate
  EXPECT_EQ(utf8::FirstInvalidByte("ok\xE2\x80"), 2u);          // truncated
}

// Where Unicode's table of well-formed byte sequences (The Unicode
// Standard, table 3-7) says the first ill-formed byte is: an independent
// reference for the validator, which answers most texts from simdjson.
std::optional<size_t> FirstIllFormedByTable(std::string_view s) {
  auto in = [](unsigned char c, unsigned lo, unsigned hi) { return c >= lo && c <= hi; };
  size_t i = 0;
  while (i < s.size()) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
    size_t left = s.size() - i;
    unsigned char c = b(0);
    size_t len = 0;
    if (c <= 0x7F) {
      len = 1;
    } else if (in(c, 0xC2, 0xDF)) {
      if (left >= 2 && in(b(1), 0x80, 0xBF)) len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
      if (left >= 3 && in(b(1), lo, hi) && in(b(2), 0x80, 0xBF)) len = 3;
    } else if (in(c, 0xF0, 0xF4)) {
      unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
      if (left >= 4 && in(b(1), lo, hi) && in(b(2), 0x80, 0xBF) && in(b(3), 0x80, 0xBF)) len = 4;
    }
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

TEST(Utf8, AgreesWithUnicodesTableOnRandomTexts) {
  // Runs of valid text long enough for simdjson's vector path, with a bad
  // or edge byte dropped in now and then.
  const std::string pieces[] = {"plain words ", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80",
                                "\xED\x9F\xBF", "\xEF\xBF\xBF", "\xF4\x8F\xBF\xBF", "\x7F"};
  const unsigned char edges[] = {0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0,
                                 0xF4, 0xF5, 0xFF, 0xA0, 0x9F, 0x90, 0x8F};
  testing::SmallRandom random(0x9E3779B97F4A7C15ull);
  auto next = [&](uint64_t n) { return random.Below(n); };
  int invalid = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    size_t parts = next(40);
    for (size_t k = 0; k < parts; ++k) {
      if (next(8) == 0) {
        text += static_cast<char>(edges[next(std::size(edges))]);
      } else {
        text += pieces[next(std::size(pieces))];
      }
    }
    auto expected = FirstIllFormedByTable(text);
    invalid += expected.has_value();
    ASSERT_EQ(utf8::FirstInvalidByte(text), expected) << "round " << round;
  }
  EXPECT_GT(invalid, 1000);
  EXPECT_LT(invalid, 19000);
}

TEST(Utf8, CountsCodePoints) {
  EXPECT_EQ(utf8::CountCodePoints("“a”"), 3u);
  EXPECT_EQ(utf8::CountCodePoints(""), 0u);
}

TEST(Utf8, DecodeAdvancesOverBadBytes) {
  std::string_view s = "\xFF" "a";
  size_t pos = 0;
  EXPECT_EQ(utf8::Decode(s, pos), 0xFFFDu);
  EXPECT_EQ(pos, 1u);
  EXPECT_EQ(utf8::Decode(s, pos), U'a');
}

}  // namespace
}  // namespace newslint
