// Reading JSONL in batches of lines: batches hold whole lines and say where
// they start; overlong lines are skipped and placed, never held; a file read
// in batches gives the articles, errors and positions of a whole-file read.
#include "checker/line_batches.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "checker/article_reader.h"
#include "checker/corpus_runner.h"
#include "checker/linter.h"
#include "test_support.h"

namespace newslint {
namespace {

using testing::TempDir;

std::vector<LineBatch> ReadAll(const std::string& text, size_t batch, size_t max_line) {
  std::FILE* f = fmemopen(const_cast<char*>(text.data()), text.size(), "rb");
  LineBatchReader reader(f, batch, max_line);
  std::vector<LineBatch> out;
  LineBatch b;
  while (reader.Next(b)) out.push_back(b);
  std::fclose(f);
  return out;
}

TEST(LineBatches, BatchesHoldWholeLinesAndSayWhereTheyStart) {
  auto batches = ReadAll("aa\nbbbb\ncc\nd", 5, 100);
  ASSERT_EQ(batches.size(), 2u);
  EXPECT_EQ(batches[0].bytes, "aa\nbbbb\n");
  EXPECT_EQ(batches[0].first_line, 0u);
  EXPECT_EQ(batches[1].bytes, "cc\nd");  // the last line lacks its break
  EXPECT_EQ(batches[1].first_line, 2u);
  EXPECT_EQ(batches[1].first_byte, 8u);
  EXPECT_EQ(batches.back().bytes.size() + batches.back().first_byte, 12u);
}

TEST(LineBatches, OverlongLinesAreSkippedAndPlaced) {
  std::string big(200000, 'x');  // longer than one read of the reader
  std::string text = "a\n" + big + "\nb\r\n" + big + "\n" + big;
  auto batches = ReadAll(text, 1 << 20, 1000);
  std::vector<OverlongLine> skipped;
  std::string kept;
  for (const auto& b : batches) {
    for (const auto& o : b.overlong) skipped.push_back(o);
    kept += b.bytes;
  }
  EXPECT_EQ(kept, "a\nb\r\n");
  ASSERT_EQ(skipped.size(), 3u);
  EXPECT_EQ(skipped[0].line, 2u);
  EXPECT_EQ(skipped[0].byte, 2u);
  EXPECT_EQ(skipped[0].size, big.size());
  EXPECT_EQ(skipped[1].line, 4u);
  EXPECT_EQ(skipped[1].byte, 2 + big.size() + 1 + 3);
  EXPECT_EQ(skipped[2].line, 5u);
  EXPECT_EQ(skipped[2].size, big.size());
  // The batch after a skipped line starts after it.
  EXPECT_EQ(batches[1].first_line, 2u);
  EXPECT_EQ(batches[1].first_byte, 2 + big.size() + 1);
}

TEST(LineBatches, AJsonlFileReadInBatchesMatchesAWholeRead) {
  // Over two batches (4 MB each), with faults past the first.
  std::string text;
  size_t lines = 0;
  while (text.size() < (9u << 20)) {
    ++lines;
    if (lines % 997 == 0) {
      text += "{\"id\": \"broken\", \"text\": \n";
    } else {
      nlohmann::json j = {{"text", "Line " + std::to_string(lines) + std::string(800, 'a') + "."}};
      if (lines % 3 == 0) j["id"] = "r" + std::to_string(lines);
      text += j.dump() + "\n";
    }
  }
  TempDir tmp;
  std::string path = tmp.Write("big.jsonl", text);
  ReadOutcome whole = ReadArticles(path, text, "jsonl");
  std::vector<Article> streamed;
  std::vector<InputError> errors;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  LineBatchReader reader(f, 4u << 20, 64u << 20);
  LineBatch b;
  size_t batches = 0;
  while (reader.Next(b)) {
    ++batches;
    ReadOutcome part = ReadJsonlLines(path, b.bytes, b.first_line, b.first_byte);
    for (auto& a : part.articles) streamed.push_back(std::move(a));
    for (auto& e : part.errors) errors.push_back(std::move(e));
  }
  std::fclose(f);
  EXPECT_GE(batches, 3u);
  ASSERT_EQ(streamed.size(), whole.articles.size());
  for (size_t i = 0; i < streamed.size(); ++i) {
    EXPECT_EQ(streamed[i].record, whole.articles[i].record);
    EXPECT_EQ(streamed[i].record_line, whole.articles[i].record_line);
    EXPECT_EQ(streamed[i].text, whole.articles[i].text);
  }
  ASSERT_EQ(errors.size(), whole.errors.size());
  ASSERT_FALSE(errors.empty());
  for (size_t i = 0; i < errors.size(); ++i) {
    EXPECT_EQ(errors[i].line, whole.errors[i].line);
    EXPECT_EQ(errors[i].column, whole.errors[i].column);
    EXPECT_EQ(errors[i].byte_offset, whole.errors[i].byte_offset);
    EXPECT_EQ(errors[i].record, whole.errors[i].record);
  }
}

}  // namespace
}  // namespace newslint
