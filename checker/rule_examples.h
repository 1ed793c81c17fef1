// Runs a rule's own examples: every `flag` text must give at least one finding
// of that rule, every `pass` text none. Used by `newslint rules test` and by
// the test suite, so a rule cannot ship without doing what its file says.
#pragma once

#include <string>
#include <vector>

#include "checker/linter.h"

namespace newslint {

struct ExampleFailure {
  std::string rule;
  std::string kind;  // "flag" or "pass"
  size_t index;      // 1-based
  std::string text;
  std::string detail;
};

struct ExampleResult {
  size_t passed = 0;
  std::vector<ExampleFailure> failures;
};

ExampleResult RunRuleExamples(const Linter& linter, const Rule& rule);

}  // namespace newslint
