// The reconcile: each finding type across articles and within one, what must
// stay silent (agreement at precision, approximation, exact repeats, quotes
// of different things, news sentences), related places and suggestions.
#include "checker/corpus/reconcile.h"

#include <gtest/gtest.h>

#include "checker/corpus/corpus_pass.h"
#include "test_support.h"

namespace newslint::corpus {
namespace {

const CorpusPass& Pass() {
  static auto pass = CorpusPass::Load(testing::SourceDir() + "/rules");
  return *pass;
}

struct Batch {
  std::vector<DocumentReport> docs;

  Batch& Add(const std::string& path, const std::string& text, const std::string& source = "",
             const std::string& date = "") {
    Article a = testing::MakeArticle(text);
    a.path = path;
    if (!source.empty()) a.meta.source = source;
    if (!date.empty()) a.meta.date = date;
    DocumentReport d;
    d.path = path;
    d.records = std::make_shared<const ArticleRecords>(Pass().Extract(a));
    docs.push_back(std::move(d));
    return *this;
  }
  Batch& Run(const PublishedCorpus& published = {}) {
    Pass().Reconcile(published, docs);
    return *this;
  }
  std::vector<const Finding*> Of(const std::string& category) const {
    std::vector<const Finding*> out;
    for (const auto& d : docs) {
      for (const auto& f : d.findings) {
        if (f.category == category) out.push_back(&f);
      }
    }
    return out;
  }
};

TEST(Reconcile, ClaimConflictSitsAtEachSideWithRelated) {
  Batch b;
  b.Add("a.txt", "Talks\n\nThe Minsk II agreement was signed on 12 February 2015.")
      .Add("b.txt", "Talks\n\nThe Minsk II agreement was signed on 21 February 2015.")
      .Run();
  auto f = b.Of("claim.conflict");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0]->path, "a.txt");
  EXPECT_EQ(f[0]->rule, "corpus.claim-conflict");
  EXPECT_EQ(f[0]->line, 3);
  EXPECT_EQ(
      f[0]->message,
      "“The Minsk II agreement”, signed: 12 February 2015 here, but 21 February 2015 in b.txt:3");
  ASSERT_EQ(f[0]->related.size(), 1u);
  EXPECT_EQ(f[0]->related[0].path, "b.txt");
  EXPECT_EQ(f[0]->related[0].line, 3);
  EXPECT_EQ(f[0]->related[0].column, 1);
  EXPECT_EQ(f[1]->path, "b.txt");
  EXPECT_EQ(f[1]->related[0].path, "a.txt");
  EXPECT_FALSE(f[0]->fingerprint.empty());
  EXPECT_NE(f[0]->fingerprint, f[1]->fingerprint);
}

TEST(Reconcile, ValuesAgreeingAtPrecisionOrWithinApproximationAreSilent) {
  Batch b;
  b.Add("a.txt", "The Minsk II agreement was signed on 12 February 2015.")
      .Add("b.txt", "The Minsk II agreement was signed in February 2015.")
      .Add("c.txt", "The Minsk II agreement, signed in 2015, is in tatters.")
      .Add("d.txt", "About 320 people were evacuated from a building in Kursk.", "", "2024-08-10")
      .Add("e.txt", "Officials said 318 people were evacuated from a building in Kursk.", "",
           "2024-08-10")
      .Add("f.txt", "At least 1 person were killed in Sumy, officials said.", "", "2024-08-10")
      .Add("g.txt", "Three people were killed in Sumy, officials said.", "", "2024-08-10")
      .Run();
  EXPECT_TRUE(b.Of("claim.conflict").empty());
}

TEST(Reconcile, CountsOutsideTheApproximationConflict) {
  Batch b;
  b.Add("d.txt", "About 320 people were evacuated from a building in Kursk.", "", "2024-08-10")
      .Add("e.txt", "Some 230 people were evacuated from a building in Kursk.", "", "2024-08-10")
      .Add("f.txt", "About 320 people were evacuated from a building in Kursk.", "", "2024-08-11")
      .Run();
  auto f = b.Of("claim.conflict");
  ASSERT_EQ(f.size(), 2u);  // f.txt is another day's figure
  EXPECT_EQ(f[0]->path, "d.txt");
  EXPECT_EQ(f[1]->path, "e.txt");
}

TEST(Reconcile, AClaimGivenTwoValuesInOneArticle) {
  Batch b;
  b.Add("a.txt",
        "Plan\n\nChina's 12-point peace plan was welcomed.\n\nLater, Beijing's ten-point peace "
        "plan was criticised.")
      .Run();
  auto f = b.Of("claim.conflict");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0]->line, 3);
  EXPECT_EQ(f[0]->related[0].path, "a.txt");
  EXPECT_EQ(f[0]->related[0].line, 5);
  EXPECT_EQ(f[1]->related[0].line, 3);
}

TEST(Reconcile, TheMajorityValueIsSuggested) {
  Batch b;
  for (const char* p : {"a.txt", "b.txt", "c.txt"}) {
    b.Add(p, "The Tianjin Accord was signed on 3 March 2025.");
  }
  b.Add("d.txt", "The Tianjin Accord was signed on 30 March 2025.").Run();
  auto f = b.Of("claim.conflict");
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[3]->path, "d.txt");
  EXPECT_EQ(f[3]->suggestion, "The Tianjin Accord was signed on 3 March 2025");
  EXPECT_EQ(f[3]->related.size(), 3u);
  EXPECT_EQ(f[0]->suggestion, "");
  EXPECT_EQ(f[0]->related.size(), 1u);
}

