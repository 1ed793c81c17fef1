#include "checker/rules/title_analysis_rule.h"

#include "checker/analysis.h"
#include "checker/rules/analysis_issue_hits.h"

namespace newslint {
namespace {

enum class Report { kFormer, kStale, kWrong, kNameForm };

class TitleAnalysisRule : public Rule {
 public:
  TitleAnalysisRule(RuleInfo info, Report report) : Rule(std::move(info)), report_(report) {}

  void Check(const Document& doc, HitSink& sink) const override {
    if (!doc.analysis() || !doc.analysis()->titles) return;
    const TitleAnalysis& t = *doc.analysis()->titles;
    if (report_ == Report::kNameForm) {
      for (const auto& n : t.name_form) {
        Hit hit;
        hit.span = n.span;
        hit.vars.emplace_back("detail", n.detail);
        hit.suggestion = n.suggestion;
        hit.evidence = n.evidence;
        sink.Report(std::move(hit));
      }
      return;
    }
    const auto& issues = report_ == Report::kFormer ? t.former : report_ == Report::kStale ? t.stale : t.wrong;
    ReportIssues(issues, sink);
  }

 private:
  Report report_;
};

}  // namespace

std::unique_ptr<Rule> MakeTitleAnalysisRule(RuleInfo info, YamlView& yaml, LoadContext&) {
  std::string what = yaml.RequiredString("report");
  Report r;
  if (what == "former") r = Report::kFormer;
  else if (what == "stale") r = Report::kStale;
  else if (what == "wrong") r = Report::kWrong;
  else if (what == "name-form") r = Report::kNameForm;
  else yaml.Fail(yaml.node()["report"], "'report' is former, stale, wrong or name-form");
  return std::make_unique<TitleAnalysisRule>(std::move(info), r);
}

}  // namespace newslint
