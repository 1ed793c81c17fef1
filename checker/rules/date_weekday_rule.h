// `date-weekday`: a weekday written with a date that does not fall on it.
// The date is taken as written; it is never "fixed" to fit the weekday.
// Without a year, the year comes from the article's reference date.
#pragma once

#include "checker/rule_registry.h"

namespace newslint {
std::unique_ptr<Rule> MakeDateWeekdayRule(RuleInfo info, YamlView& yaml, LoadContext& ctx);
}
