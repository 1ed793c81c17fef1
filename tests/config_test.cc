#include "checker/config.h"

#include <gtest/gtest.h>

#include "checker/yaml_view.h"
#include "test_support.h"

namespace newslint {
namespace {

TEST(Config, ReadsEveryKey) {
  testing::TempDir dir;
  std::string path = dir.Write(".newslint.yaml",
                               "packs: [typography]\nrules: [my-rules]\nknowledge: [kb]\n"
                               "disable: [text.spun, boilerplate.breadcrumb]\n"
                               "enable: [spinner.tortured-phrases]\n"
                               "severity: {text.typography: info, duplicates.repeated-line: error}\n"
                               "overrides:\n  - paths: ['press/*']\n    disable: [text.duplicate]\n"
                               "ignore: ['drafts/*']\nfail_on: warning\n");
  Config c = LoadConfig(path);
  ASSERT_TRUE(c.packs);
  EXPECT_EQ(*c.packs, std::vector<std::string>{"typography"});
  EXPECT_EQ(c.rule_dirs, std::vector<std::string>{dir.path() + "/my-rules"});
  EXPECT_EQ(c.severity.at("text.typography"), Severity::kInfo);
  ASSERT_EQ(c.overrides.size(), 1u);
  EXPECT_EQ(c.fail_on, "warning");
  EXPECT_FALSE(RuleEnabled("spinner.other", "text.spun", c.enable, c.disable));
  EXPECT_TRUE(RuleEnabled("spinner.tortured-phrases", "text.spun", c.enable, c.disable));
  EXPECT_FALSE(RuleEnabled("boilerplate.breadcrumb", "boilerplate.residue", c.enable, c.disable));
}

TEST(Config, UnknownKeyIsAnError) {
  testing::TempDir dir;
  std::string path = dir.Write(".newslint.yaml", "disable: []\ndisabel: [x]\n");
  try {
    LoadConfig(path);
    FAIL() << "expected an error";
  } catch (const LoadError& e) {
    EXPECT_EQ(e.line(), 2);
    EXPECT_EQ(e.detail(), "unknown key 'disabel'");
  }
}

TEST(Config, FoundUpward) {
  testing::TempDir dir;
  dir.Write(".newslint.yaml", "disable: []\n");
  dir.Write("a/b/article.txt", "x");
  auto found = FindConfig(dir.path() + "/a/b");
  ASSERT_TRUE(found);
  EXPECT_EQ(*found, dir.path() + "/.newslint.yaml");
}

}  // namespace
}  // namespace newslint
