// `spacing`: white space before a punctuation mark ("Sunday , May 19").
#pragma once

#include "checker/rule_registry.h"

namespace newslint {
std::unique_ptr<Rule> MakeSpacingRule(RuleInfo info, YamlView& yaml, LoadContext& ctx);
}
