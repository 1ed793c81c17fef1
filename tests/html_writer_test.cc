// The HTML report (reports/html_writer.h) by its structure: the counts it
// shows, the worst-first table, the bar charts, the highlighted spans and
// finding entries, and the escaping of a hostile article whose text, title,
// source, path and messages carry markup and script.
#include <gtest/gtest.h>


#include "checker/document.h"
#include "tests/report_test_support.h"
#include "tests/sample_report.h"

namespace newslint {
namespace {

using test_support::Count;
using test_support::FindingAt;
using test_support::Render;
using test_support::Shown;

constexpr const char* kHostileText =
    "Breaking <script>document.title='PWNED';document.body.insertAdjacentHTML('beforeend',"
    "'<p id=pwned>x</p>')</script> news , today.\n"
    "\"><img src=x onerror=\"document.title='PWNED'\"> & more\n";

struct Fixture {
  std::shared_ptr<Article> calm, hostile, clean;
  RunReport report;
};

Finding Flag(const Document& doc, std::string_view excerpt, std::string rule, std::string category,
             Severity severity, std::string message) {
  Finding f = FindingAt(doc, excerpt);
  f.rule = std::move(rule);
  f.category = std::move(category);
  f.severity = severity;
  f.message = std::move(message);
  return f;
}

Fixture MakeFixture() {
  Fixture x;
  x.calm = std::make_shared<Article>();
  x.calm->path = "wire/calm.md";
  x.calm->format = "md";
  x.calm->first_line = 4;
  x.calm->meta.source = "Wire Service";
  x.calm->text = "Calm day.\nThe focal bank met on Sunday , May 19.\n";
  x.hostile = std::make_shared<Article>();
  x.hostile->path = "feeds/<b>evil</b>.txt";
  x.hostile->format = "txt";
  x.hostile->meta.title = "<script>document.title='PWNED'</script>";
  x.hostile->meta.source = "\"><img src=x onerror=alert(1)>";
  x.hostile->text = kHostileText;
  x.clean = std::make_shared<Article>();
  x.clean->path = "wire/clean.txt";
  x.clean->format = "txt";
  x.clean->text = "Nothing to see.\n";

  Document calm(*x.calm), hostile(*x.hostile);
  DocumentReport d1;
  d1.path = x.calm->path;
  d1.article = x.calm;
  d1.findings.push_back(Flag(calm, "focal bank", "spinner.tortured-phrases", "text.spun",
                             Severity::kWarning,
                             "\u201Cfocal bank\u201D looks like spinner output"));
  d1.findings.back().suggestion = "central bank";
  d1.findings.back().fix_safe = true;
  d1.findings.push_back(Flag(calm, " ,", "typography.space-before-punctuation", "text.typography",
                             Severity::kWarning, "space before \u201C,\u201D"));
  DocumentReport d2;
  d2.path = x.hostile->path;
  d2.article = x.hostile;
  d2.findings.push_back(Flag(hostile, "<script>document.title='PWNED'", "dates.invalid-date",
                             "date.invalid", Severity::kError,
                             "<img src=x onerror=alert(2)> is not a date"));
  d2.findings.back().evidence = "<script>alert(3)</script>";
  d2.findings.back().related.push_back({x.calm->path, std::nullopt, 5, 5, 5, 15, "\"><b>see</b>"});
  // Overlaps the first finding: the markup must still nest.
  d2.findings.push_back(Flag(hostile, "title='PWNED';document.body", "text.rule", "text.duplicate",
                             Severity::kInfo, "overlap"));
  d2.findings.push_back(Flag(hostile, "\"><img src=x onerror=\"document.title='PWNED'\"> & more\n",
                             "boilerplate.page-furniture", "boilerplate.residue", Severity::kError,
                             "furniture"));
  DocumentReport d3;
  d3.path = x.clean->path;
  d3.article = x.clean;
  x.report.tool_version = "0.1.0";
  x.report.documents = {d1, d2, d3};
  x.report.errors.push_back(
      {"bad.jsonl", std::string("r<1>"), 2, 3, std::nullopt, "invalid <JSON>"});
  return x;
}

TEST(HtmlWriter, ShowsTheCountsChartsAndWorstArticlesFirst) {
  Fixture x = MakeFixture();
  std::string html = Render("html", x.report);
  EXPECT_EQ(Shown(html, "count-articles"), 3);
  EXPECT_EQ(Shown(html, "count-findings"), 5);
  EXPECT_EQ(Shown(html, "count-error"), 2);
  EXPECT_EQ(Shown(html, "count-warning"), 2);
  EXPECT_EQ(Shown(html, "count-info"), 1);
  EXPECT_EQ(Shown(html, "count-input-errors"), 1);
  // Charts: five categories, three severities, two sources.
  EXPECT_EQ(Count(html, "<svg class=\"chart by-category\""), 1u);
  EXPECT_NE(html.find("data-label=\"text.spun\" data-count=\"1\""), std::string::npos);
  EXPECT_NE(html.find("class=\"bar sev-error\" data-label=\"error\" data-count=\"2\""),
            std::string::npos);
  EXPECT_NE(html.find("data-label=\"Wire Service\" data-count=\"2\""), std::string::npos);
  EXPECT_EQ(Count(html, "<g class=\"bar"), 5u + 3u + 2u);
  // The table: the hostile article (2 errors) before the calm one; the clean one counted apart.
  size_t table = html.find("<table class=\"worst\">");
  ASSERT_NE(table, std::string::npos);
  EXPECT_LT(html.find("href=\"#a2\"", table), html.find("href=\"#a1\"", table));
  EXPECT_EQ(Count(html, "<tr data-findings="), 2u);
  EXPECT_NE(html.find("1 article without findings"), std::string::npos);
  // One section per article with findings, one entry per finding.
  EXPECT_EQ(Count(html, "<section class=\"article\""), 2u);
  EXPECT_EQ(Count(html, "<li class=\"finding "), 5u);
  EXPECT_EQ(Count(html, "<sup class=\"ref\">"), 5u);
  // Lines numbered as in the file: the calm article's body starts on line 4.
  EXPECT_NE(html.find("id=\"a1-l5\" data-n=\"5\">The <mark class=\"sev-warning\""),
            std::string::npos);
  EXPECT_NE(html.find("<q>central bank</q> <span class=\"badge safe\">"), std::string::npos);
  // The related location links to the calm article's line.
  EXPECT_NE(html.find("<a href=\"#a1-l5\"><code>wire/calm.md:5:5</code></a>"), std::string::npos);
}

TEST(HtmlWriter, MarksNestWhereFindingsOverlap) {
  Fixture x = MakeFixture();
  std::string html = Render("html", x.report);
  EXPECT_EQ(Count(html, "<mark "), Count(html, "</mark>"));
  EXPECT_EQ(Count(html, "<span class=\"line\""), 2u + 2u);
  // The overlap takes the colour of the worse finding and both titles.
  EXPECT_NE(
      html.find(
          "<mark class=\"sev-error\" title=\"1. &lt;img src=x onerror=alert(2)&gt; is not a date "
          "[dates.invalid-date]&#10;2. overlap [text.rule]\">title='PWNED'"),
      std::string::npos)
      << html;
}

TEST(HtmlWriter, EscapesAHostileArticle) {
  Fixture x = MakeFixture();
  std::string html = Render("html", x.report);
  std::string lower = html;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  EXPECT_EQ(lower.find("<script"), std::string::npos);
  EXPECT_EQ(lower.find("<img"), std::string::npos);
  EXPECT_EQ(lower.find("<b>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;document.title="), std::string::npos);
  EXPECT_NE(html.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
            std::string::npos);  // source
  EXPECT_NE(html.find("feeds/&lt;b&gt;evil&lt;/b&gt;.txt"), std::string::npos);
  EXPECT_NE(html.find("invalid &lt;JSON&gt;"), std::string::npos);
  EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
  // Self-contained: nothing is fetched.
  EXPECT_EQ(lower.find("src=\"http"), std::string::npos);
  EXPECT_EQ(lower.find("href=\"http"), std::string::npos);
  EXPECT_EQ(lower.find("<link"), std::string::npos);
}

TEST(HtmlWriter, ListsFindingsWhenTheTextWasNotKept) {
  std::string html = Render("html", test_support::SampleReport());
  EXPECT_NE(html.find("The article text was not kept"), std::string::npos);
  EXPECT_EQ(Count(html, "<mark "), 0u);
  EXPECT_EQ(Count(html, "<li class=\"finding "), Count(html, "data-rule="));
}

TEST(HtmlWriter, SumsTheSmallestSourcesPastTwentyBars) {
  RunReport report;
  for (int i = 0; i < 25; ++i) {
    DocumentReport doc;
    doc.path = "source" + std::to_string(100 + i) + "/a.txt";
    Finding f;
    f.rule = "r";
    f.category = "text.spun";
    for (int n = 0; n < 30 - i; ++n) doc.findings.push_back(f);  // source100 has the most
    report.documents.push_back(std::move(doc));
  }
  std::string html = Render("html", report);
  size_t chart = html.find("data-chart=\"source\"");
  std::string sources = html.substr(chart, html.find("</svg>", chart) - chart);
  EXPECT_EQ(Count(sources, "<g class=\"bar"), 20u);
  EXPECT_NE(sources.find("data-label=\"source100/\" data-count=\"30\""), std::string::npos);
  // source119/ to source124/: 11 + 10 + 9 + 8 + 7 + 6 findings.
  EXPECT_NE(sources.find("<g class=\"bar others\" data-label=\"6 others\" data-count=\"51\">"),
            std::string::npos);
}

TEST(HtmlWriter, ShortensLongChartLabelsKeepingTheEndOfAPath) {
  RunReport report;
  DocumentReport doc;
  doc.path = "/srv/crawls/2024/europe/wire-service/day-19/a.txt";
  Finding f;
  f.category = "a.very.long.category.name.for.the.chart";
  doc.findings.push_back(f);
  report.documents.push_back(doc);
  std::string html = Render("html", report);
  EXPECT_NE(html.find(">\u2026pe/wire-service/day-19/</text>"), std::string::npos);
  EXPECT_NE(html.find(">a.very.long.category.na\u2026</text>"), std::string::npos);
  // The whole label stays in the tooltip.
  EXPECT_NE(html.find("<title>/srv/crawls/2024/europe/wire-service/day-19/: 1</title>"),
            std::string::npos);
}

TEST(HtmlWriter, AsksTheRunToKeepArticles) {
  EXPECT_TRUE(MakeWriter("html", {})->ShowsArticles());
  EXPECT_FALSE(MakeWriter("json", {})->ShowsArticles());
}

}  // namespace
}  // namespace newslint
