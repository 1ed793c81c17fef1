// Quotations: quoted spans (straight, curly, single, nested, apostrophes),
// speakers, the head a coined phrase qualifies, and the groups a quotation is
// compared in.
#include "checker/corpus/quote_extractor.h"

#include <gtest/gtest.h>

#include "checker/corpus/corpus_pass.h"
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
