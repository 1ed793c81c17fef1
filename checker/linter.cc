#include "checker/linter.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "checker/document.h"
#include "checker/message_template.h"
#include "checker/phrase_pattern.h"
#include "checker/trigger_map.h"

namespace newslint {
namespace {

class CollectingSink : public HitSink {
 public:
  void Report(Hit hit) override { hits.push_back(std::move(hit)); }
  std::vector<Hit> hits;
};

}  // namespace

std::string StableHash(std::string_view data) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return fmt::format("{:016x}", h);
}

Linter::Linter(std::vector<std::unique_ptr<Rule>> rules, LinterPasses passes)
    : rules_(std::move(rules)), passes_(std::move(passes)) {
  // By id, the last rule of an id winning, as Finish read them when it built
  // this map for every article.
  for (const auto& r : rules_) yield_to_[r->info().id] = &r->info().yield_to;
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_max_mem(256 << 20);
  prefilter_ = std::make_unique<RE2::Set>(opts, RE2::UNANCHORED);
  always_run_.assign(rules_.size(), false);
  bool set_ok = true;
  std::vector<const Rule*> per_paragraph;
  for (size_t i = 0; i < rules_.size(); ++i) {
    std::vector<std::unique_ptr<RE2>> exc;
    for (const auto& p : rules_[i]->info().exceptions) exc.push_back(CompilePattern(p, true));
    exceptions_.push_back(std::move(exc));
    auto triggers = rules_[i]->Triggers();
    // Rules with patterns to map go to the pass per paragraph. A unit of the
    // whole document does not fit in a paragraph.
    const bool mapped = rules_[i]->info().scope != Scope::kDocument &&
                        !rules_[i]->MappedTriggers().empty();
    if (mapped) per_paragraph.push_back(rules_[i].get());
    // Rules that need a trigger inside the unit always run: they scan only
    // the units the pass per paragraph leaves them.
    if (triggers.empty() || (mapped && rules_[i]->TriggersPerUnit())) {
      always_run_[i] = true;
      continue;
    }
    // An anchored trigger means "at the start of a unit", which a pass over
    // the whole text cannot judge: such rules always run.
    if (std::any_of(triggers.begin(), triggers.end(), AnchoredPattern)) {
      always_run_[i] = true;
      continue;
    }
    for (const auto& t : triggers) {
      if (prefilter_->Add(t, nullptr) < 0) {
        set_ok = false;
        break;
      }
      prefilter_rule_.push_back(i);
    }
  }
  if (!set_ok || (!prefilter_rule_.empty() && !prefilter_->Compile())) {
    // A pattern RE2::Set cannot take: run every rule on every article.
    prefilter_.reset();
    always_run_.assign(rules_.size(), true);
  } else if (prefilter_rule_.empty()) {
    prefilter_.reset();  // no rule left for the pass over the whole text
  }
  paragraph_triggers_ = std::make_unique<ParagraphTriggers>(per_paragraph);
}

Linter::~Linter() = default;

void Linter::RunRule(size_t index, const Document& doc, std::vector<Finding>& out) const {
  const Rule& rule = *rules_[index];
  const RuleInfo& info = rule.info();
  CollectingSink sink;
  rule.Check(doc, sink);
  const Article& a = doc.article();
  for (Hit& hit : sink.hits) {
    if (index < exceptions_.size() && !exceptions_[index].empty()) {
      const Line& line = doc.lines()[doc.LineIndexOf(hit.span.begin)];
      bool excepted = false;
      for (const auto& re : exceptions_[index]) {
        ForEachMatch(*re, doc.text(), line.span, [&](const PatternMatch& m) {
          excepted |= m.span.begin < hit.span.end && hit.span.begin < m.span.end;
        });
      }
      if (excepted) continue;
    }
    Finding f;
    f.path = a.path;
    f.record = a.record;
    f.record_line = a.record_line;
    f.begin = hit.span.begin;
    f.end = hit.span.end;
    Position p = doc.PositionOf(hit.span.begin), q = doc.PositionOf(hit.span.end);
    f.line = p.line, f.column = p.column, f.end_line = q.line, f.end_column = q.column;
    f.byte_column = doc.ByteColumnOf(hit.span.begin);
    f.byte_end_column = doc.ByteColumnOf(hit.span.end);
    f.rule = info.id;
    f.category = info.category;
    f.severity = info.severity;
    f.excerpt = std::string(doc.slice(hit.span));
    hit.vars.emplace_back("match", f.excerpt);
    hit.vars.emplace_back("suggestion", hit.suggestion);
    f.message = FillTemplate(info.message, hit.vars);
    f.suggestion = std::move(hit.suggestion);
    f.evidence = hit.evidence.empty() ? info.file : std::move(hit.evidence);
    f.fix_safe = hit.fix_safe;
    for (const auto& r : hit.related) {
      Position rp = doc.PositionOf(r.span.begin), rq = doc.PositionOf(r.span.end);
      f.related.push_back({a.path, a.record, rp.line, rp.column, rq.line, rq.column, r.message});
    }
    out.push_back(std::move(f));
  }
}

