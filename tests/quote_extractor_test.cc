// Quotations: quoted spans (straight, curly, single, nested, apostrophes),
// speakers, the head a coined phrase qualifies, and the groups a quotation is
// compared in.
#include "checker/corpus/quote_extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "checker/corpus/corpus_pass.h"
#include "checker/utf8.h"
#include "test_support.h"

namespace newslint::corpus {
namespace {

const CorpusPass& Pass() {
  static auto pass = CorpusPass::Load(testing::SourceDir() + "/rules");
  return *pass;
}

std::vector<std::string> Spans(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& q : FindQuotedSpans(text, {0, text.size()})) {
    out.push_back(std::to_string(q.depth) + ":" + text.substr(q.inner.begin, q.inner.size()));
  }
  return out;
}

std::vector<QuoteRecord> Quotes(const std::string& text) {
  return Pass().Extract(testing::MakeArticle(text)).quotes;
}

// FindQuotedSpans as it was written first, a code point at a time, with
// no run of plain bytes skipped: the definition the fast scan must equal.
std::vector<QuotedSpan> QuotedSpansByCodePoint(std::string_view text, Span paragraph) {
  enum Kind { kDouble, kSingle };
  struct Open {
    Kind kind;
    size_t begin, end;
  };
  std::vector<QuotedSpan> out;
  std::vector<Open> open;
  auto close = [&](Kind kind, size_t begin, size_t end) {
    for (size_t i = open.size(); i-- > 0;) {
      if (open[i].kind != kind) continue;
      QuotedSpan q;
      q.outer = {open[i].begin, end};
      q.inner = {open[i].end, begin};
      open.resize(i);
      q.depth = static_cast<int>(open.size());
      if (q.inner.size() > 0) out.push_back(q);
      return;
    }
  };
  auto has_open = [&](Kind kind, bool straight_only) {
    for (const auto& m : open) {
      if (m.kind != kind) continue;
      if (!straight_only || text[m.begin] == '"' || text[m.begin] == '\'') return true;
    }
    return false;
  };
  size_t pos = paragraph.begin;
  char32_t prev = 0;
  while (pos < paragraph.end) {
    size_t at = pos;
    char32_t c = utf8::Decode(text, pos);
    size_t peek = pos;
    char32_t next = pos < paragraph.end ? utf8::Decode(text, peek) : 0;
    bool prev_word = utf8::IsWordChar(prev), next_word = utf8::IsWordChar(next);
    if (c == 0x201C) {
      open.push_back({kDouble, at, pos});
    } else if (c == 0x201D) {
      close(kDouble, at, pos);
    } else if (c == '"') {
      if (has_open(kDouble, true)) {
        close(kDouble, at, pos);
      } else {
        open.push_back({kDouble, at, pos});
      }
    } else if (c == 0x2018) {
      if (!prev_word) open.push_back({kSingle, at, pos});
    } else if (c == 0x2019 || c == '\'') {
      if (!(prev_word && next_word)) {
        if (!prev_word && next_word && c == '\'') {
          open.push_back({kSingle, at, pos});
        } else if (!next_word && has_open(kSingle, false)) {
          close(kSingle, at, pos);
        }
      }
    }
    prev = c;
  }
  std::sort(out.begin(), out.end(),
            [](const QuotedSpan& a, const QuotedSpan& b) { return a.outer.begin < b.outer.begin; });
  return out;
}

TEST(QuoteExtractor, FastScanEqualsTheCodePointDefinition) {
  const std::string pieces[] = {"word", "Russia", " ", "  ", "\"", "'", "“", "”", "‘", "’",
                                "é",    "l’été", ",", ".", "\n", "\xFF", "\xE2\x80", "9", "—"};
  testing::SmallRandom random(12345);
  auto next = [&](uint64_t n) { return random.Below(n); };
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (size_t k = next(30); k > 0; --k) text += pieces[next(std::size(pieces))];
    // A paragraph that may start and end inside the text, as most do.
    size_t begin = text.empty() ? 0 : next(text.size() / 3 + 1);
    size_t end = begin + next(text.size() - begin + 1);
    auto fast = FindQuotedSpans(text, {begin, end});
    auto slow = QuotedSpansByCodePoint(text, {begin, end});
    ASSERT_EQ(fast.size(), slow.size()) << "round " << round;
    for (size_t i = 0; i < fast.size(); ++i) {
      ASSERT_EQ(fast[i].outer.begin, slow[i].outer.begin) << "round " << round;
      ASSERT_EQ(fast[i].outer.end, slow[i].outer.end) << "round " << round;
      ASSERT_EQ(fast[i].inner.begin, slow[i].inner.begin) << "round " << round;
      ASSERT_EQ(fast[i].inner.end, slow[i].inner.end) << "round " << round;
      ASSERT_EQ(fast[i].depth, slow[i].depth) << "round " << round;
    }
  }
}

