// `date-analysis`: reports what the date pass found, one rule per kind of
// issue (`report: timeline | facts | conflicts`): dates that do not fit the
// article's time frame, dated claims against the knowledge base, and one
// event given two dates. The pass explains each issue ({detail}).
#pragma once

#include "checker/rule_registry.h"

namespace newslint {
std::unique_ptr<Rule> MakeDateAnalysisRule(RuleInfo info, YamlView& yaml, LoadContext& ctx);
}
