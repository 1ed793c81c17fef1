// Strict loading: every fault names file:line:col and what is wrong.
#include "checker/rule_loader.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace newslint {
namespace {

std::string LoadFault(const std::string& yaml) {
  testing::TempDir dir;
  std::string path = dir.Write("rule.yaml", yaml);
  LoadContext ctx;
  try {
    LoadRuleFile(path, ctx);
  } catch (const LoadError& e) {
    std::string what = e.what();
    return what.substr(what.find("rule.yaml"));
  }
  return "loaded";
}

constexpr const char* kGood =
    "id: t.ok\ntype: existence\ncategory: text.spun\nseverity: info\nscope: line\n"
    "message: m\ntokens: [x]\nexamples: {flag: [x]}\n";

TEST(RuleLoader, GoodRuleLoads) { EXPECT_EQ(LoadFault(kGood), "loaded"); }

TEST(RuleLoader, UnknownKey) {
  EXPECT_EQ(LoadFault(std::string(kGood) + "tokenz: [y]\n"), "rule.yaml:9:1: unknown key 'tokenz'");
}

TEST(RuleLoader, MissingField) {
  EXPECT_EQ(LoadFault("id: t.x\ntype: existence\ncategory: text.spun\nseverity: info\nscope: line\n"
                      "tokens: [x]\nexamples: {flag: [x]}\n"),
            "rule.yaml:1:1: missing required key 'message'");
}

TEST(RuleLoader, CategoryOutsideTheSpec) {
  std::string y = kGood;
  y.replace(y.find("text.spun"), 9, "text.bad");
  EXPECT_EQ(LoadFault(y),
            "rule.yaml:3:11: category 'text.bad' is not in the spec (../shared/spec/findings.md)");
}

TEST(RuleLoader, BadRegex) {
  std::string y = "id: t.x\ntype: existence\ncategory: text.spun\nseverity: info\nscope: line\n"
                  "message: m\npatterns: ['ok', '(unclosed']\nexamples: {flag: [x]}\n";
  std::string fault = LoadFault(y);
  EXPECT_EQ(fault.rfind("rule.yaml:7:", 0), 0u) << fault;
  EXPECT_NE(fault.find(": bad pattern: missing ): (unclosed"), std::string::npos) << fault;
}

TEST(RuleLoader, UnknownType) {
  std::string y = kGood;
  y.replace(y.find("existence"), 9, "telepathy");
  EXPECT_EQ(LoadFault(y).rfind("rule.yaml:2:7: unknown rule type 'telepathy'", 0), 0u);
}

TEST(RuleLoader, BadSeverityAndScope) {
  std::string y = kGood;
  y.replace(y.find("info"), 4, "fatal");
  EXPECT_EQ(LoadFault(y), "rule.yaml:4:11: severity must be error, warning or info");
}

TEST(RuleLoader, ExamplesAreRequired) {
  std::string y = kGood;
  y.erase(y.find("examples"));
  EXPECT_EQ(LoadFault(y),
            "rule.yaml:1:1: missing required key 'examples' (texts to flag and to pass)");
}

TEST(RuleLoader, YamlSyntaxError) {
  EXPECT_EQ(LoadFault("id: [unclosed\n").rfind("rule.yaml:2:1:", 0), 0u);
}

}  // namespace
}  // namespace newslint
