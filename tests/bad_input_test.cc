// Hostile inputs through the real binary, as CI would feed them: each gives
// its documented error, the good article beside it is still checked, and the
// exit status follows the spec (1 for an unreadable article, 2 for a run
// that cannot be done as asked). Inputs are built at test time.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "tests/test_support.h"

namespace newslint {
namespace {

using testing::Binary;
using testing::RunCommand;
using testing::SourceDir;
using testing::TempDir;
using namespace std::string_literals;

// A clean batch member with exactly one finding: the witness that the rest
// of the corpus was still checked.
constexpr const char* kGoodArticle = "A title\n\nIt rained on Sunday , they said.\n";

struct Outcome {
  int exit_code = -1;
  nlohmann::json report;
  std::string err;
};

Outcome CheckDir(const TempDir& dir, const std::string& extra = "",
                 const std::string& env = "") {
  auto r = RunCommand("cd " + SourceDir() + " && " + env + " " + Binary() +
                      " check --no-config --no-corpus --format json " + extra + " " + dir.path() +
                      "/corpus");
  Outcome o;
  o.exit_code = r.exit_code;
  o.err = r.err;
  if (!r.out.empty()) o.report = nlohmann::json::parse(r.out);
  return o;
}

TempDir CorpusWithGoodArticle() {
  TempDir dir;
  dir.Write("corpus/a-good.txt", kGoodArticle);
  return dir;
}

bool GoodArticleChecked(const Outcome& o) {
  for (const auto& f : o.report["findings"]) {
    if (f["path"].get<std::string>().ends_with("/a-good.txt") &&
        f["rule"] == "typography.space-before-punctuation") {
      return true;
    }
  }
  return false;
}

// The one input error of the run, as JSON.
nlohmann::json OnlyError(const Outcome& o) {
  EXPECT_EQ(o.report["errors"].size(), 1u) << o.report["errors"].dump();
  return o.report["errors"].empty() ? nlohmann::json() : o.report["errors"][0];
}

TEST(BadInput, InvalidUtf8) {
  TempDir dir = CorpusWithGoodArticle();
  dir.Write("corpus/b.txt", "Title\n\nCaf\xE9 au lait\n");
  Outcome o = CheckDir(dir);
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_TRUE(GoodArticleChecked(o));
  auto e = OnlyError(o);
  EXPECT_EQ(e["message"], "invalid UTF-8 (byte 0xE9)");
  EXPECT_EQ(e["line"], 3);
  EXPECT_EQ(e["column"], 4);
  EXPECT_NE(o.err.find("/corpus/b.txt:3:4: invalid UTF-8"), std::string::npos) << o.err;
}

TEST(BadInput, NulBytes) {
  TempDir dir = CorpusWithGoodArticle();
  dir.Write("corpus/b.md", std::string("Title\n\nA NUL \0 in the middle.\n"s));
  Outcome o = CheckDir(dir);
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_TRUE(GoodArticleChecked(o));
  auto e = OnlyError(o);
  EXPECT_EQ(e["message"], "NUL byte: binary data, not a text article");
  EXPECT_EQ(e["line"], 3);
  EXPECT_EQ(e["column"], 7);
}

TEST(BadInput, HundredMegabyteSingleLine) {
  TempDir dir = CorpusWithGoodArticle();
  {
    std::ofstream big(dir.path() + "/corpus/b-huge.txt", std::ios::binary);
    std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 100; ++i) big << chunk;
  }
  // By default the article is over limits.article_bytes (64 MiB) and is
  // refused before it is read into memory.
  Outcome o = CheckDir(dir);
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_TRUE(GoodArticleChecked(o));
  auto e = OnlyError(o);
  EXPECT_EQ(e["message"],
            "article of 104857600 bytes exceeds the limit of 67108864 bytes (limits.article_bytes)");
  // With a larger article limit, the line is over limits.line_bytes.
  o = CheckDir(dir, "--limit article_bytes=128M");
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_TRUE(GoodArticleChecked(o));
  e = OnlyError(o);
  EXPECT_EQ(e["message"], "line longer than 4194304 bytes (limits.line_bytes): not an article's text");
  EXPECT_EQ(e["line"], 1);
  EXPECT_EQ(e["column"], 1);
}

TEST(BadInput, TruncatedJsonlLine) {
  TempDir dir = CorpusWithGoodArticle();
  dir.Write("corpus/b.jsonl",
            "{\"id\": \"whole\", \"text\": \"Rain , then sun.\"}\n{\"id\": \"cut\", \"text\": \"trunc");
  Outcome o = CheckDir(dir);
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_TRUE(GoodArticleChecked(o));
  auto e = OnlyError(o);
  EXPECT_EQ(e["record"], "2");
  EXPECT_EQ(e["line"], 2);
  EXPECT_NE(e["message"].get<std::string>().find("malformed JSONL record: syntax error"),
            std::string::npos);
  EXPECT_EQ(o.report["summary"]["documents"], 2);  // the good article and record "whole"
}

TEST(BadInput, FrontMatterThatNeverCloses) {
  TempDir dir = CorpusWithGoodArticle();
  dir.Write("corpus/b.md", "---\ntitle: Open\ndate: 2024-05-19\n\nThe body , never reached.\n");
  Outcome o = CheckDir(dir);
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_TRUE(GoodArticleChecked(o));
  auto e = OnlyError(o);
  EXPECT_EQ(e["message"], "front matter opened on line 1 is never closed (no '---' line)");
  EXPECT_EQ(e["line"], 1);
}

TEST(BadInput, BinaryFile) {
  TempDir dir = CorpusWithGoodArticle();
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  dir.Write("corpus/b-image.txt", png);  // named as an article
  dir.Write("corpus/c-image.png", png);  // not an article's extension: skipped
  Outcome o = CheckDir(dir);
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_TRUE(GoodArticleChecked(o));
  auto e = OnlyError(o);
  EXPECT_TRUE(e["path"].get<std::string>().ends_with("b-image.txt"));
  EXPECT_EQ(e["message"], "NUL byte: binary data, not a text article");
}

TEST(BadInput, EmptyFileIsAnEmptyArticle) {
  TempDir dir = CorpusWithGoodArticle();
  dir.Write("corpus/b-empty.txt", "");
  dir.Write("corpus/c-empty.jsonl", "");
  dir.Write("corpus/d-empty.md", "");
  Outcome o = CheckDir(dir);
  EXPECT_EQ(o.exit_code, 0);  // nothing wrong with it; the witness is a warning
  EXPECT_TRUE(GoodArticleChecked(o));
  EXPECT_TRUE(o.report["errors"].empty());
  EXPECT_EQ(o.report["summary"]["documents"], 3);  // good, empty .txt, empty .md
}

TEST(BadInput, DirectorySymlinkLoop) {
  TempDir dir = CorpusWithGoodArticle();
  ASSERT_EQ(symlink((dir.path() + "/corpus").c_str(), (dir.path() + "/corpus/loop").c_str()), 0);
  ASSERT_EQ(symlink("..", (dir.path() + "/corpus/up").c_str()), 0);
  Outcome o = CheckDir(dir);
  EXPECT_EQ(o.exit_code, 0);
  EXPECT_TRUE(GoodArticleChecked(o));
  EXPECT_EQ(o.report["summary"]["documents"], 1);
}

TEST(BadInput, FileDeletedDuringTheRun) {
  TempDir dir = CorpusWithGoodArticle();
  std::string doomed = dir.Write("corpus/b-doomed.txt", kGoodArticle);
  Outcome o = CheckDir(dir, "", "NEWSLINT_TEST_AFTER_WALK='rm " + doomed + "'");
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_TRUE(GoodArticleChecked(o));
  auto e = OnlyError(o);
  EXPECT_EQ(e["path"], doomed);
  EXPECT_EQ(e["message"], "cannot read: No such file or directory");
}

TEST(BadInput, UnreadableRuleFile) {
  TempDir dir = CorpusWithGoodArticle();
  dir.Write("rules/ok.yaml",
            "id: house.ok\ntype: existence\ncategory: boilerplate.residue\nseverity: warning\n"
            "scope: line\nmessage: x\ntokens: [click here]\n");
  ASSERT_EQ(symlink("nowhere.yaml", (dir.path() + "/rules/bad.yaml").c_str()), 0);
  Outcome o = CheckDir(dir, "--rules " + dir.path() + "/rules");
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_TRUE(o.report.is_null());  // no report from a run that could not be done
  EXPECT_NE(o.err.find(dir.path() + "/rules/bad.yaml:1:1: cannot read the file"), std::string::npos)
      << o.err;
  if (geteuid() != 0) {  // root reads whatever the permissions say
    std::filesystem::remove(dir.path() + "/rules/bad.yaml");
    std::string locked = dir.Write("rules/locked.yaml", "id: x\n");
    chmod(locked.c_str(), 0);
    o = CheckDir(dir, "--rules " + dir.path() + "/rules");
    EXPECT_EQ(o.exit_code, 2);
    EXPECT_NE(o.err.find(locked + ":1:1: cannot read the file"), std::string::npos) << o.err;
  }
}

std::string BillionLaughs(const std::string& indent) {
  std::string bomb = indent + "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (char c = 'b'; c <= 'i'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    bomb += indent + std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 9; ++i) bomb += "*" + prev + (i < 8 ? ", " : "");
    bomb += "]\n";
  }
  return bomb;
}

