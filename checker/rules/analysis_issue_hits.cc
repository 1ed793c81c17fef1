#include "checker/rules/analysis_issue_hits.h"

namespace newslint {

void ReportIssues(const std::vector<DatedIssue>& issues, HitSink& sink) {
  for (const auto& issue : issues) {
    Hit hit;
    hit.span = issue.span;
    hit.vars.emplace_back("detail", issue.detail);
    hit.suggestion = issue.suggestion;
    hit.evidence = issue.evidence;
    hit.related = issue.related;
    sink.Report(std::move(hit));
  }
}

}  // namespace newslint
