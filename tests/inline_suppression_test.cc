// Inline suppression: newslint-disable / enable / disable-next-line comments
// in Markdown articles, and per-path overrides for text articles.
#include "checker/inline_suppression.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace newslint {
namespace {

using testing::Binary;
using testing::RunCommand;
using testing::TempDir;

Finding At(int line, std::string rule, std::string category) {
  Finding f;
  f.line = f.end_line = line;
  f.rule = std::move(rule);
  f.category = std::move(category);
  return f;
}

TEST(InlineSuppression, DirectivesAreFoundAndBlankedOut) {
  std::string text =
      "# Title\n"
      "<!-- newslint-disable text.typography, spinner.tortured-phrases -->\n"
      "Body.\n"
      "<!-- an ordinary comment -->\n"
      "<!--newslint-enable-->\n";
  std::string original = text;
  auto s = InlineSuppressions::ExtractFrom(text, 4);
  ASSERT_EQ(s.directives().size(), 2u);
  EXPECT_EQ(s.directives()[0].kind, SuppressionDirective::Kind::kDisable);
  EXPECT_EQ(s.directives()[0].names,
            (std::vector<std::string>{"text.typography", "spinner.tortured-phrases"}));
  EXPECT_EQ(s.directives()[0].line, 5);
  EXPECT_EQ(s.directives()[0].start_line, 5);
  EXPECT_EQ(s.directives()[0].start_column, 1);
  EXPECT_EQ(s.directives()[1].kind, SuppressionDirective::Kind::kEnable);
  EXPECT_TRUE(s.directives()[1].names.empty());
  EXPECT_EQ(s.directives()[1].line, 8);
  // Same size and line ends, so every other position is unchanged.
  ASSERT_EQ(text.size(), original.size());
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 5);
  EXPECT_EQ(text.find("newslint"), std::string::npos);
  EXPECT_NE(text.find("<!-- an ordinary comment -->"), std::string::npos);
}

TEST(InlineSuppression, DisableEnableByIdCategoryAndAll) {
  std::string text =
      "line 1\n"
      "<!-- newslint-disable text.typography -->\n"  // 2
      "line 3\n"
      "<!-- newslint-enable typography.unbalanced-marks -->\n"  // 4
      "line 5\n"
      "<!-- newslint-enable text.typography -->\n"  // 6
      "line 7\n"
      "<!-- newslint-disable -->\n"  // 8
      "line 9\n"
      "<!-- newslint-enable text.spun -->\n"  // 10
      "line 11\n"
      "<!-- newslint-enable -->\n"  // 12
      "line 13\n";
  auto s = InlineSuppressions::ExtractFrom(text, 1);
  auto space = [](int line) {
    return At(line, "typography.space-before-punctuation", "text.typography");
  };
  auto marks = [](int line) { return At(line, "typography.unbalanced-marks", "text.typography"); };
  auto spun = [](int line) { return At(line, "spinner.tortured-phrases", "text.spun"); };
  EXPECT_FALSE(s.Suppresses(space(1)));
  EXPECT_TRUE(s.Suppresses(space(3)));
  EXPECT_TRUE(s.Suppresses(marks(3)));
  EXPECT_FALSE(s.Suppresses(spun(3)));
  EXPECT_TRUE(s.Suppresses(space(5)));
  EXPECT_FALSE(s.Suppresses(marks(5)));  // re-enabled by id inside its category
  EXPECT_FALSE(s.Suppresses(space(7)));
  EXPECT_TRUE(s.Suppresses(space(9)));
  EXPECT_TRUE(s.Suppresses(spun(9)));
  EXPECT_TRUE(s.Suppresses(space(11)));
  EXPECT_FALSE(s.Suppresses(spun(11)));
  EXPECT_FALSE(s.Suppresses(space(13)));
}

TEST(InlineSuppression, DisableNextLineCoversOneLine) {
  std::string text =
      "<!-- newslint-disable-next-line text.typography -->\n"  // 1
      "line 2\n"
      "line 3\n"
      "<!-- newslint-disable-next-line -->\n"  // 4
      "line 5\n";
  auto s = InlineSuppressions::ExtractFrom(text, 1);
  EXPECT_TRUE(s.Suppresses(At(2, "typography.space-before-punctuation", "text.typography")));
  EXPECT_FALSE(s.Suppresses(At(2, "spinner.tortured-phrases", "text.spun")));
  EXPECT_FALSE(s.Suppresses(At(3, "typography.space-before-punctuation", "text.typography")));
  EXPECT_TRUE(s.Suppresses(At(5, "spinner.tortured-phrases", "text.spun")));
}

struct Hit {
  int line;
  std::string rule;
  bool operator==(const Hit&) const = default;
};
std::ostream& operator<<(std::ostream& os, const Hit& h) { return os << h.line << " " << h.rule; }

std::vector<Hit> Hits(const std::string& json) {
  std::vector<Hit> out;
  auto report = nlohmann::json::parse(json);
  for (const auto& f : report["findings"]) {
    out.push_back({f["line"].get<int>(), f["rule"].get<std::string>()});
  }
  return out;
}

