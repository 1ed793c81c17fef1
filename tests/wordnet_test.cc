// The WordNet reader against WordNet 3.0 facts (Debian's wordnet-base):
// synonyms read from the mapped data files, tagged sense counts and base
// forms from the index and exception lists.
#include "checker/wordnet.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace newslint {
namespace {

const WordNet& Wn() {
  static auto wn = WordNet::Load("/usr/share/wordnet");
  return *wn;
}

TEST(WordNet, SynonymsShareASynset) {
  auto war = Wn().Synonyms("war");
  EXPECT_TRUE(war.count("warfare")) << "war ~ warfare (noun.act)";
  EXPECT_FALSE(war.count("war")) << "the lemma itself is left out";
  for (const auto& s : war) EXPECT_EQ(s.find('_'), std::string::npos) << s;  // single words only
  auto big = Wn().Synonyms("big");
  EXPECT_TRUE(big.count("large"));
  EXPECT_TRUE(Wn().Synonyms("no-such-lemma-here").empty());
}

TEST(WordNet, TaggedSenseCounts) {
  EXPECT_EQ(Wn().TaggedSenseCount("war"), 3);
  EXPECT_EQ(Wn().TaggedSenseCount("warfare"), 2);
  EXPECT_EQ(Wn().TaggedSenseCount("no-such-lemma-here"), 0);
}

TEST(WordNet, BaseFormsAndLemmas) {
  auto mice = Wn().BaseForms("mice");
  EXPECT_NE(std::find(mice.begin(), mice.end(), "mouse"), mice.end());
  auto talks = Wn().BaseForms("talks");
  EXPECT_NE(std::find(talks.begin(), talks.end(), "talk"), talks.end());
  EXPECT_TRUE(Wn().IsLemma("partnership"));
  EXPECT_TRUE(Wn().IsNoun("partnership"));
  EXPECT_FALSE(Wn().IsLemma("xqzv"));
}

TEST(WordNet, MissingFolderNamesTheFile) {
  try {
    WordNet::Load("/nonexistent-wordnet");
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent-wordnet/index.noun"), std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace newslint
