#include "checker/phrase_finder.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace newslint {
namespace {

std::vector<Span> Found(const PhraseFinder& finder, std::string_view text) {
  std::vector<Span> out;
  finder.ForEach(text, [&](Span s) { out.push_back(s); });
  return out;
}

std::vector<Span> Scanned(const PhraseFinder& finder, std::string_view text) {
  std::vector<Span> out;
  finder.ForEachScanning(text, [&](Span s) { out.push_back(s); });
  return out;
}

const std::vector<std::string> kNames = {"Xi Jinping",
                                         "Xi Jin",
                                         "Wang Yi",
                                         "Li Qiang",
                                         "Kim Jong Un",
                                         "Jean-Yves Le Drian",
                                         "O'Brien Smith",
                                         "J.D. Vance",
                                         "\xC3\x89mile Zola",
                                         "Ding Xuexiang",
                                         "Han Zheng",
                                         "Han Zheng Jr",
                                         "Xi\xE2\x80\x99s Aide"};

TEST(PhraseFinder, FindsNamesLeftmostLongestAtWordEdges) {
  PhraseFinder finder(kNames);
  ASSERT_TRUE(finder.prefiltered());
  std::string text = "President Xi Jinping met Wang  Yi; MrXi Jinping did not. Han Zheng Jr spoke.";
  auto found = Found(finder, text);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(text.substr(found[0].begin, found[0].size()), "Xi Jinping");
  EXPECT_EQ(text.substr(found[1].begin, found[1].size()), "Wang  Yi");
  EXPECT_EQ(text.substr(found[2].begin, found[2].size()), "Han Zheng Jr");
  EXPECT_EQ(found, Scanned(finder, text));
}

TEST(PhraseFinder, TakesGapsAndApostrophesAsThePatternsDo) {
  PhraseFinder finder(kNames);
  for (std::string text : {"Xi\xE2\x80\x90Jinping", "Xi\tJinping", "Xi-\nJinping",
                           "O\xE2\x80\x99"
                           "Brien Smith",
                           "Jean Yves Le Drian", "x\xC3\x89mile Zola", "J.D. Vance",
                           "Xi\xE2\x80\x99s Aide", "Xi's Aide", "Xi Jinpingx", "Xi\vJinping"}) {
    EXPECT_EQ(Found(finder, text), Scanned(finder, text)) << text;
  }
  EXPECT_EQ(Found(finder, "x\xC3\x89mile Zola").size(), 1u);  // no \b before a non-ASCII letter
  EXPECT_TRUE(Found(finder, "Xi Jinpingx").empty());
  EXPECT_TRUE(Found(finder, "Xi\vJinping").empty());  // \s has no vertical tab
}

TEST(PhraseFinder, FallsBackToScanningWhereAFirstWordIsNotPlainBytes) {
  // A phrase opening with a hyphen has no literal first word to look up.
  PhraseFinder finder({"Xi Jinping", "-Foo Bar"});
  EXPECT_FALSE(finder.prefiltered());
  std::string text = "Xi Jinping and -Foo Bar";
  EXPECT_EQ(Found(finder, text).size(), 2u);
  EXPECT_FALSE(PhraseFinder({}).prefiltered());
  EXPECT_TRUE(Found(PhraseFinder({}), text).empty());
}

TEST(PhraseFinder, EqualsTheScanOnRandomTexts) {
  // Texts stitched from the names, pieces of them and the bytes at their
  // edges: every match, start and end must be the regex scan's.
  // clang-format off
  std::vector<std::string> pieces = {
      "Xi", "Jinping", "Jin", "Wang", "Yi", "Li", "Qiang", "Kim", "Jong", "Un", "Jean", "Yves",
      "Le", "Drian", "O", "Brien", "Smith", "J.D.", "Vance", "\xC3\x89mile", "Zola", "Han",
      "Zheng", "Jr", "Aide", "s", " ", " ", " ", "  ", "-", "\t", "\n", "\v", "'", "_", "x", "9",
      ".", ",", "\xE2\x80\x99", "\xE2\x80\x90", "\xE2\x80\x91", "\xC3\xA9", "\xE2\x80\x9C"};
  // clang-format on
  for (int copies = 0; copies < 2; ++copies)
    pieces.insert(pieces.end(), kNames.begin(), kNames.end());
  PhraseFinder finder(kNames);
  std::mt19937 rng(20261203);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1), length(1, 40);
  size_t matches = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    for (size_t n = length(rng); n > 0; --n) text += pieces[pick(rng)];
    auto scanned = Scanned(finder, text);
    matches += scanned.size();
    ASSERT_EQ(Found(finder, text), scanned) << text;
  }
  EXPECT_GT(matches, 1000u);  // the texts do hold names
}

}  // namespace
}  // namespace newslint
