#include "checker/rules/date_weekday_rule.h"

#include "checker/analysis.h"

namespace newslint {
namespace {

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                     "Friday", "Saturday", "Sunday"};

class DateWeekdayRule : public Rule {
 public:
  using Rule::Rule;
  void Check(const Document& doc, HitSink& sink) const override {
    if (!doc.analysis() || !doc.analysis()->dates) return;
    const DateAnalysis& a = *doc.analysis()->dates;
    for (const auto& m : a.dates) {
      if (m.kind != DateKind::kDate || !m.weekday || *m.weekday < 0 || !m.date.month || !m.date.day) {
        continue;
      }
      std::optional<Day> day;
      if (m.date.year) {
        if (auto iv = m.date.Interval()) day = iv->first;
      } else if (a.reference && a.reference_source != "inferred") {
        if (auto iv = Anchor(m, *a.reference)) day = iv->first;
      }
      if (!day || WeekdayOf(*day) == *m.weekday) continue;
      Hit hit;
      hit.span = m.span;
      hit.vars.emplace_back("written", kWeekdays[*m.weekday]);
      hit.vars.emplace_back("actual", kWeekdays[WeekdayOf(*day)]);
      hit.vars.emplace_back("date", FormatDay(*day));
      hit.evidence = "calendar";
      sink.Report(std::move(hit));
    }
  }

 private:
  static std::optional<DayInterval> Anchor(const DateMention& m, Day reference) {
    // The year of the reference date, or the one before for a later month.
    int y, mo, d;
    CivilFromDay(reference, y, mo, d);
    PartialDate p = m.date;
    p.year = y;
    auto iv = p.Interval();
    if (iv && iv->first > reference + 31 && m.tense != Tense::kFuture) {
      p.year = y - 1;
      iv = p.Interval();
    }
    return iv;
  }
};

}  // namespace

std::unique_ptr<Rule> MakeDateWeekdayRule(RuleInfo info, YamlView&, LoadContext&) {
  return std::make_unique<DateWeekdayRule>(std::move(info));
}

}  // namespace newslint
