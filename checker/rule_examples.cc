#include "checker/rule_examples.h"

namespace newslint {

ExampleResult RunRuleExamples(const Linter& linter, const Rule& rule) {
  ExampleResult result;
  const RuleInfo& info = rule.info();
  auto run = [&](const std::string& text) {
    Article a;
    a.path = "<example>";
    a.format = "txt";
    a.text = text;
    return linter.CheckWith(rule, a);
  };
  for (size_t i = 0; i < info.examples.flag.size(); ++i) {
    auto findings = run(info.examples.flag[i]);
    if (findings.empty()) {
      result.failures.push_back({info.id, "flag", i + 1, info.examples.flag[i], "not flagged"});
    } else {
      ++result.passed;
    }
  }
  for (size_t i = 0; i < info.examples.pass.size(); ++i) {
    auto findings = run(info.examples.pass[i]);
    if (!findings.empty()) {
      result.failures.push_back({info.id, "pass", i + 1, info.examples.pass[i],
                                 "flagged: " + findings.front().message});
    } else {
      ++result.passed;
    }
  }
  return result;
}

}  // namespace newslint