TEST(QuoteExtractor, FindsStraightCurlySingleAndNestedQuotes) {
  EXPECT_EQ(Spans("He called it \"historic\" and \"final\"."),
            (std::vector<std::string>{"0:historic", "0:final"}));
  EXPECT_EQ(Spans("the “no limits” partnership"), (std::vector<std::string>{"0:no limits"}));
  EXPECT_EQ(Spans("Russia’s ‘no boundaries’ partnership and the allies’ plan"),
            (std::vector<std::string>{"0:no boundaries"}));
  EXPECT_EQ(Spans("a 'no-limits' friendship, don't you think"),
            (std::vector<std::string>{"0:no-limits"}));
  EXPECT_EQ(Spans("“We said the ‘no limits’ era was over,” he said."),
            (std::vector<std::string>{"0:We said the ‘no limits’ era was over,", "1:no limits"}));
  EXPECT_EQ(Spans("“A quote that never closes."), std::vector<std::string>{});
}

TEST(QuoteExtractor, AttributesSpeakers) {
  auto q = Quotes(
      "Title\n\n“NATO expansion is a direct threat to Russia’s security,” Putin said.\n\n"
      "Russian President Vladimir Putin said: “We will not allow anyone to threaten us.”\n\n"
      "“The door remains open for talks with Kyiv,” he added.\n\n"
      "According to Wang Yi, “the relationship has never been stronger than it is now”.\n\n"
      "“Nobody gains from this fragmentation at all,” one European official said.");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].speaker, "vladimir-putin");
  EXPECT_EQ(q[1].speaker, "vladimir-putin");
  EXPECT_EQ(q[2].speaker, "vladimir-putin");  // "he added", after a named speaker
  EXPECT_EQ(q[3].speaker, "wang-yi");
  EXPECT_EQ(q[0].at.line, 3);
  EXPECT_EQ(q[0].at.column, 1);
  // Unattributed statements are not recorded: nothing to group them by.
}

TEST(QuoteExtractor, FindsTheHeadACoinedPhraseQualifies) {
  auto q = Quotes("The two leaders hailed their “no-limits” partnerships in Beijing.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].words, "no limits");
  EXPECT_EQ(q[0].lemmas, "no limit");
  EXPECT_EQ(q[0].head, "partnership");
  EXPECT_TRUE(q[0].head_outside);
  EXPECT_EQ(q[0].excerpt, "“no-limits” partnerships");
  EXPECT_EQ(q[0].groups, std::vector<std::string>{"p|partnership|3"});

  auto inside = Quotes("The paper called for an end to the so-called “Cold War mentality”.");
  ASSERT_EQ(inside.size(), 1u);
  EXPECT_EQ(inside[0].head, "mentality");
  EXPECT_FALSE(inside[0].head_outside);
  EXPECT_EQ(inside[0].groups, std::vector<std::string>{"p|mentality|3"});

  // Not heads: a verb after the quote, punctuation ending the quoted words.
  EXPECT_TRUE(Quotes("The “no limits” label means little.")[0].head_outside);
  auto verb_after = Quotes("They said “no limits” was the motto.");
  ASSERT_EQ(verb_after.size(), 1u);
  EXPECT_FALSE(verb_after[0].head_outside);  // "was" is no head; "limits" ends the phrase
  EXPECT_EQ(verb_after[0].head, "limit");
  EXPECT_TRUE(Quotes("The “Coalition of the Willing,” led by France, met.").empty());
}

TEST(QuoteExtractor, StatementsAreGroupedBySpeakerLengthAndHalves) {
  auto q = Quotes("“We will keep trying to find common ground,” Blinken said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].groups, (std::vector<std::string>{"s|antony-blinken|8|a|we will keep trying",
                                                   "s|antony-blinken|8|b|to find common ground"}));
}

}  // namespace
}  // namespace newslint::corpus