TEST(Reconcile, QuoteVariantsPointAtTheUsualRendering) {
  Batch b;
  b.Add("001.txt",
        "Ties\n\nThe \"no-limits\" partnership between Xi and Putin endures.\n\n"
        "The \"no-limits\" friendship was declared in 2022.")
      .Add("002.txt", "Ties\n\nChina signed a “no limitations” partnership agreement with Moscow.")
      .Add("003.txt", "Ties\n\nThey often highlight their ‘no boundaries’ partnership.")
      .Run();
  auto f = b.Of("quote.variant");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0]->path, "002.txt");
  EXPECT_EQ(f[0]->line, 3);
  EXPECT_EQ(f[0]->excerpt, "“no limitations” partnership");
  EXPECT_EQ(f[0]->suggestion, "“no-limits” partnership");
  ASSERT_EQ(f[0]->related.size(), 1u);
  EXPECT_EQ(f[0]->related[0].path, "001.txt");
  EXPECT_EQ(f[0]->related[0].line, 3);
  EXPECT_EQ(f[1]->path, "003.txt");
  EXPECT_EQ(f[1]->excerpt, "‘no boundaries’ partnership");
  EXPECT_EQ(f[1]->related[0].path, "001.txt");
}

TEST(Reconcile, OnATieTheCommonerWordsAreTheUsualRendering) {
  Batch b;
  b.Add("a.txt", "They decried a “Cold Warfare mentality” in the West.")
      .Add("b.txt", "They decried a “Cold War mentality” in the West.")
      .Run();
  auto f = b.Of("quote.variant");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]->path, "a.txt");
  EXPECT_EQ(f[0]->suggestion, "“Cold War mentality”");
}

TEST(Reconcile, ExactRepeatsAndDifferentQuotesAreSilent) {
  Batch b;
  b.Add("a.txt", "The “no limits” partnership held.")
      .Add("b.txt", "The \"no-limits\" partnership held.")
      .Add("c.txt", "The ‘No Limits’ partnerships held.")
      .Add("d.txt", "Their “strategic” partnership held.")
      .Add("e.txt", "Their “comprehensive strategic” partnership held.")
      .Add("f.txt", "Their “all-weather strategic” partnership held.")
      .Add("g.txt", "“We will never accept this,” Putin said.")
      .Add("h.txt", "“We will never forget this,” Putin said.")
      .Add("i.txt", "“We will never accept this,” Zelensky said.")
      .Run();
  EXPECT_TRUE(b.Of("quote.variant").empty());
}

TEST(Reconcile, AStatementRenderedWithSynonymsByTheSameSpeaker) {
  Batch b;
  b.Add("a.txt", "“NATO expansion is a direct threat to Russia’s security,” Putin said.")
      .Add("b.txt", "“NATO expansion is a direct threat to Russia’s security,” Putin said.")
      .Add("c.txt",
           "Vladimir Putin said: “NATO expansion is a direct menace to Russia’s security.”")
      .Add("d.txt", "“NATO expansion is a direct menace to Russia’s security,” Stoltenberg said.")
      .Run();
  auto f = b.Of("quote.variant");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]->path, "c.txt");
  EXPECT_EQ(f[0]->related.size(), 2u);
  EXPECT_EQ(f[0]->evidence, "WordNet synonyms: menace ~ threat");
}

TEST(Reconcile, TemplateLinesAcrossASource) {
  Batch b;
  const char* titles[] = {"Ports reopen", "Talks resume", "Markets steady", "Grain deal"};
  for (int i = 0; i < 4; ++i) {
    b.Add("wire/" + std::to_string(i) + ".txt",
          std::string(titles[i]) +
              "\n\nThe war began in February 2022 when Russian troops crossed the border.\n\n"
              "Example Wire is an independent news service\n",
          "example-wire");
  }
  b.Add("other/x.txt", "Other\n\nExample Wire is an independent news service\n", "other-site");
  b.Run();
  auto f = b.Of("boilerplate.repeated");
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0]->rule, "corpus.template-line");
  EXPECT_EQ(f[0]->line, 5);
  EXPECT_EQ(f[0]->message,
            "template line shared by 4 of 4 articles from example-wire: “Example Wire is an "
            "independent news service”");
  EXPECT_EQ(f[0]->related.size(), 3u);
}

TEST(Reconcile, TemplateLineThresholdsAreAbsoluteAndRelative) {
  Batch few;
  few.Add("a.txt", "A\n\nFollow the Example Wire desk\n", "w")
      .Add("b.txt", "B\n\nFollow the Example Wire desk\n", "w")
      .Run();
  EXPECT_TRUE(few.Of("boilerplate.repeated").empty());  // 2 < min_articles
  Batch rare;
  for (int i = 0; i < 20; ++i) {
    rare.Add(std::to_string(i) + ".txt",
             "T" + std::to_string(i) + (i < 3 ? "\n\nFollow the Example Wire desk\n" : "\n"), "w");
  }
  rare.Run();
  EXPECT_TRUE(rare.Of("boilerplate.repeated").empty());  // 3 of 20 < min_share
}

TEST(Reconcile, PublishedRecordsCountButGetNoFindings) {
  PublishedCorpus published;
  ArticleRecords old;
  old.article_key = old.path = "old.txt";
  Article a = testing::MakeArticle("The Minsk II agreement was signed on 21 February 2015.");
  a.path = "old.txt";
  old = Pass().Extract(a);
  published.articles.push_back(old);
  Batch b;
  b.Add("new.txt", "The Minsk II agreement was signed on 12 February 2015.").Run(published);
  auto f = b.Of("claim.conflict");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]->path, "new.txt");
  EXPECT_EQ(f[0]->related[0].path, "old.txt");
}

}  // namespace
}  // namespace newslint::corpus
