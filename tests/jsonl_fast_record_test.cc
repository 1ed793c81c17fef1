#include "checker/jsonl_fast_record.h"

#include <gtest/gtest.h>

#include "checker/article_reader.h"

namespace newslint {
namespace {

// Everything the reader says of `jsonl`, as one comparable string.
std::string Outcome(const std::string& jsonl) {
  ReadOutcome r = ReadArticles("a.jsonl", jsonl, "jsonl");
  std::string out;
  for (const Article& a : r.articles) {
    out += "article " + a.record.value_or("-") + " line " + std::to_string(a.record_line) +
           " id=" + a.meta.id.value_or("-") + " title=" + a.meta.title.value_or("-") +
           " date=" + a.meta.date.value_or("-") + " source=" + a.meta.source.value_or("-") +
           " url=" + a.meta.url.value_or("-") + " author=" + a.meta.author.value_or("-") +
           " extra=" + a.meta.extra.dump() + " text=" + a.text + "\n";
  }
  for (const InputError& e : r.errors) {
    out += "error " + e.record.value_or("-") + " " + std::to_string(e.line) + ":" +
           std::to_string(e.column) + " " + e.message + "\n";
  }
  return out;
}

class FastReaderOff {
 public:
  FastReaderOff() { SetJsonlFastReaderEnabled(false); }
  ~FastReaderOff() { SetJsonlFastReaderEnabled(true); }
};

// The fast reader must never change what a record reads as: every input here
// gives the same articles and errors with it as with nlohmann alone.
TEST(JsonlFastRecord, SameOutcomeAsTheNlohmannReader) {
  const std::vector<std::string> inputs = {
      R"({"id": "a1", "title": "T", "date": "2024-05-19", "text": "Body\r\nmore"})",
      R"({"text": "no id", "url": "http://x", "author": "A", "source": "wire"})",
      R"({"id": 7, "text": "numeric id"})",
      R"({"id": "x", "text": "extra key", "desk": {"a": [1, 2]}})",
      R"({"id": "dup", "text": "first", "text": "second"})",
      R"({"id": "dup", "id": "again", "text": "t"})",
      R"({"id": "n", "author": null, "text": "null author"})",
      R"({"id": "s", "text": "lone surrogate \udc00 here"})",
      R"({"id": "s2", "text": "high alone \ud800"})",
      R"({"id": "p", "text": "pair \ud83d\ude00 ok"})",
      R"({"id": "z", "text": "nul \u0000 escaped"})",
      R"({"id": "b", "text": "\ufeffbom first"})",
      R"({"id": "e", "text": "escapes \" \\ \/ \b \f \n \t \u00e9"})",
      R"({"id": "t", "text": 5})",
      R"({"id": "m"})",
      R"({"id": "tr", "text": "trailing"} {"x": 1})",
      R"({"id": "tc", "text": "trailing comma",})",
      R"(["not", "an", "object"])",
      R"("just a string")",
      R"({"id": "big", "n": 4E444, "text": "x"})",
      R"({"id": "u", "text": "unterminated)",
      R"({"id": "ctl", "text": "raw	tab"})",
      R"({"id":"tight","text":"no spaces"})",
      "   ",
  };
  for (const std::string& line : inputs) {
    std::string fast = Outcome(line + "\n");
    std::string slow;
    {
      FastReaderOff off;
      slow = Outcome(line + "\n");
    }
    EXPECT_EQ(fast, slow) << "record: " << line;
  }
}

TEST(JsonlFastRecord, ReadsTheCommonRecordItself) {
  JsonlFastReader reader;
  ArticleMeta meta;
  std::string text;
  ASSERT_TRUE(reader.Read(R"({"id": "a", "title": "T", "text": "Body"})", meta, text));
  EXPECT_EQ(meta.id, "a");
  EXPECT_EQ(meta.title, "T");
  EXPECT_EQ(text, "Body");
  // Left to the careful reader: unknown keys, non-strings, repeats, faults.
  EXPECT_FALSE(reader.Read(R"({"id": "a", "desk": "x", "text": "Body"})", meta, text));
  EXPECT_FALSE(reader.Read(R"({"id": 1, "text": "Body"})", meta, text));
  EXPECT_FALSE(reader.Read(R"({"text": "a", "text": "b"})", meta, text));
  EXPECT_FALSE(reader.Read(R"({"text": "a")", meta, text));
}

}  // namespace
}  // namespace newslint
