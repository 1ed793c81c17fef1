#include "checker/article_reader.h"

#include <gtest/gtest.h>

namespace newslint {
namespace {

TEST(ArticleReader, TxtStripsBomAndNormalisesLineEnds) {
  ReadOutcome r = ReadArticles("a.txt", "\xEF\xBB\xBFTitle\r\nBody\rMore", "txt");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text, "Title\nBody\nMore");
  EXPECT_TRUE(r.errors.empty());
}

TEST(ArticleReader, MarkdownFrontMatter) {
  ReadOutcome r = ReadArticles(
      "a.md", "---\ntitle: Hello\ndate: 2024-05-19\nsource: wire\nurl: http://x\nauthor: A\ndesk: world\n---\n# Hello\n", "md");
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.meta.title, "Hello");
  EXPECT_EQ(a.meta.date, "2024-05-19");
  EXPECT_EQ(a.meta.source, "wire");
  EXPECT_EQ(a.meta.author, "A");
  EXPECT_EQ(a.meta.extra["desk"], "world");
  EXPECT_EQ(a.first_line, 9);
  EXPECT_EQ(a.text, "# Hello\n");
}

TEST(ArticleReader, UnclosedFrontMatterIsAnError) {
  ReadOutcome r = ReadArticles("a.md", "---\ntitle: x\nbody never closes\n", "md");
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("never closed"), std::string::npos);
  EXPECT_EQ(r.errors[0].line, 1);
}

TEST(ArticleReader, InvalidUtf8NamesLineColumnAndByte) {
  ReadOutcome r = ReadArticles("a.txt", "ok line\nbad \xFF here", "txt");
  EXPECT_TRUE(r.articles.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 2);
  EXPECT_EQ(r.errors[0].column, 5);
  EXPECT_EQ(r.errors[0].byte_offset, 12u);
  EXPECT_NE(r.errors[0].message.find("invalid UTF-8"), std::string::npos);
}

TEST(ArticleReader, NulByteIsBinary) {
  ReadOutcome r = ReadArticles("a.txt", std::string("ab\0cd", 5), "txt");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].byte_offset, 2u);
  EXPECT_NE(r.errors[0].message.find("NUL"), std::string::npos);
}

TEST(ArticleReader, JsonlRecordsAndErrorsStayApart) {
  std::string jsonl =
      "{\"id\": \"a1\", \"title\": \"T\", \"text\": \"Hello.\", \"extra\": 3}\n"
      "{\"id\": \"a2\", \"text\": \"broken\"\n"
      "{\"id\": \"a3\", \"title\": \"no text\"}\n"
      "\n"
      "{\"title\": \"no id\", \"text\": \"Line one\\r\\nLine two\"}\n";
  ReadOutcome r = ReadArticles("w.jsonl", jsonl, "jsonl");
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].record, "a1");
  EXPECT_EQ(r.articles[0].meta.extra["extra"], 3);
  EXPECT_EQ(r.articles[1].record, "5");  // no id: its line
  EXPECT_EQ(r.articles[1].text, "Line one\nLine two");
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].line, 2);
  EXPECT_EQ(r.errors[0].record, "2");
  EXPECT_NE(r.errors[0].message.find("malformed JSONL"), std::string::npos);
  EXPECT_TRUE(r.errors[0].byte_offset.has_value());
  EXPECT_EQ(r.errors[1].record, "a3");
  EXPECT_NE(r.errors[1].message.find("no \"text\""), std::string::npos);
}

TEST(ArticleReader, FormatFromName) {
  EXPECT_EQ(FormatOf("a/b.MD"), "md");
  EXPECT_EQ(FormatOf("x.markdown"), "md");
  EXPECT_EQ(FormatOf("x.jsonl"), "jsonl");
  EXPECT_EQ(FormatOf("x.text"), "txt");
}

TEST(ArticleReader, SizeLimit) {
  ReaderLimits limits;
  limits.max_article_bytes = 10;
  ReadOutcome r = ReadArticles("a.txt", std::string(11, 'a'), "txt", limits);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("exceeds the limit"), std::string::npos);
}

}  // namespace
}  // namespace newslint
