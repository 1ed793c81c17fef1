// Turns explained issues of an analysis pass (dates, titles) into hits: the
// pass has already said what is wrong ({detail}), what to write instead and
// the knowledge behind it. Shared by the rule types that report a pass.
#pragma once

#include <vector>

#include "checker/dates/date_analysis.h"
#include "checker/rule.h"

namespace newslint {

void ReportIssues(const std::vector<DatedIssue>& issues, HitSink& sink);

}  // namespace newslint
