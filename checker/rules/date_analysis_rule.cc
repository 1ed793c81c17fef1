#include "checker/rules/date_analysis_rule.h"

#include "checker/analysis.h"
#include "checker/rules/analysis_issue_hits.h"

namespace newslint {
namespace {

enum class Report { kTimeline, kFacts, kConflicts };

class DateAnalysisRule : public Rule {
 public:
  DateAnalysisRule(RuleInfo info, Report report) : Rule(std::move(info)), report_(report) {}

  void Check(const Document& doc, HitSink& sink) const override {
    if (!doc.analysis() || !doc.analysis()->dates) return;
    const DateAnalysis& a = *doc.analysis()->dates;
    const auto& issues = report_ == Report::kTimeline ? a.timeline
                         : report_ == Report::kFacts  ? a.facts
                                                      : a.conflicts;
    ReportIssues(issues, sink);
  }

 private:
  Report report_;
};

}  // namespace

std::unique_ptr<Rule> MakeDateAnalysisRule(RuleInfo info, YamlView& yaml, LoadContext&) {
  std::string what = yaml.RequiredString("report");
  Report r;
  if (what == "timeline") r = Report::kTimeline;
  else if (what == "facts") r = Report::kFacts;
  else if (what == "conflicts") r = Report::kConflicts;
  else yaml.Fail(yaml.node()["report"], "'report' is timeline, facts or conflicts");
  return std::make_unique<DateAnalysisRule>(std::move(info), r);
}

}  // namespace newslint
