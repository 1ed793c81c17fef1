// `newslint fix`: planning edits from findings (checker/fix/fix_plan.h),
// carrying them back to a file's bytes (source_edits.h), the unified diff,
// and the command end to end: --diff writes nothing, --in-place keeps every
// untouched byte (CRLF, BOM, front matter), a second run changes nothing,
// findings that need judgement stay, and the exit status.
#include <gtest/gtest.h>

#include <filesystem>

#include "checker/article_reader.h"
#include "checker/fix/fix_plan.h"
#include "checker/fix/source_edits.h"
#include "checker/fix/unified_diff.h"
#include "tests/report_test_support.h"
#include "tests/test_support.h"

namespace newslint {
namespace {

using test_support::ReadWholeFile;
using testing::Binary;
using testing::RunCommand;
using testing::TempDir;

Finding SafeFix(std::string_view text, std::string_view excerpt, std::string suggestion,
                bool safe = true) {
  Finding f;
  f.begin = text.find(excerpt);
  f.end = f.begin + excerpt.size();
  f.excerpt = std::string(excerpt);
  f.suggestion = std::move(suggestion);
  f.fix_safe = safe;
  f.rule = "test.rule";
  return f;
}

TEST(FixPlan, TakesOnlySafeFindingsWithTheirSuggestion) {
  std::string text = "The focal bank met on February 30, 2024 , they said.\n";
  std::vector<Finding> findings = {
      SafeFix(text, "focal bank", "central bank"),
      SafeFix(text, "February 30, 2024", "February 29, 2024", false),  // needs judgement
      SafeFix(text, " ,", ","),
  };
  FixPlan plan = PlanFixes(text, findings);
  ASSERT_EQ(plan.edits.size(), 2u);
  EXPECT_EQ(plan.edits[0].replacement, "central bank");
  EXPECT_EQ(plan.edits[1].replacement, ",");
  EXPECT_EQ(plan.edits[1].begin, text.find(" ,"));
  EXPECT_EQ(plan.deferred, 0u);
}

TEST(FixPlan, OverlappingFixesWaitForTheNextPass) {
  std::string text = "Subscribe now , it is free\nNews.\n";
  std::vector<Finding> findings = {SafeFix(text, "Subscribe now , it is free", ""),
                                   SafeFix(text, " ,", ",")};
  FixPlan plan = PlanFixes(text, findings);
  ASSERT_EQ(plan.edits.size(), 1u);
  EXPECT_EQ(plan.edits[0].begin, 0u);
  EXPECT_EQ(plan.edits[0].end, text.find("News."));  // the line and its line end
  EXPECT_EQ(plan.deferred, 1u);
}

TEST(FixPlan, DeletionKeepsTheLineWhenTheSpanIsPartOfIt) {
  std::string text = "Keep this. Drop this\n";
  FixPlan plan = PlanFixes(text, {SafeFix(text, "Drop this", "")});
  ASSERT_EQ(plan.edits.size(), 1u);
  EXPECT_EQ(text.substr(plan.edits[0].begin, plan.edits[0].end - plan.edits[0].begin), "Drop this");
}

TEST(FixPlan, LastLineWithoutLineEndKeepsTheLineEndBeforeIt) {
  std::string text = "News.\n  Share this article";
  FixPlan plan = PlanFixes(text, {SafeFix(text, "Share this article", "")});
  ASSERT_EQ(plan.edits.size(), 1u);
  EXPECT_EQ(plan.edits[0].begin, 6u);
  EXPECT_EQ(plan.edits[0].end, text.size());
}

// Applies a plan to a string, as ApplyToSource does to an LF file.
std::string Applied(std::string text, const FixPlan& plan) {
  for (auto e = plan.edits.rbegin(); e != plan.edits.rend(); ++e) {
    text.replace(e->begin, e->end - e->begin, e->replacement);
  }
  return text;
}

TEST(FixPlan, DroppedRunsOfFurnitureLeaveOneBlankLineAndNoneAtTheEnd) {
  std::string text = "Para.\n\nShare\n\nMost Read\n\nEnd para.\n\nSubscribe\n  \n\n(c) 2024\n\n";
  std::vector<Finding> findings = {SafeFix(text, "Share", ""), SafeFix(text, "Most Read", ""),
                                   SafeFix(text, "Subscribe", ""), SafeFix(text, "(c) 2024", "")};
  FixPlan first = PlanFixes(text, findings);
  EXPECT_EQ(first.deferred, 1u);  // the last line's edit reaches back over Subscribe's
  std::string once = Applied(text, first);
  EXPECT_EQ(once, "Para.\n\nEnd para.\n\n(c) 2024\n\n");
  std::vector<Finding> rest = {SafeFix(once, "(c) 2024", "")};
  EXPECT_EQ(Applied(once, PlanFixes(once, rest)), "Para.\n\nEnd para.\n");
}

TEST(FixPlan, SkipsFixesThatChangeNothing) {
  std::string text = "Already right.\n";
  FixPlan plan = PlanFixes(text, {SafeFix(text, "right", "right")});
  EXPECT_TRUE(plan.edits.empty());
}

TEST(SourceEdits, KeepsBomFrontMatterAndCrlf) {
  std::string file =
      "\xEF\xBB\xBF---\r\ntitle: A\r\n---\r\nThe focal bank met.\r\nSubscribe now\r\nEnd , "
      "here.\r\n";
  ReadOutcome read = ReadArticles("a.md", file, "md");
  ASSERT_EQ(read.articles.size(), 1u);
  const Article& a = read.articles[0];
  std::vector<Finding> findings = {SafeFix(a.text, "focal bank", "central bank"),
                                   SafeFix(a.text, "Subscribe now", ""),
                                   SafeFix(a.text, " ,", ",")};
  FixPlan plan = PlanFixes(a.text, findings);
  auto fixed = ApplyToSource(file, a, plan.edits);
  ASSERT_TRUE(fixed.has_value());
  EXPECT_EQ(*fixed,
            "\xEF\xBB\xBF---\r\ntitle: A\r\n---\r\nThe central bank met.\r\nEnd, here.\r\n");
}

TEST(SourceEdits, RefusesTextFromOtherBytes) {
  Article a = testing::MakeArticle("other text\n");
  EXPECT_FALSE(ApplyToSource("some text\n", a, {}).has_value());
}

TEST(UnifiedDiff, HunksWithContextAndLineEndsKept) {
  std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\r\n11\n12";
  std::string after = "1\n2\n3\n4\n5\nsix\n7\n8\n9\n10\r\n11\n12 end";
  EXPECT_EQ(UnifiedDiff(before, after, "a.txt"),
            "--- a.txt\n+++ a.txt\n"
            "@@ -3,10 +3,10 @@\n 3\n 4\n 5\n-6\n+six\n 7\n 8\n 9\n 10\r\n 11\n"
            "-12\n\\ No newline at end of file\n+12 end\n\\ No newline at end of file\n");
  EXPECT_EQ(UnifiedDiff(before, before, "a.txt"), "");
}

TEST(UnifiedDiff, SeparateHunksAndDeletedLines) {
  std::string before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
  std::string after = "b\nc\nd\ne\nf\ng\nh\ni\nJ\n";
  EXPECT_EQ(UnifiedDiff(before, after, "x"),
            "--- x\n+++ x\n@@ -1,4 +1,3 @@\n-a\n b\n c\n d\n@@ -7,4 +6,4 @@\n g\n h\n i\n-j\n+J\n");
}

// The article of the command tests: a CRLF Markdown file with front matter, a
// tortured phrase, a space before a comma, page furniture at the end, and an
// impossible date that only an editor can correct.
const char* kCrlfArticle =
    "---\r\ntitle: Rates rise\r\ndate: 2024-05-21\r\n---\r\n"
    "The focal bank raised rates , analysts said.\r\n"
    "\r\n"
    "The next meeting is on February 30, 2024.\r\n"
    "\r\n"
    "Subscribe now , it is free\r\n";

const char* kCrlfFixed =
    "---\r\ntitle: Rates rise\r\ndate: 2024-05-21\r\n---\r\n"
    "The central bank raised rates, analysts said.\r\n"
    "\r\n"
    "The next meeting is on February 30, 2024.\r\n";

std::string Fix(const std::string& options, const std::string& path) {
  return Binary() + " fix --no-config " + options + " '" + path + "'";
}

TEST(FixCommand, DiffShowsTheChangeAndWritesNothing) {
  TempDir dir;
  std::string path = dir.Write("rates.md", kCrlfArticle);
  auto r = RunCommand(Fix("--diff", path));
  EXPECT_EQ(ReadWholeFile(path), kCrlfArticle);
  EXPECT_NE(r.out.find("--- " + path + "\n+++ " + path + "\n@@ -2,8 +2,6 @@\n"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("-The focal bank raised rates , analysts said.\r\n"
                       "+The central bank raised rates, analysts said.\r\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("-Subscribe now , it is free\r\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\n The next meeting is on February 30, 2024.\r\n"),
            std::string::npos);  // context only
  EXPECT_NE(r.err.find("would apply 3 fixes in 1 file"), std::string::npos) << r.err;
  // The diff applies with patch and gives what --in-place writes.
  // (patch takes relative paths only: run both in the folder.)
  if (std::system("command -v patch >/dev/null 2>&1") == 0) {
    auto relative =
        RunCommand("cd '" + dir.path() + "' && " + Binary() + " fix --no-config --diff rates.md");
    dir.Write("rates.diff", relative.out);
    auto p = RunCommand("cd '" + dir.path() + "' && patch -s -p0 --binary -i rates.diff");
    EXPECT_EQ(p.exit_code, 0) << p.out << p.err;
    EXPECT_EQ(ReadWholeFile(path), kCrlfFixed);
  }
}

TEST(FixCommand, DryRunSaysWhatItWouldFix) {
  TempDir dir;
  std::string path = dir.Write("rates.md", kCrlfArticle);
  auto r = RunCommand(Fix("", path));
  EXPECT_EQ(ReadWholeFile(path), kCrlfArticle);
  EXPECT_NE(r.out.find("would fix " + path +
                       ":5:5: \u201Cfocal bank\u201D \u2192 \u201Ccentral bank\u201D"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("would fix " + path +
                       ":9:1: drop the line \u201CSubscribe now , it is free\u201D"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("would apply 3 fixes in 1 file"), std::string::npos) << r.out;
}

TEST(FixCommand, InPlaceKeepsUntouchedBytesAndReachesAFixedPoint) {
  TempDir dir;
  std::string path = dir.Write("rates.md", kCrlfArticle);
  std::filesystem::permissions(path, std::filesystem::perms(0640));
  auto first = RunCommand(Fix("--in-place --fail-on never", path));
  EXPECT_EQ(first.exit_code, 0) << first.out << first.err;
  EXPECT_EQ(ReadWholeFile(path), kCrlfFixed);
  EXPECT_EQ(std::filesystem::status(path).permissions(), std::filesystem::perms(0640));
  EXPECT_NE(first.out.find("applied 3 fixes in 1 file"), std::string::npos) << first.out;
  // No temporary file is left beside it.
  size_t files = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++files;
  EXPECT_EQ(files, 1u);

  auto second = RunCommand(Fix("--in-place --fail-on never", path));
  EXPECT_EQ(ReadWholeFile(path), kCrlfFixed);
  EXPECT_NE(second.out.find("applied 0 fixes in 0 files"), std::string::npos) << second.out;
  auto diff = RunCommand(Fix("--diff --fail-on never", path));
  EXPECT_EQ(diff.out, "");
}

TEST(FixCommand, InPlaceThroughASymlinkRewritesItsTarget) {
  TempDir dir;
  std::string target = dir.Write("store/rates.md", kCrlfArticle);
  std::string link = dir.path() + "/rates.md";
  std::filesystem::create_symlink(target, link);
  auto r = RunCommand(Fix("--in-place --fail-on never", link));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  EXPECT_EQ(ReadWholeFile(target), kCrlfFixed);
}

TEST(FixCommand, LeavesFindingsThatNeedJudgementAndFailsOnThem) {
  TempDir dir;
  std::string path = dir.Write("rates.md", kCrlfArticle);
  auto r = RunCommand(Fix("--in-place", path));
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;  // the impossible date is an error
  EXPECT_NE(ReadWholeFile(path).find("February 30, 2024"), std::string::npos);
  EXPECT_NE(r.out.find("[dates.invalid]"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("[spinner.tortured-phrases]", r.out.find("left after the fixes")),
            std::string::npos)
      << r.out;
}

TEST(FixCommand, CleanFileExitsZeroAndStaysAsItWas) {
  TempDir dir;
  std::string text = "Markets closed higher on the day, traders said.\n";
  std::string path = dir.Write("clean.txt", text);
  auto r = RunCommand(Fix("--in-place", path));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(ReadWholeFile(path), text);
}

TEST(FixCommand, SkipsJsonlWithAMessage) {
  TempDir dir;
  std::string line = "{\"id\": \"a\", \"text\": \"The focal bank raised rates , they said.\"}\n";
  std::string path = dir.Write("feed.jsonl", line);
  auto r = RunCommand(Fix("--in-place --fail-on never", path));
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(ReadWholeFile(path), line);
  EXPECT_NE(r.out.find(path + ": skipped: JSONL articles are not fixed"), std::string::npos)
      << r.out;
}

TEST(FixCommand, UsageErrorsExitTwo) {
  EXPECT_EQ(RunCommand(Binary() + " fix --no-config").exit_code, 2);
  EXPECT_EQ(RunCommand(Binary() + " fix --no-config --bogus x.txt").exit_code, 2);
  EXPECT_EQ(RunCommand(Binary() + " fix --no-config -").exit_code, 2);
}

}  // namespace
}  // namespace newslint