TEST(BadInput, YamlBombInARuleFile) {
  TempDir dir = CorpusWithGoodArticle();
  std::string rule = dir.Write(
      "rules/bomb.yaml", "id: house.bomb\ntype: existence\ncategory: boilerplate.residue\n"
                         "severity: warning\nscope: line\nmessage: x\ntokens: [click here]\n"
                         "examples:\n  flag: [click here]\n  pass: [fine]\n" +
                             std::string("data:\n") + BillionLaughs("  "));
  Outcome o = CheckDir(dir, "--rules " + dir.path() + "/rules");
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.err.find(rule + ":"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("once its aliases are expanded (limits.yaml_nodes)"), std::string::npos)
      << o.err;
}

TEST(BadInput, YamlBombInFrontMatter) {
  TempDir dir = CorpusWithGoodArticle();
  dir.Write("corpus/b-bomb.md", "---\ntitle: Boom\n" + BillionLaughs("") + "---\nBody , here.\n");
  Outcome o = CheckDir(dir);
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_TRUE(GoodArticleChecked(o));
  auto e = OnlyError(o);
  EXPECT_NE(e["message"].get<std::string>().find("front matter: YAML document of more than"),
            std::string::npos)
      << e.dump();
  EXPECT_GE(e["line"].get<int>(), 2);
}

