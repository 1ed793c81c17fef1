// `date-validity`: a written date that cannot exist ("February 30, 2024",
// "31 April").
#pragma once

#include "checker/rule_registry.h"

namespace newslint {
std::unique_ptr<Rule> MakeDateValidityRule(RuleInfo info, YamlView& yaml, LoadContext& ctx);
}
