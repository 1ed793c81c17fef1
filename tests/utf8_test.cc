#include "checker/utf8.h"

#include <gtest/gtest.h>

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
