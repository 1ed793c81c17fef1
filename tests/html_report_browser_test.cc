// The HTML report in a real browser: `newslint check --format html` over a
// small corpus with a hostile article, loaded by headless Chromium
// (`--dump-dom`, `--screenshot`). The DOM must show the counts the JSON
// report gives, and nothing the article injected may exist or have run: its
// script would rename the page and add an element, its image handler too.
// Skipped when Chromium is not installed (scripts/install-deps.sh installs
// Debian's `chromium`).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/report_test_support.h"
#include "tests/test_support.h"

namespace newslint {
namespace {

using test_support::Count;
using test_support::ReadWholeFile;
using test_support::Shown;
using testing::Binary;
using testing::RunCommand;
using testing::TempDir;

std::string FindChromium() {
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    auto r = RunCommand(std::string("command -v ") + name);
    if (r.exit_code == 0 && !r.out.empty()) return r.out.substr(0, r.out.find('\n'));
  }
  return "";
}

constexpr const char* kHostile =
    "---\n"
    "title: \"<script>document.title='PWNED'</script>\"\n"
    "source: \"\\\"><img id=injected-source src=x onerror=\\\"document.title='PWNED'\\\">\"\n"
    "---\n"
    "Breaking <script>document.title='PWNED';document.body.insertAdjacentHTML('beforeend',"
    "'<p id=\"pwned\">owned</p>')</script> news , today.\n"
    "\n"
    "\"><img id=\"injected\" src=x onerror=\"document.title='PWNED'\"> The focal bank raised "
    "rates.\n"
    "\n"
    "Subscribe now , it is free\n";

TEST(HtmlReportBrowser, ShowsTheCountsAndRunsNothingInjected) {
  std::string chromium = FindChromium();
  if (chromium.empty()) {
    GTEST_SKIP()
        << "chromium is not installed (Debian package `chromium`, see scripts/install-deps.sh)";
  }
  TempDir dir;
  dir.Write("corpus/wire/hostile.md", kHostile);
  dir.Write("corpus/wire/rates.txt", "The focal bank met on Sunday , May 19.\n");
  dir.Write("corpus/other/clean.txt", "Markets closed higher on the day, traders said.\n");
  std::string corpus = dir.path() + "/corpus", report = dir.path() + "/report.html";
  auto check = RunCommand(Binary() + " check --no-config --fail-on never --format html --output '" +
                          report + "' '" + corpus + "'");
  ASSERT_EQ(check.exit_code, 0) << check.err;
  auto json =
      RunCommand(Binary() + " check --no-config --fail-on never --format json '" + corpus + "'");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  auto summary = nlohmann::json::parse(json.out)["summary"];
  int findings = summary["findings"].get<int>();
  ASSERT_GT(findings, 3);

  std::string flags =
      " --headless --disable-gpu --no-sandbox --no-first-run --disable-extensions"
      " --disable-dev-shm-usage --user-data-dir='" +
      dir.path() + "/profile'";
  auto dump =
      RunCommand("timeout 120 '" + chromium + "'" + flags + " --dump-dom 'file://" + report + "'");
  ASSERT_EQ(dump.exit_code, 0) << dump.err;
  const std::string& dom = dump.out;
  ASSERT_NE(dom.find("</html>"), std::string::npos) << dump.err;

  // The counts the page shows are the run's.
  EXPECT_EQ(Shown(dom, "count-articles"), summary["documents"].get<int>());
  EXPECT_EQ(Shown(dom, "count-findings"), findings);
  for (const char* s : {"error", "warning", "info"}) {
    EXPECT_EQ(Shown(dom, std::string("count-") + s), summary["by_severity"][s].get<int>()) << s;
  }
  EXPECT_EQ(static_cast<int>(Count(dom, "<li class=\"finding ")), findings);
  EXPECT_EQ(Count(dom, "<section class=\"article\""), 2u);  // the clean article has none
  EXPECT_NE(dom.find("1 article without findings"), std::string::npos);

  // Nothing injected ran or exists: the title is the report's, no element the
  // article's markup would have made, no script at all.
  EXPECT_NE(dom.find("<title>newslint report</title>"), std::string::npos);
  EXPECT_EQ(dom.find("PWNED</title>"), std::string::npos);
  EXPECT_EQ(dom.find("<p id=\"pwned\""), std::string::npos);
  EXPECT_EQ(dom.find("<img"), std::string::npos);
  EXPECT_EQ(dom.find("<script"), std::string::npos);
  // ... while the article's text is there, as text.
  EXPECT_NE(dom.find("Breaking &lt;script&gt;document.title='PWNED'"), std::string::npos);

  std::string png = dir.path() + "/report.png";
  auto shot = RunCommand("timeout 120 '" + chromium + "'" + flags +
                         " --hide-scrollbars --window-size=1280,1600 --screenshot='" + png +
                         "' 'file://" + report + "'");
  ASSERT_EQ(shot.exit_code, 0) << shot.err;
  std::string image = ReadWholeFile(png);
  ASSERT_GT(image.size(), 10000u);
  EXPECT_EQ(image.substr(0, 8), "\x89PNG\r\n\x1a\n");
  if (const char* keep = std::getenv("NEWSLINT_KEEP_SCREENSHOT")) {
    RunCommand("cp '" + png + "' '" + keep + "' && cp '" + report + "' '" + keep + ".html'");
  }
}

}  // namespace
}  // namespace newslint
