#include "checker/word_ids.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace newslint {
namespace {

TEST(WordIds, NumbersWordsInTheOrderAddedAndOnce) {
  WordIds ids;
  EXPECT_EQ(ids.Add("cold"), 0u);
  EXPECT_EQ(ids.Add("war"), 1u);
  EXPECT_EQ(ids.Add("cold"), 0u);
  EXPECT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids.Find("war"), 1u);
  EXPECT_EQ(ids.longest(), 4u);
}

TEST(WordIds, FindsNothingInAnEmptyTableOrForUnknownWords) {
  WordIds ids;
  EXPECT_EQ(ids.Find("war"), WordIds::kNone);
  EXPECT_EQ(ids.Find(""), WordIds::kNone);
  ids.Add("war");
  EXPECT_EQ(ids.Find("wars"), WordIds::kNone);  // longer than any word
  EXPECT_EQ(ids.Find("wa"), WordIds::kNone);    // a prefix is not the word
  EXPECT_EQ(ids.Find("waR"), WordIds::kNone);   // bytes compare exactly
  EXPECT_EQ(ids.Find(""), WordIds::kNone);
}

TEST(WordIds, KeepsEveryNumberThroughGrowth) {
  // Far past the first table size, checked against a standard map: every
  // word keeps its number and near misses stay misses.
  WordIds ids;
  std::unordered_map<std::string, uint32_t> expected;
  for (int i = 0; i < 20000; ++i) {
    std::string w = "w" + std::to_string(i * 7919 % 100003);
    uint32_t id = ids.Add(w);
    auto [it, added] = expected.emplace(w, id);
    EXPECT_EQ(it->second, id);
    if (added) {
      EXPECT_EQ(id, expected.size() - 1);
    }
  }
  for (const auto& [w, id] : expected) {
    ASSERT_EQ(ids.Find(w), id) << w;
    ASSERT_EQ(ids.Find(w + "x"), WordIds::kNone) << w;
  }
  EXPECT_EQ(ids.size(), expected.size());
}

TEST(WordIds, FindsWordsOfEveryLengthThatDifferInOneByte) {
  // Each length the hash reads differently (whole eight-byte steps, a tail
  // of four to seven bytes in two overlapping loads, of one to three), and
  // words alike but for one byte at each position.
  WordIds ids;
  std::vector<std::string> words;
  for (size_t length = 1; length <= 24; ++length) {
    std::string base(length, 'a');
    for (size_t at = 0; at < length; ++at) {
      std::string w = base;
      w[at] = 'b';
      words.push_back(w);
    }
    words.push_back(base);
  }
  for (const auto& w : words) ids.Add(w);
  ASSERT_EQ(ids.size(), words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(ids.Find(words[i]), i) << words[i];
    std::string miss = words[i];
    miss.back() = 'c';
    EXPECT_EQ(ids.Find(miss), WordIds::kNone) << miss;
  }
}

TEST(WordIds, TheEmptyWordAndBytesPastAsciiAreWordsLikeAnyOther) {
  WordIds ids;
  uint32_t empty = ids.Add("");
  uint32_t curly = ids.Add("don\xE2\x80\x99t");
  EXPECT_EQ(ids.Find(""), empty);
  EXPECT_EQ(ids.Find("don\xE2\x80\x99t"), curly);
  EXPECT_EQ(ids.Find("don't"), WordIds::kNone);
}

}  // namespace
}  // namespace newslint
