// `substitution`: a wrong phrase and the phrase to write instead. The swap
// list is inline (`swap:`) or in a data file (`swap_file:`), each entry
// {phrase, expected, source}; the suggestion is a safe fix.
#pragma once

#include "checker/rule_registry.h"

namespace newslint {
std::unique_ptr<Rule> MakeSubstitutionRule(RuleInfo info, YamlView& yaml, LoadContext& ctx);
}
