// `capitalization`: a common word from a list written with a capital in the
// middle of a sentence ("this Week"), outside title-case runs and headings.
#pragma once

#include "checker/rule_registry.h"

namespace newslint {
std::unique_ptr<Rule> MakeCapitalizationRule(RuleInfo info, YamlView& yaml, LoadContext& ctx);
}