// End to end: the directives in a Markdown article with front matter (so
// that lines count the whole file).
TEST(InlineSuppression, MarkdownArticleThroughTheBinary) {
  TempDir dir;
  dir.Write("a.md",
            "---\ntitle: Weather\n---\n"                                                 // 1-3
            "# Weather\n\n"                                                              // 4-5
            "It rained on Sunday , they said.\n\n"                                       // 6-7
            "<!-- newslint-disable-next-line typography.space-before-punctuation -->\n"  // 8
            "It snowed on Monday , they said.\n\n"                                       // 9-10
            "<!-- newslint-disable text.typography -->\n"                                // 11
            "It hailed on Tuesday , they said. The focal bank raised rates.\n"           // 12
            "<!-- newslint-enable -->\n\n"                                               // 13-14
            "It froze on Friday , they said.\n");                                        // 15
  auto r = RunCommand("cd " + dir.path() + " && " + Binary() +
                      " check --no-config --no-corpus --format json a.md");
  ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
  EXPECT_EQ(Hits(r.out), (std::vector<Hit>{{6, "typography.space-before-punctuation"},
                                           {12, "spinner.tortured-phrases"},
                                           {15, "typography.space-before-punctuation"}}))
      << r.out;
}

// The comments are not article text: repeated, or shared by many articles of
// one source, they flag nothing (no duplicate line, no template line).
TEST(InlineSuppression, CommentsThemselvesProduceNoFindings) {
  TempDir dir;
  for (const char* name : {"a", "b", "c", "d"}) {
    dir.Write(std::string("src/") + name + ".md",
              std::string("# Story ") + name +
                  "\n\n"
                  "<!-- newslint-disable-next-line text.spun -->\n"
                  "A plain sentence about the weather in town " +
                  name +
                  ".\n\n"
                  "<!-- newslint-disable-next-line text.spun -->\n"
                  "Another plain sentence about the harbour.\n\n"
                  "<!-- newslint-disable Share This Article -->\n"
                  "<!-- newslint-enable -->\n");
  }
  auto r = RunCommand("cd " + dir.path() + " && " + Binary() +
                      " check --no-config --format json --fail-on info src");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(Hits(r.out).empty()) << r.out;
}

// A name that is neither a rule in force nor a category suppresses nothing:
// a warning names the directive's place.
TEST(InlineSuppression, UnknownNamesAreWarnedAbout) {
  TempDir dir;
  dir.Write("a.md",
            "# Weather\n\n"
            "Text. <!-- newslint-disable text.typograhpy, spinner.tortured-phrases -->\n"
            "It rained on Sunday , they said.\n");
  auto r = RunCommand("cd " + dir.path() + " && " + Binary() +
                      " check --no-config --no-corpus --format json a.md");
  EXPECT_NE(r.err.find("newslint: warning: a.md:3:7: 'text.typograhpy' names no rule or "
                       "category in force\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("spinner.tortured-phrases"), std::string::npos) << r.err;
  EXPECT_EQ(Hits(r.out), (std::vector<Hit>{{4, "typography.space-before-punctuation"}}));
}

// Text articles have no comments: a per-path override in .newslint.yaml turns
// rules off for them.
TEST(InlineSuppression, PerPathOverrideDisablesRulesForTextArticles) {
  TempDir dir;
  dir.Write(".newslint.yaml",
            "overrides:\n"
            "  - paths: ['press/*.txt']\n"
            "    disable: [text.typography]\n");
  const char* text = "A title\n\nIt rained on Sunday , they said.\n";
  dir.Write("press/release.txt", text);
  dir.Write("news/story.txt", text);
  auto r = RunCommand("cd " + dir.path() + " && " + Binary() +
                      " check --no-corpus --format json --fail-on info press news");
  ASSERT_EQ(r.exit_code, 1) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["findings"].size(), 1u) << r.out;
  EXPECT_EQ(j["findings"][0]["path"], "news/story.txt");
}

}  // namespace
}  // namespace newslint

namespace newslint {
namespace {

// Findings of the cross-article pass (claim conflicts, template lines) are
// added after the per-article rules; the directives apply to them too.
TEST(InlineSuppression, AppliesToCrossArticleFindings) {
  TempDir dir;
  ASSERT_NO_FATAL_FAILURE(testing::CopyCrossCorpusSilencingAccordConflict(dir));

  auto r = RunCommand("cd " + dir.path() + " && " + Binary() +
                      " check --no-config --format json --fail-on never cross");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto report = nlohmann::json::parse(r.out);
  std::vector<int> signed_lines, anniversary;
  for (const auto& f : report["findings"]) {
    if (f["rule"] != "corpus.claim-conflict") continue;
    if (f["path"] == "cross/disputed/accord-signed.md") signed_lines.push_back(f["line"]);
    if (f["path"] == "cross/disputed/accord-anniversary.md") anniversary.push_back(f["line"]);
  }
  // The signing date's conflict is gone from this article (line 9 now); the
  // points conflict two lines below stays, and so does the other side.
  EXPECT_EQ(signed_lines, std::vector<int>{11}) << r.out;
  EXPECT_EQ(anniversary.size(), 2u) << r.out;
}

}  // namespace
}  // namespace newslint
