// The multi-pattern pass per paragraph (checker/trigger_map.h): which units a
// rule is left to scan, and that leaving the others out changes no finding.
#include "checker/trigger_map.h"

#include <gtest/gtest.h>

#include "checker/document.h"
#include "checker/rule.h"
#include "checker/rule_loader.h"
#include "test_support.h"

namespace newslint {
namespace {

using testing::MakeArticle;

// A rule that records the units the engine leaves it.
class RecordingRule : public Rule {
 public:
  RecordingRule(Scope scope, std::string trigger) : Rule(MakeInfo(scope)), trigger_(trigger) {}
  std::vector<std::string> Triggers() const override { return {trigger_}; }
  bool TriggersPerUnit() const override { return true; }
  void Check(const Document& doc, HitSink&) const override { scanned = UnitsToScan(doc); }
  mutable std::vector<Span> scanned;

 private:
  static RuleInfo MakeInfo(Scope scope) {
    RuleInfo info;
    info.id = "t.recording";
    info.scope = scope;
    return info;
  }
  std::string trigger_;
};

class NullSink : public HitSink {
 public:
  void Report(Hit) override {}
};

std::vector<std::string> Scanned(const RecordingRule& rule, const std::string& text) {
  Article article = MakeArticle(text);
  Document doc(article);
  ParagraphTriggers triggers({&rule});
  TriggerMap map = triggers.Scan(doc);
  doc.set_trigger_map(&map);
  NullSink sink;
  rule.Check(doc, sink);
  std::vector<std::string> out;
  for (Span s : rule.scanned) out.emplace_back(doc.slice(s));
  return out;
}

TEST(TriggerMap, LeavesOutTheParagraphsWithoutATrigger) {
  RecordingRule rule(Scope::kSentence, "(?i)\\bfoo\\b");
  EXPECT_EQ(Scanned(rule, "Alpha has Foo. Beta too.\n\nGamma has none.\n\nDelta foo."),
            (std::vector<std::string>{"Alpha has Foo.", "Beta too.", "Delta foo."}));
  EXPECT_TRUE(Scanned(rule, "Nothing here.\n\nFood is not foo-less? It is.").size() == 2);
  EXPECT_TRUE(Scanned(rule, "Food and fool.").empty());
}

TEST(TriggerMap, WithoutAMapEveryUnitIsScanned) {
  RecordingRule rule(Scope::kSentence, "foo");
  Article article = MakeArticle("One.\n\nTwo.");
  Document doc(article);
  NullSink sink;
  rule.Check(doc, sink);
  EXPECT_EQ(rule.scanned.size(), 2u);
}

TEST(TriggerMap, AnAnchoredTriggerJudgesOnlyWholeParagraphs) {
  // A hard-wrapped paragraph (a long line runs on into one in lower case):
  // its second line starts with "foo", which ^ finds in the line but not in
  // the paragraph, so both its lines are scanned.
  const std::string wrapped =
      "Alpha and beta and gamma and delta and epsilon and zeta and eta and theta and iota";
  RecordingRule anchored(Scope::kLine, "^foo");
  EXPECT_EQ(Scanned(anchored, wrapped + "\nfoo bar\n\nGamma.\n\nfoo again."),
            (std::vector<std::string>{wrapped, "foo bar", "foo again."}));
  RecordingRule plain(Scope::kLine, "\\bfoo");
  EXPECT_EQ(Scanned(plain, wrapped + "\nfoo bar\n\nGamma.\n\nfoo again."),
            (std::vector<std::string>{wrapped, "foo bar", "foo again."}));
  EXPECT_EQ(Scanned(plain, wrapped + "\nbar bar\n\nGamma.\n\nfoo again."),
            (std::vector<std::string>{"foo again."}));
}

// The rule types that opt in, loaded as a user writes them: their findings
// with the map must be those without it, on texts whose units meet their
// paragraphs' edges in every way the segmenter makes.
std::vector<std::pair<size_t, size_t>> Hits(const Rule& rule, const Document& doc) {
  class Collect : public HitSink {
   public:
    void Report(Hit hit) override { spans.emplace_back(hit.span.begin, hit.span.end); }
    std::vector<std::pair<size_t, size_t>> spans;
  } sink;
  rule.Check(doc, sink);
  return sink.spans;
}

TEST(TriggerMap, ChangesNoFindingOfTheRulesThatUseIt) {
  const char* header =
      "id: t.rule\ncategory: text.typography\nseverity: warning\nmessage: m\n"
      "examples: {flag: [x]}\n";
  const std::vector<std::string> rules = {
      "type: existence\nscope: sentence\ntokens: [click here, foo]\npatterns: ['\\bbar\\B', "
      "'x\\b']\n",
      "type: existence\nscope: line\npatterns: ['^\\s*home\\s*/', 'end$']\n",
      "type: substitution\nscope: sentence\nswap:\n  - {phrase: focal bank, expected: central "
      "bank}\n  - {phrase: foo, expected: bar}\n",
      "type: spacing\nscope: line\n",
      "type: spacing\nscope: sentence\n",
      // Signals gate the line-by-line match only; the edge policy reports
      // lines without one, which the map must not take away.
      "type: boilerplate\nscope: line\nsignals:\n  - {name: share, max_words: 4, patterns: "
      "['^\\W*share this\\W*$']}\n  - {name: focal, phrases: [focal bank, click here]}\n"
      "edge: {where: [start, end], min_signals: 1}\n",
      "type: boilerplate\nscope: line\nsignals:\n  - {name: home, patterns: ['^\\s*home\\s*/', "
      "'end$']}\n",
  };
  const std::vector<std::string> texts = {
      "Click here. The focal bank , said foo.Bar and barx.\n\nHome / World\nend",
      "He said.Foo and bar.Barbar ; x.X ,\nand focal\nbank end\n\nfoo",
      "“Foo.”Bar said x ! Then (focal bank) .\n\n  home / x\n\nnothing here at all",
      "e.g.foo U.S.bar x. Y , z.\tfoo ? focal-bank\n\n\n",
      "Share This\nTop Stories Today\n\nThe focal bank rose.\nshare this\n\nMore News Here\n"
      "Share this!\n\nClick Here For More",
  };
  for (const auto& yaml : rules) {
    LoadContext ctx;
    auto rule = LoadRuleNode(YAML::Load(std::string(header) + yaml), "inline.yaml", ctx);
    ParagraphTriggers triggers({rule.get()});
    ASSERT_FALSE(triggers.empty()) << yaml;
    size_t found = 0;
    for (const auto& text : texts) {
      Article article = MakeArticle(text);
      Document doc(article);
      auto without = Hits(*rule, doc);
      found += without.size();
      TriggerMap map = triggers.Scan(doc);
      doc.set_trigger_map(&map);
      EXPECT_EQ(Hits(*rule, doc), without) << yaml << "\non: " << text;
    }
    EXPECT_GT(found, 0u) << "the texts hold nothing for " << yaml;
  }
}

TEST(TriggerMap, EdgesReadAlikeWhereNoWordCharacterLiesBeyond) {
  const std::string text = "ab cd.ef gh";
  const Span outer{0, text.size()};
  EXPECT_TRUE(EdgesReadAlike(text, outer, outer));
  EXPECT_TRUE(EdgesReadAlike(text, outer, {0, 2}));   // "ab", a space after
  EXPECT_TRUE(EdgesReadAlike(text, outer, {3, 5}));   // "cd", a space before, '.' after
  EXPECT_TRUE(EdgesReadAlike(text, outer, {6, 8}));   // "ef", '.' before
  EXPECT_FALSE(EdgesReadAlike(text, outer, {3, 6}));  // "cd.", 'e' after
  EXPECT_FALSE(EdgesReadAlike(text, outer, {4, 5}));  // "d", 'c' before
  const std::string utf8 = "ca\xC3\xA9x";             // "caéx": no byte of é is an RE2 word byte
  EXPECT_TRUE(EdgesReadAlike(utf8, {0, utf8.size()}, {4, 5}));
  EXPECT_FALSE(EdgesReadAlike("cax", {0, 3}, {2, 3}));
}

TEST(TriggerMap, AnchoredPatterns) {
  EXPECT_TRUE(AnchoredPattern("^home"));
  EXPECT_TRUE(AnchoredPattern("end$"));
  EXPECT_TRUE(AnchoredPattern("\\Aone"));
  EXPECT_TRUE(AnchoredPattern("one\\z"));
  EXPECT_TRUE(AnchoredPattern("\\$5"));  // read literally: kept on the safe side
  EXPECT_FALSE(AnchoredPattern("\\bfoo\\b"));
}

}  // namespace
}  // namespace newslint
