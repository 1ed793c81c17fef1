// `existence`: flags phrases from a list and matches of RE2 patterns.
#pragma once

#include "checker/rule_registry.h"

namespace newslint {
std::unique_ptr<Rule> MakeExistenceRule(RuleInfo info, YamlView& yaml, LoadContext& ctx);
}
