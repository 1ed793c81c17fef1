#include "checker/rules/date_validity_rule.h"

#include <fmt/format.h>

#include "checker/analysis.h"

namespace newslint {
namespace {

class DateValidityRule : public Rule {
 public:
  using Rule::Rule;
  void Check(const Document& doc, HitSink& sink) const override {
    if (!doc.analysis() || !doc.analysis()->dates) return;
    for (const auto& m : doc.analysis()->dates->dates) {
      if (m.kind != DateKind::kDate || m.date.Valid()) continue;
      Hit hit;
      hit.span = m.span;
      int max = m.date.month && *m.date.month >= 1 && *m.date.month <= 12
                    ? DaysInMonth(m.date.year.value_or(2001), *m.date.month)
                    : 0;
      hit.vars.emplace_back("detail", max ? fmt::format("that month has {} days", max)
                                          : std::string("no such month"));
      sink.Report(std::move(hit));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeDateValidityRule(RuleInfo info, YamlView&, LoadContext&) {
  return std::make_unique<DateValidityRule>(std::move(info));
}

}  // namespace newslint
