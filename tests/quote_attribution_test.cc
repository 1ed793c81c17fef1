// Quote attribution: who a quotation's surrounding words name, and that the
// PCRE2 patterns answer as the RE2 patterns they replaced did.
#include "checker/corpus/quote_attribution.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "test_support.h"

namespace newslint::corpus {
namespace {

std::string Said(const std::optional<Attribution>& a) {
  if (!a) return "-";
  return a->pronoun ? "(pronoun)" : a->name;
}

TEST(QuoteAttribution, ReadsTheSpeakerAfterTheQuote) {
  EXPECT_EQ(Said(AttributionAfter(", said Foreign Minister Wang Yi on Monday.")),
            "Foreign Minister Wang Yi");
  EXPECT_EQ(Said(AttributionAfter(" Putin said.")), "Putin");
  EXPECT_EQ(Said(AttributionAfter(", Sergei Lavrov, Russia’s foreign minister, told reporters.")),
            "Sergei Lavrov");
  EXPECT_EQ(Said(AttributionAfter(", according to José Álvarez, who chairs it.")), "José Álvarez");
  EXPECT_EQ(Said(AttributionAfter(", she has said.")), "(pronoun)");
  EXPECT_EQ(Said(AttributionAfter(" is what the report said.")), "-");
  EXPECT_EQ(Said(AttributionAfter(", they said.")), "-");
}

TEST(QuoteAttribution, ReadsTheSpeakerBeforeTheQuote) {
  EXPECT_EQ(Said(AttributionBefore("Asked about the talks, Olaf Scholz said: ")), "Olaf Scholz");
  EXPECT_EQ(Said(AttributionBefore("Wang told reporters in Beijing that ")), "Wang");
  EXPECT_EQ(Said(AttributionBefore("According to Reuters, ")), "Reuters");
  EXPECT_EQ(Said(AttributionBefore("Later he added, ")), "(pronoun)");
  // The verb must be the last thing before the quotation.
  EXPECT_EQ(Said(AttributionBefore("Smith said the plan would fail and called it ")), "-");
}

TEST(QuoteAttribution, ReadsOnlyTheWindowNextToTheQuote) {
  std::string far(250, 'x');
  EXPECT_EQ(Said(AttributionBefore("Smith said: " + far + " ")), "-");
  EXPECT_EQ(Said(AttributionAfter(std::string(199, ' ') + "Smith said.")), "-");
}

// The RE2 patterns attribution was first written with: the definition the
// PCRE2 patterns must keep (RE2 built these slowly, not wrongly).
namespace reference {

RE2::Options Options() {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);
  return o;
}
const std::string kVerbs =
    "(?:said|says|added|stated|wrote|noted|warned|insisted|argued|declared|explained|"
    "continued|concluded|replied|asserted|remarked|stressed|urged|tweeted|posted|recalled|"
    "acknowledged|admitted|claimed|announced|told\\s+[\\p{Ll} ]{1,30}?)";
const std::string kName =
    "((?:\\p{Lu}[\\p{L}\\p{M}\\x{2019}'.\\-]*\\s+){0,3}\\p{Lu}[\\p{L}\\p{M}\\x{2019}'.\\-]*)";

std::optional<Attribution> After(std::string_view after) {
  static const RE2 pronoun("^\\s*,?\\s*(?:he|she)\\s+(?:has\\s+|had\\s+)?" + kVerbs + "\\b",
                           Options());
  static const RE2 verb_name(
      "^\\s*,?\\s*(?:said|says|added|wrote|stated|noted|warned|insisted|"
      "argued|declared|explained|continued|replied|asserted|remarked|stressed)\\s+" +
          kName,
      Options());
  static const RE2 name_verb("^\\s*,?\\s*" + kName + "\\s+(?:has\\s+|had\\s+)?" + kVerbs + "\\b",
                             Options());
  static const RE2 name_appos(
      "^\\s*,?\\s*" + kName + "\\s*,[^,\\x{201C}\\x{201D}\"]{1,80},\\s*" + kVerbs + "\\b",
      Options());
  static const RE2 according("^\\s*,?\\s*[Aa]ccording\\s+to\\s+" + kName, Options());
  re2::StringPiece in(after.data(), std::min<size_t>(after.size(), 200));
  std::string name;
  if (RE2::PartialMatch(in, pronoun)) return Attribution{"", true};
  if (RE2::PartialMatch(in, verb_name, &name) || RE2::PartialMatch(in, name_verb, &name) ||
      RE2::PartialMatch(in, name_appos, &name) || RE2::PartialMatch(in, according, &name)) {
    return Attribution{name, false};
  }
  return std::nullopt;
}

std::optional<Attribution> Before(std::string_view before) {
  static const std::string tail =
      "(?:\\s+(?:on|in|at)\\s+\\p{Lu}\\p{L}+)?(?:\\s+that)?\\s*[,:]?\\s*$";
  static const RE2 name_verb(kName + "\\s+(?:has\\s+|had\\s+)?" + kVerbs + tail, Options());
  static const RE2 name_appos(
      kName + "\\s*,[^,\\x{201C}\\x{201D}\"]{1,80},\\s*(?:has\\s+|had\\s+)?" + kVerbs + tail,
      Options());
  static const RE2 according("[Aa]ccording\\s+to\\s+" + kName + "\\s*,?\\s*$", Options());
  static const RE2 pronoun("\\b(?:[Hh]e|[Ss]he)\\s+(?:has\\s+|had\\s+)?" + kVerbs + tail,
                           Options());
  std::string_view t = before.substr(before.size() - std::min<size_t>(before.size(), 240));
  while (!t.empty() && (static_cast<unsigned char>(t[0]) & 0xC0) == 0x80) t.remove_prefix(1);
  re2::StringPiece in(t.data(), t.size());
  std::string name;
  if (RE2::PartialMatch(in, name_verb, &name) || RE2::PartialMatch(in, name_appos, &name) ||
      RE2::PartialMatch(in, according, &name)) {
    return Attribution{name, false};
  }
  if (RE2::PartialMatch(in, pronoun)) return Attribution{"", true};
  return std::nullopt;
}

}  // namespace reference

void ExpectSameAsReference(const std::string& text, const std::string& where) {
  ASSERT_EQ(Said(AttributionAfter(text)), Said(reference::After(text)))
      << "after, " << where << ": [" << text << "]";
  ASSERT_EQ(Said(AttributionBefore(text)), Said(reference::Before(text)))
      << "before, " << where << ": [" << text << "]";
}

TEST(QuoteAttribution, EqualsTheRe2DefinitionOnRandomTexts) {
  // Pieces that exercise each part of the patterns: spaces RE2 and PCRE2
  // could read differently (a vertical tab, a final newline), capitals and
  // lower case beyond ASCII, combining marks, the appositive's commas.
  const std::string pieces[] = {" ",         "  ",   "\t",       "\n",          "\v",
                                ",",         ":",    ".",        "-",           "'",
                                "’",         "“",    "”",        "\"",          "said",
                                "says",      "told", "added",    "announced",   " reporters",
                                "he",        "He",   "she",      "has ",        "had ",
                                "that",      "on",   "in Paris", "at",          "according to",
                                "According", "to",   "Smith",    "Wang Yi",     "É",
                                "é",         "ß",    "ǅ",        "Ω",           "ω",
                                "Ж",         "ж",    "\xCC\x81", "ﬁ",           "x",
                                "A",         "9",    "_",        "the minister"};
  testing::SmallRandom random(2026);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (size_t k = random.Below(16); k > 0; --k) text += pieces[random.Below(std::size(pieces))];
    ExpectSameAsReference(text, "round " + std::to_string(round));
  }
  // At the windows' edges: a character of two or three bytes cut by the
  // 200th byte after the quote, or by the 240th before it.
  for (int round = 0; round < 4000; ++round) {
    std::string words;
    for (size_t k = random.Below(10); k > 0; --k) words += pieces[random.Below(std::size(pieces))];
    std::string cut = random.Below(2) ? "é" : "“";
    size_t at = (round % 2 ? 200 : 240) - 1 - random.Below(cut.size() - 1);
    std::string filler(at > words.size() ? at - words.size() : 0, random.Below(2) ? ' ' : 'x');
    std::string after = words + filler + cut + "Smith said";
    std::string before = "x" + cut + filler + words;
    ExpectSameAsReference(after, "edge round " + std::to_string(round));
    ExpectSameAsReference(before, "edge round " + std::to_string(round));
  }
}

TEST(QuoteAttribution, EqualsTheRe2DefinitionAroundEveryQuoteOfTheFixtures) {
  size_t contexts = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(testing::SourceDir() + "/fixtures")) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      for (size_t at = 0; at < line.size(); ++at) {
        char c = line[at];
        // A quotation mark's first byte: straight, or the E2 80 9x of a curly one.
        if (c != '"' && c != '\'' && c != '\xE2') continue;
        ExpectSameAsReference(line.substr(0, at), entry.path().string());
        ExpectSameAsReference(line.substr(at + 1), entry.path().string());
        ++contexts;
      }
    }
  }
  EXPECT_GT(contexts, 500u);
}

}  // namespace
}  // namespace newslint::corpus
