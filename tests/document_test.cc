#include "checker/document.h"

#include <gtest/gtest.h>

#include "checker/article_reader.h"
#include "test_support.h"

namespace newslint {
namespace {

using testing::MakeArticle;

std::vector<std::string> Sentences(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& s : doc.sentences()) out.emplace_back(doc.slice(s.span));
  return out;
}

TEST(Segmentation, SentencesSurviveNewsAbbreviations) {
  Article a = MakeArticle(
      "The U.S. envoy met Mr. Wang on Sept. 12 in Geneva. Gen. Mark Milley was absent. "
      "J. R. Smith said talks went well. Prices rose 4.5 per cent.");
  Document doc(a);
  EXPECT_EQ(Sentences(doc),
            (std::vector<std::string>{"The U.S. envoy met Mr. Wang on Sept. 12 in Geneva.",
                                      "Gen. Mark Milley was absent.",
                                      "J. R. Smith said talks went well.",
                                      "Prices rose 4.5 per cent."}));
}

TEST(Segmentation, QuotesThatEndSentences) {
  Article a = MakeArticle("He said “the talks failed.” “All efforts should be supported.” Then he left.");
  Document doc(a);
  EXPECT_EQ(Sentences(doc), (std::vector<std::string>{"He said “the talks failed.”",
                                                      "“All efforts should be supported.”",
                                                      "Then he left."}));
}

TEST(Segmentation, QuestionAndExclamation) {
  Article art = MakeArticle("Is this the end? No! It goes on.");
  Document doc(art);
  EXPECT_EQ(Sentences(doc).size(), 3u);
}

TEST(Segmentation, ParagraphsJoinHardWrappedLines) {
  Article art = MakeArticle("Title line\n\nA sentence that wraps,\nand goes on here.\nNext paragraph starts.\n");
  Document doc(art);
  ASSERT_EQ(doc.paragraphs().size(), 3u);
  EXPECT_EQ(doc.slice(doc.paragraphs()[1].span), "A sentence that wraps,\nand goes on here.");
}

TEST(Segmentation, HeadingsAndTitle) {
  Article art = MakeArticle("The Title Here\n\nA Heading\n\nA body sentence that ends with a stop.\n");
  Document doc(art);
  ASSERT_TRUE(doc.title_line());
  EXPECT_EQ(*doc.title_line(), 0u);
  EXPECT_TRUE(doc.lines()[2].heading);
  EXPECT_FALSE(doc.lines()[4].heading);
}

TEST(Segmentation, TokensKeepDottedAcronymsAndApostrophes) {
  Article art = MakeArticle("U.S.-led talks: Moscow’s view, don't.");
  Document doc(art);
  std::vector<std::string> toks;
  for (const auto& t : doc.tokens()) toks.emplace_back(doc.slice(t.span));
  EXPECT_EQ(toks, (std::vector<std::string>{"U.S.", "led", "talks", "Moscow’s", "view", "don't"}));
}

TEST(Positions, ColumnsCountCodePoints) {
  Article art = MakeArticle("“Curly” — then x");
  Document doc(art);
  size_t x = doc.text().find('x');
  Position p = doc.PositionOf(x);
  EXPECT_EQ(p.line, 1);
  EXPECT_EQ(p.column, 16);  // 15 code points before it
}

TEST(Positions, CrlfCountsAsOneLineBreak) {
  ReadOutcome r = ReadArticles("a.txt", "one\r\ntwo\r\nthree x", "txt");
  ASSERT_EQ(r.articles.size(), 1u);
  Document doc(r.articles[0]);
  Position p = doc.PositionOf(doc.text().find('x'));
  EXPECT_EQ(p.line, 3);
  EXPECT_EQ(p.column, 7);
}

TEST(Positions, FrontMatterLinesCount) {
  ReadOutcome r = ReadArticles("a.md", "---\ntitle: T\ndate: 2024-01-02\n---\nBody x\n", "md");
  ASSERT_EQ(r.articles.size(), 1u);
  Document doc(r.articles[0]);
  Position p = doc.PositionOf(doc.text().find('x'));
  EXPECT_EQ(p.line, 5);
  EXPECT_EQ(p.column, 6);
}

TEST(Positions, EndOfTextIsValid) {
  Article art = MakeArticle("abc");
  Document doc(art);
  EXPECT_EQ(doc.PositionOf(3).column, 4);
  EXPECT_EQ(doc.PositionOf(999).column, 4);
}

}  // namespace
}  // namespace newslint

namespace newslint {
namespace {

// CountWordsIn answers from one pass over the text; it must agree with
// counting the slice itself for every span on code point boundaries,
// including spans that start inside a word or among joiners ("U.S.", "’").
TEST(Document, CountWordsInAgreesWithCountingTheSlice) {
  const std::vector<std::string> texts = {
      "The U.S. president's well-known plan... met 3 times.\n\nDon’t stop-- now",
      "a.b.c - ' ’ .x. y'z -w 12.5 -- ... ''q",
      "Été à Zürich — ça va? «Oui» Ωmega 北京 news’ end",
      "",
      "...",
  };
  for (const std::string& text : texts) {
    Article a;
    a.path = "a.txt";
    a.format = "txt";
    a.text = text;
    Document doc(a);
    std::vector<size_t> bounds;
    for (size_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) bounds.push_back(i);
    }
    for (size_t b : bounds) {
      for (size_t e : bounds) {
        if (e < b) continue;
        ASSERT_EQ(doc.CountWordsIn({b, e}), CountWords(std::string_view(text).substr(b, e - b)))
            << "text '" << text << "' span " << b << ".." << e;
      }
    }
  }
}

}  // namespace
}  // namespace newslint
