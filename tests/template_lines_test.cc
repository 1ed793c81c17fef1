// Template-line candidates: normalisation, news sentences left out, one
// record per distinct line.
#include "checker/corpus/template_lines.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <iterator>

#include "checker/utf8.h"
#include "test_support.h"

namespace newslint::corpus {
namespace {

TemplateLineExtractor Extractor() {
  TemplateLineSettings s;
  s.furniture = {"©|\\ball rights reserved\\b", "\\bnewsletter\\b"};
  return TemplateLineExtractor(s);
}

TEST(TemplateLines, NormalisationIgnoresNumbersMarkersAndCase) {
  EXPECT_EQ(NormaliseTemplateLine("© 2024 Example Media. All rights reserved."),
            NormaliseTemplateLine("© 2023 Example Media. All Rights Reserved"));
  EXPECT_EQ(NormaliseTemplateLine("  • Share this article:"), "share this article");
  EXPECT_EQ(NormaliseTemplateLine("## Related coverage"), "related coverage");
  EXPECT_NE(NormaliseTemplateLine("Read more"), NormaliseTemplateLine("Read less"));
}

TEST(TemplateLines, NewsSentencesAreNotCandidates) {
  auto x = Extractor();
  EXPECT_TRUE(
      x.IsNewsSentence("The war began in February 2022 when Russian troops crossed the border."));
  EXPECT_FALSE(x.IsNewsSentence("Example Wire is an independent news service"));  // no full stop
  EXPECT_FALSE(
      x.IsNewsSentence("Sign up for our newsletter to get the latest news every morning."));
  EXPECT_FALSE(x.IsNewsSentence("Latest News From The Region And Around The World Today."));
  EXPECT_FALSE(x.IsNewsSentence("Officials said so."));  // too short to tell
}

// IsNewsSentence's shape test as first written, a code point at a time
// (no furniture): the definition the table-driven ASCII path must equal.
bool ShapedLikeProseByCodePoint(std::string_view line, const TemplateLineSettings& s) {
  int words = 0, capitalised = 0;
  size_t pos = 0;
  bool in_word = false;
  char32_t last_mark = 0;
  while (pos < line.size()) {
    char32_t c = utf8::Decode(line, pos);
    bool w = utf8::IsWordChar(c);
    if (w && !in_word) {
      ++words;
      if (utf8::IsUpper(c)) ++capitalised;
    }
    in_word = w || (in_word && (c == '\'' || c == 0x2019 || c == '-'));
    if (!utf8::IsSpace(c) && c != '"' && c != 0x201D && c != 0x2019 && c != '\'' && c != ')') {
      last_mark = c;
    }
  }
  if (words < s.sentence_min_words) return false;
  if (!(last_mark == '.' || last_mark == '!' || last_mark == '?' || last_mark == 0x2026)) {
    return false;
  }
  return capitalised <= s.sentence_max_capitalised * words;
}

TEST(TemplateLines, ShapeTestEqualsTheCodePointDefinition) {
  TemplateLineExtractor x{TemplateLineSettings{}};
  const std::string pieces[] = {"word", "Word", "WORD", " ", "\t", "'", "-", "’", "”", "\"",
                                ")",    ".",    "!",    "?", "…", "É", "é", "9", ",", "\v"};
  testing::SmallRandom random(99);
  auto next = [&](uint64_t n) { return random.Below(n); };
  int prose = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string line;
    for (size_t k = next(24); k > 0; --k) line += pieces[next(std::size(pieces))];
    bool expected = ShapedLikeProseByCodePoint(line, TemplateLineSettings{});
    prose += expected;
    ASSERT_EQ(x.IsNewsSentence(line), expected) << "line '" << line << "'";
  }
  EXPECT_GT(prose, 100);
}

TEST(TemplateLines, OneRecordPerDistinctCandidateLine) {
  Article a = testing::MakeArticle(
      "Ports reopen\n\nShipping resumed on Monday after a storm closed the main ports for two "
      "days.\n\nShare This Article\n\nShare this article\n\n© 2024 Example Wire. All rights "
      "reserved.\n\n***\n");
  Document doc(a);
  std::vector<LineRecord> out;
  Extractor().Extract(doc, out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].excerpt, "Ports reopen");
  EXPECT_EQ(out[1].excerpt, "Share This Article");
  EXPECT_EQ(out[1].at.line, 5);
  EXPECT_EQ(out[2].excerpt, "© 2024 Example Wire. All rights reserved.");
}

}  // namespace
}  // namespace newslint::corpus
