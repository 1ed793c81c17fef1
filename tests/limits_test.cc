// The limits of checker/limits.h, one by one: each refuses its input with a
// message naming the place and the limit, and each is configurable.
#include "checker/limits.h"

#include <gtest/gtest.h>

#include "checker/article_reader.h"
#include "checker/config.h"
#include "checker/phrase_pattern.h"
#include "checker/yaml_view.h"
#include "tests/test_support.h"

namespace newslint {
namespace {

using testing::TempDir;

// Restores the process limits a test changed.
class ProcessLimitsGuard {
 public:
  ProcessLimitsGuard() : saved_(ProcessLimits()) {}
  ~ProcessLimitsGuard() { SetProcessLimits(saved_); }

 private:
  Limits saved_;
};

std::string LoadError_(const std::string& path) {
  try {
    LoadYamlFile(path);
  } catch (const LoadError& e) {
    return e.what();
  }
  return "";
}

TEST(Limits, ValuesTakeSizeSuffixesAndRefuseNonsense) {
  Limits l;
  EXPECT_FALSE(SetLimit(l, "article_bytes", "128M"));
  EXPECT_EQ(l.article_bytes, 128u << 20);
  EXPECT_FALSE(SetLimit(l, "line_bytes", "2k"));
  EXPECT_EQ(l.line_bytes, 2048u);
  EXPECT_FALSE(SetLimit(l, "findings_per_article", "5"));
  EXPECT_EQ(l.findings_per_article, 5u);
  EXPECT_EQ(*SetLimit(l, "line_bytes", "0"),
            "limit line_bytes takes a positive whole number (K, M, G allowed), not '0'");
  EXPECT_TRUE(SetLimit(l, "line_bytes", "-3"));
  EXPECT_TRUE(SetLimit(l, "line_bytes", "12Q"));
  EXPECT_TRUE(SetLimit(l, "line_bytes", "99999999999999999999G"));
  EXPECT_NE(SetLimit(l, "lines", "3")->find("unknown limit 'lines'"), std::string::npos);
}

TEST(Limits, ConfigurationSectionIsReadStrictly) {
  TempDir dir;
  std::string ok = dir.Write("ok.yaml", "limits:\n  article_bytes: 1M\n  yaml_depth: 10\n");
  Config c = LoadConfig(ok);
  EXPECT_EQ(c.limits.article_bytes, 1u << 20);
  EXPECT_EQ(c.limits.yaml_depth, 10u);
  EXPECT_EQ(c.limits.record_bytes, Limits{}.record_bytes);
  std::string bad = dir.Write("bad.yaml", "limits:\n  article_bytes: 1M\n  line_size: 10\n");
  try {
    LoadConfig(bad);
    FAIL();
  } catch (const LoadError& e) {
    EXPECT_EQ(std::string(e.what()).substr(0, bad.size() + 5), bad + ":3:3:") << e.what();
    EXPECT_NE(std::string(e.what()).find("unknown limit 'line_size'"), std::string::npos);
  }
  std::string value = dir.Write("value.yaml", "limits:\n  yaml_nodes: lots\n");
  EXPECT_THROW(LoadConfig(value), LoadError);
}

TEST(Limits, YamlNestingIsBounded) {
  ProcessLimitsGuard guard;
  TempDir dir;
  std::string deep = dir.Write("deep.yaml", "a: " + std::string(100, '[') + std::string(100, ']'));
  EXPECT_NE(LoadError_(deep).find("YAML nested deeper than 64 levels (limits.yaml_depth)"),
            std::string::npos)
      << LoadError_(deep);
  // yaml-cpp's own guard stops a parse that would exhaust the stack.
  std::string deeper = dir.Write("deeper.yaml", std::string(100000, '['));
  EXPECT_NE(LoadError_(deeper), "");
  Limits l;
  l.yaml_depth = 200;
  SetProcessLimits(l);
  EXPECT_EQ(LoadError_(deep), "");
}

TEST(Limits, YamlAliasBombIsRefusedBeforeExpansion) {
  ProcessLimitsGuard guard;
  TempDir dir;
  // The "billion laughs": nine levels of ten aliases each.
  std::string bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char c = 'b'; c <= 'i'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 9; ++i) bomb += "*" + prev + (i < 8 ? "," : "");
    bomb += "]\n";
  }
  std::string path = dir.Write("bomb.yaml", bomb);
  std::string error = LoadError_(path);
  EXPECT_NE(error.find("YAML document of more than 1000000 nodes once its aliases are expanded "
                       "(limits.yaml_nodes)"),
            std::string::npos)
      << error;
  EXPECT_EQ(error.rfind(path + ":", 0), 0u) << error;
}

TEST(Limits, FrontMatterObeysTheYamlLimits) {
  ProcessLimitsGuard guard;
  Limits l;
  l.yaml_nodes = 20;
  SetProcessLimits(l);
  ReadOutcome r = ReadArticles("a.md", "---\ntitle: x\nlist: &l [1, 2, 3, 4, 5]\nmore: [*l, *l, *l, *l]\n---\nBody\n", "md");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_TRUE(r.articles.empty());
  EXPECT_NE(r.errors[0].message.find("front matter: YAML document of more than 20 nodes"),
            std::string::npos)
      << r.errors[0].message;
  EXPECT_GE(r.errors[0].line, 2);
}

TEST(Limits, LongLinesAreInputErrorsAtTheirPosition) {
  ReaderLimits limits;
  limits.max_line_bytes = 10;
  ReadOutcome r = ReadArticles("a.txt", "Title\nshort\n" + std::string(11, 'x') + "\n", "txt", limits);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_TRUE(r.articles.empty());
  EXPECT_EQ(r.errors[0].line, 3);
  EXPECT_EQ(r.errors[0].column, 1);
  EXPECT_EQ(r.errors[0].message, "line longer than 10 bytes (limits.line_bytes): not an article's text");
  // Inside a JSONL record's text, the record is named.
  r = ReadArticles("a.jsonl", "{\"id\":\"ok\",\"text\":\"fine\"}\n{\"id\":\"long\",\"text\":\"" + std::string(11, 'y') + "\"}\n", "jsonl", limits);
  ASSERT_EQ(r.errors.size(), 1u);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.errors[0].record, "long");
  EXPECT_EQ(r.errors[0].line, 2);
  // Exactly at the limit is fine.
  EXPECT_TRUE(ReadArticles("a.txt", std::string(10, 'x'), "txt", limits).errors.empty());
}

TEST(Limits, JsonlRecordSizeNamesTheRecordLine) {
  ReaderLimits limits;
  limits.max_record_bytes = 40;
  ReadOutcome r = ReadArticles(
      "a.jsonl", "{\"text\":\"ok\"}\n{\"text\":\"" + std::string(40, 'z') + "\"}\n{\"text\":\"ok too\"}\n",
      "jsonl", limits);
  EXPECT_EQ(r.articles.size(), 2u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 2);
  EXPECT_NE(r.errors[0].message.find("exceeds the limit of 40 bytes (limits.record_bytes)"),
            std::string::npos);
}

TEST(Limits, RegexProgramSizeIsBounded) {
  ProcessLimitsGuard guard;
  EXPECT_NO_THROW(CompilePattern("\\pL{1000}", false));
  Limits l;
  l.regex_memory = 1 << 20;
  SetProcessLimits(l);
  try {
    CompilePattern("\\pL{1000}", false);
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_EQ(std::string(e.what()),
              "pattern too large: its program needs more than 1048576 bytes (limits.regex_memory)");
  }
}

}  // namespace
}  // namespace newslint
