// The per-article pass: runs the loaded rules over one article and turns
// their hits into findings with exact positions, filled messages and stable
// fingerprints. One RE2::Set pass over each paragraph says where the phrase
// rules can fire (checker/trigger_map.h), and one over the whole text which
// of the rest can fire at all, so the cost does not grow with the number of
// such rules.
#pragma once

#include <re2/set.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "checker/analysis.h"
#include "checker/article.h"
#include "checker/finding.h"
#include "checker/rule.h"
#include "checker/trigger_map.h"

namespace newslint {

namespace corpus {
struct ArticleRecords;
}

struct DocumentReport {
  std::string path;
  std::optional<std::string> record;
  std::string reference_date;                  // ISO date, empty when unknown
  std::string reference_date_source = "none";  // metadata|dateline|inferred|option|none
  std::string frame_first, frame_last;         // the inferred time frame, when bounded
  std::vector<Finding> findings;
  // The article's inline directives, applied again to later passes' findings.
  InlineSuppressions suppressions;
  // What the cross-article pass keeps of the article (checker/corpus/); null
  // when that pass is off.
  std::shared_ptr<const corpus::ArticleRecords> records;
  // The article itself (text and metadata), kept only for writers that show
  // it (ReportWriter::ShowsArticles, the HTML report); null otherwise.
  std::shared_ptr<const Article> article;
};

// The analysis passes that run before the rules (all optional).
struct LinterPasses {
  std::shared_ptr<const DatePass> dates;
  std::shared_ptr<const TitlePass> titles;  // needs dates
};

class Linter {
 public:
  explicit Linter(std::vector<std::unique_ptr<Rule>> rules, LinterPasses passes = {});
  ~Linter();

  DocumentReport Check(const Article& article) const;
  // The same, then `after` on the article's Document and the finished
  // report, so later passes read the text as segmented once.
  using AfterCheck = std::function<void(const Document&, DocumentReport&)>;
  DocumentReport Check(const Article& article, const AfterCheck& after) const;
  // The findings of one rule alone, as `rules test` and the examples need.
  std::vector<Finding> CheckWith(const Rule& rule, const Article& article) const;

  const std::vector<std::unique_ptr<Rule>>& rules() const { return rules_; }
  // The multi-pattern pass: which rules (by index) can fire on the text at
  // all, from one RE2::Set pass over it; rules without triggers always can.
  std::vector<bool> RulesThatMayFire(const Document& doc) const;
  // The multi-pattern pass per paragraph: where the rules' mapped triggers
  // (Rule::MappedTriggers) match.
  TriggerMap MapTriggers(const Document& doc) const { return paragraph_triggers_->Scan(doc); }

 private:
  void RunRule(size_t index, const Document& doc, std::vector<Finding>& out) const;
  void Finish(const Document& doc, std::vector<Finding>& findings) const;
  Analysis Analyse(const Document& doc) const;

  std::vector<std::unique_ptr<Rule>> rules_;
  LinterPasses passes_;
  std::vector<std::vector<std::unique_ptr<RE2>>> exceptions_;  // per rule
  // Each rule id's RuleInfo::yield_to, read by Finish.
  std::unordered_map<std::string, const std::vector<std::string>*> yield_to_;
  std::unique_ptr<RE2::Set> prefilter_;
  std::vector<size_t> prefilter_rule_;  // Set index -> rule index
  std::vector<bool> always_run_;        // rules with no triggers
  std::unique_ptr<ParagraphTriggers> paragraph_triggers_;
};

// FNV-1a 64, hex: stable across runs and machines.
std::string StableHash(std::string_view data);

}  // namespace newslint