void Linter::Finish(const Document& doc, std::vector<Finding>& findings) const {
  // Rules are ordered; the first rule to flag a span in a category wins.
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& x, const Finding& y) {
    return std::tie(x.begin, x.end) < std::tie(y.begin, y.end);
  });
  std::vector<Finding> kept;
  for (auto& f : findings) {
    bool dup = std::any_of(kept.begin(), kept.end(), [&](const Finding& k) {
      return k.begin == f.begin && k.end == f.end && k.category == f.category;
    });
    if (!dup) kept.push_back(std::move(f));
  }
  // yield_to: a rule steps back on lines a stronger category already flags.
  std::vector<bool> yields(kept.size(), false);
  for (size_t i = 0; i < kept.size(); ++i) {
    auto it = yield_to_.find(kept[i].rule);
    if (it == yield_to_.end() || it->second->empty()) continue;
    const auto& yield_to = *it->second;
    for (size_t j = 0; j < kept.size() && !yields[i]; ++j) {
      const Finding& k = kept[j];
      yields[i] = j != i &&
                  std::find(yield_to.begin(), yield_to.end(), k.category) != yield_to.end() &&
                  k.line <= kept[i].end_line && kept[i].line <= k.end_line;
    }
  }
  std::vector<Finding> out;
  for (size_t i = 0; i < kept.size(); ++i) {
    if (!yields[i]) out.push_back(std::move(kept[i]));
  }
  // Fingerprints: rule, article and flagged text, plus the occurrence number
  // of that text, so they survive edits elsewhere in the article.
  std::map<std::string, int> seen;
  for (auto& f : out) {
    std::string key = f.rule + '\x1f' + f.path + '\x1f' + f.record.value_or("") + '\x1f' +
                      NormalisePhrase(f.excerpt);
    int n = seen[key]++;
    f.fingerprint = StableHash(key + '\x1f' + std::to_string(n));
  }
  std::stable_sort(out.begin(), out.end(), [](const Finding& x, const Finding& y) {
    return std::tie(x.line, x.column, x.rule) < std::tie(y.line, y.column, y.rule);
  });
  (void)doc;
  findings = std::move(out);
}

Analysis Linter::Analyse(const Document& doc) const {
  Analysis analysis;
  if (passes_.dates) {
    analysis.dates = passes_.dates->Collect(doc);
    if (passes_.titles) analysis.titles = passes_.titles->Collect(doc, *analysis.dates);
    passes_.dates->Resolve(doc, *analysis.dates);
    if (passes_.titles) passes_.titles->Check(doc, *analysis.dates, *analysis.titles);
  }
  return analysis;
}

DocumentReport Linter::Check(const Article& article) const { return Check(article, nullptr); }

DocumentReport Linter::Check(const Article& article, const AfterCheck& after) const {
  Document doc(article);
  Analysis analysis = Analyse(doc);
  doc.set_analysis(&analysis);
  DocumentReport report;
  report.path = article.path;
  report.record = article.record;
  if (const auto& d = analysis.dates; d && d->reference) {
    report.reference_date = FormatDay(*d->reference);
    report.reference_date_source = d->reference_source;
    if (d->frame && d->frame->first > kNoEarlier) report.frame_first = FormatDay(d->frame->first);
    if (d->frame && d->frame->last < kNoLater) report.frame_last = FormatDay(d->frame->last);
  }
  TriggerMap triggers = MapTriggers(doc);
  doc.set_trigger_map(&triggers);
  std::vector<bool> run = RulesThatMayFire(doc);
  for (size_t i = 0; i < rules_.size(); ++i) {
    if (run[i]) RunRule(i, doc, report.findings);
  }
  doc.set_trigger_map(nullptr);
  Finish(doc, report.findings);
  // After the fingerprints, so that a suppression never renumbers the rest.
  report.suppressions = article.suppressions;
  report.suppressions.Apply(report.findings);
  if (after) after(doc, report);
  return report;
}

std::vector<bool> Linter::RulesThatMayFire(const Document& doc) const {
  std::vector<bool> run = always_run_;
  if (prefilter_) {
    std::vector<int> hits;
    prefilter_->Match(doc.text(), &hits);
    for (int h : hits) run[prefilter_rule_[static_cast<size_t>(h)]] = true;
  }
  return run;
}

std::vector<Finding> Linter::CheckWith(const Rule& rule, const Article& article) const {
  Document doc(article);
  Analysis analysis = Analyse(doc);
  doc.set_analysis(&analysis);
  TriggerMap triggers = MapTriggers(doc);
  doc.set_trigger_map(&triggers);
  std::vector<Finding> out;
  for (size_t i = 0; i < rules_.size(); ++i) {
    if (rules_[i].get() == &rule) RunRule(i, doc, out);
  }
  doc.set_trigger_map(nullptr);
  Finish(doc, out);
  return out;
}

}  // namespace newslint
