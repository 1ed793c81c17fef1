// `title-analysis`: reports what the officeholder pass found, one rule per
// kind (`report: former | stale | wrong | name-form`). The pass explains each
// issue with the record behind it ({detail}).
#pragma once

#include "checker/rule_registry.h"

namespace newslint {
std::unique_ptr<Rule> MakeTitleAnalysisRule(RuleInfo info, YamlView& yaml, LoadContext& ctx);
}
