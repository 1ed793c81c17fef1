// The claim extractors' triggers asked in one set say, paragraph by
// paragraph, what each extractor's own trigger says.
#include "checker/corpus/claim_triggers.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "checker/corpus/corpus_settings.h"
#include "test_support.h"

namespace newslint::corpus {
namespace {

TEST(ClaimTriggers, MarkEqualsEachExtractorsOwnTrigger) {
  CorpusSettings settings = LoadCorpusSettings(testing::SourceDir() + "/rules/claims");
  ASSERT_FALSE(settings.extractors.empty());
  size_t with_trigger = 0;
  for (const auto& x : settings.extractors) with_trigger += x->trigger() != nullptr;
  ASSERT_GT(with_trigger, 1u) << "the set is only worth testing with several triggers";
  ClaimTriggers triggers(settings.extractors);

  // The bundled corpus's articles, and every extractor's own examples.
  std::vector<std::string> texts;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(testing::SourceDir() + "/fixtures/corpus")) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
  }
  for (const auto& x : settings.extractors) {
    for (const auto& ex : x->examples()) texts.push_back(ex.text);
  }
  size_t tried = 0, skipped = 0;
  for (const auto& text : texts) {
    Article article = testing::MakeArticle(text);
    Document doc(article);
    std::vector<std::vector<bool>> marked;
    triggers.Mark(doc, marked);
    ASSERT_EQ(marked.size(), settings.extractors.size());
    for (size_t x = 0; x < settings.extractors.size(); ++x) {
      const RE2* own = settings.extractors[x]->trigger();
      ASSERT_EQ(marked[x].size(), doc.paragraphs().size());
      for (size_t p = 0; p < doc.paragraphs().size(); ++p) {
        std::string_view para = doc.slice(doc.paragraphs()[p].span);
        bool expected = !own || RE2::PartialMatch(re2::StringPiece(para.data(), para.size()), *own);
        EXPECT_EQ(marked[x][p], expected) << settings.extractors[x]->id() << ": " << para;
        (expected ? tried : skipped) += 1;
      }
    }
  }
  EXPECT_GT(tried, 0u);
  EXPECT_GT(skipped, 0u);
}

}  // namespace
}  // namespace newslint::corpus
