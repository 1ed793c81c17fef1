// Template-line candidates: normalisation, news sentences left out, one
// record per distinct line.
#include "checker/corpus/template_lines.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace newslint::corpus {
namespace {

TemplateLineExtractor Extractor() {
  TemplateLineSettings s;
  s.furniture = {"©|\\ball rights reserved\\b", "\\bnewsletter\\b"};
  return TemplateLineExtractor(s);
}

TEST(TemplateLines, NormalisationIgnoresNumbersMarkersAndCase) {
  EXPECT_EQ(NormaliseTemplateLine("© 2024 Example Media. All rights reserved."),
            NormaliseTemplateLine("© 2023 Example Media. All Rights Reserved"));
  EXPECT_EQ(NormaliseTemplateLine("  • Share this article:"), "share this article");
  EXPECT_EQ(NormaliseTemplateLine("## Related coverage"), "related coverage");
  EXPECT_NE(NormaliseTemplateLine("Read more"), NormaliseTemplateLine("Read less"));
}

TEST(TemplateLines, NewsSentencesAreNotCandidates) {
  auto x = Extractor();
  EXPECT_TRUE(
      x.IsNewsSentence("The war began in February 2022 when Russian troops crossed the border."));
  EXPECT_FALSE(x.IsNewsSentence("Example Wire is an independent news service"));  // no full stop
  EXPECT_FALSE(
      x.IsNewsSentence("Sign up for our newsletter to get the latest news every morning."));
  EXPECT_FALSE(x.IsNewsSentence("Latest News From The Region And Around The World Today."));
  EXPECT_FALSE(x.IsNewsSentence("Officials said so."));  // too short to tell
}

TEST(TemplateLines, OneRecordPerDistinctCandidateLine) {
  Article a = testing::MakeArticle(
      "Ports reopen\n\nShipping resumed on Monday after a storm closed the main ports for two "
      "days.\n\nShare This Article\n\nShare this article\n\n© 2024 Example Wire. All rights "
      "reserved.\n\n***\n");
  Document doc(a);
  std::vector<LineRecord> out;
  Extractor().Extract(doc, out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].excerpt, "Ports reopen");
  EXPECT_EQ(out[1].excerpt, "Share This Article");
  EXPECT_EQ(out[1].at.line, 5);
  EXPECT_EQ(out[2].excerpt, "© 2024 Example Wire. All rights reserved.");
}

}  // namespace
}  // namespace newslint::corpus