std::string UserRule(const std::string& pattern) {
  return "id: house.pattern\ntype: existence\ncategory: boilerplate.residue\nseverity: warning\n"
         "scope: line\nmessage: \"pattern: {match}\"\npatterns: ['" + pattern + "']\n"
         "examples:\n  flag: [aaa]\n  pass: [\"b\"]\n";
}

TEST(BadInput, PathologicalRegexInAUserRule) {
  TempDir dir = CorpusWithGoodArticle();
  // A program too large for limits.regex_memory: refused at load, file:line:col.
  std::string pattern;
  for (int i = 0; i < 12; ++i) pattern += "\\pL{1000}";
  std::string rule = dir.Write("rules/huge.yaml", UserRule(pattern));
  Outcome o = CheckDir(dir, "--rules " + dir.path() + "/rules");
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.err.find(rule + ":7:12: bad pattern: pattern too large"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("(limits.regex_memory)"), std::string::npos) << o.err;
  // Catastrophic backtracking elsewhere is linear time in RE2: the run ends
  // with its finding on a long line built to defeat backtracking engines.
  std::filesystem::remove(rule);
  dir.Write("rules/nested.yaml", UserRule("^(a+)+$"));
  dir.Write("corpus/b-aaa.txt", "Title\n\n" + std::string(100000, 'a') + "\n");
  o = CheckDir(dir, "--rules " + dir.path() + "/rules");
  EXPECT_EQ(o.exit_code, 0);
  EXPECT_TRUE(GoodArticleChecked(o));
  int hits = 0;
  for (const auto& f : o.report["findings"]) hits += f["rule"] == "house.pattern";
  EXPECT_EQ(hits, 1);
}

TEST(BadInput, TooManyFindingsAreCappedWithAnError) {
  TempDir dir = CorpusWithGoodArticle();
  std::string noisy = "Title\n\n";
  for (int i = 0; i < 50; ++i) noisy += "Rain , then sun on day " + std::to_string(i) + ".\n\n";
  dir.Write("corpus/b-noisy.txt", noisy);
  Outcome o = CheckDir(dir, "--limit findings_per_article=5");
  EXPECT_EQ(o.exit_code, 1);
  EXPECT_TRUE(GoodArticleChecked(o));
  auto e = OnlyError(o);
  EXPECT_EQ(e["line"], 13);  // the sixth finding
  EXPECT_TRUE(e["message"].get<std::string>().ends_with(
      " findings, over the limit of 5 per article (limits.findings_per_article): the rest "
      "from here on are not reported"))
      << e.dump();
  int noisy_findings = 0;
  for (const auto& f : o.report["findings"]) {
    noisy_findings += f["path"].get<std::string>().ends_with("b-noisy.txt");
  }
  EXPECT_EQ(noisy_findings, 5);
}

TEST(BadInput, LimitOptionIsChecked) {
  TempDir dir = CorpusWithGoodArticle();
  EXPECT_EQ(CheckDir(dir, "--limit nonsense=3").exit_code, 2);
  EXPECT_EQ(CheckDir(dir, "--limit line_bytes").exit_code, 2);
  EXPECT_EQ(CheckDir(dir, "--limit line_bytes=-1").exit_code, 2);
}

}  // namespace
}  // namespace newslint
