// Byte columns beside code-point columns: reviewdog counts UTF-8 bytes, so the
// engine resolves both from the same offset.
#include <gtest/gtest.h>

#include "checker/document.h"

namespace newslint {
namespace {

TEST(ByteColumn, CountsBytesFromTheLineStart) {
  Article a;
  a.format = "txt";
  // Line 2: a curly quote (3 bytes) and an emoji (4 bytes) before "Week".
  a.text = "Title\n\xE2\x80\x9CHi\xE2\x80\x9D \xF0\x9F\x93\xB0 this Week.\n";
  Document doc(a);
  size_t week = a.text.find("Week");
  EXPECT_EQ(doc.PositionOf(week).line, 2);
  EXPECT_EQ(doc.PositionOf(week).column, 13);  // code points
  EXPECT_EQ(doc.ByteColumnOf(week), 20);       // bytes: 3+1+1+3+1+4+1+4+1 before it
  EXPECT_EQ(doc.ByteColumnOf(0), 1);
  EXPECT_EQ(doc.ByteColumnOf(a.text.find('\n')), 6);   // one past "Title"
  EXPECT_EQ(doc.ByteColumnOf(a.text.size() + 10), 1);  // clamped to the end: empty last line
}

}  // namespace
}  // namespace newslint
