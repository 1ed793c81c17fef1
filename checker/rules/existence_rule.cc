#include "checker/rules/existence_rule.h"
#include "checker/text_join.h"

#include "checker/phrase_pattern.h"

namespace newslint {
namespace {

class ExistenceRule : public Rule {
 public:
  ExistenceRule(RuleInfo info, std::vector<std::string> patterns, bool ignore_case,
                int max_unit_words)
      : Rule(std::move(info)), sources_(std::move(patterns)), max_unit_words_(max_unit_words) {
    for (const auto& p : sources_) compiled_.push_back(CompilePattern(p, ignore_case));
    for (const auto& p : sources_) triggers_.push_back((ignore_case ? "(?i)" : "") + p);
  }

  std::vector<std::string> Triggers() const override { return triggers_; }
  bool TriggersPerUnit() const override { return true; }

  void Check(const Document& doc, HitSink& sink) const override {
    for (Span unit : UnitsToScan(doc)) {
      if (max_unit_words_ > 0 &&
          doc.CountWordsIn(unit) > static_cast<size_t>(max_unit_words_)) {
        continue;
      }
      for (const auto& re : compiled_) {
        ForEachMatch(*re, doc.text(), unit, [&](const PatternMatch& m) {
          Hit hit;
          hit.span = m.span;
          for (size_t g = 0; g < m.groups.size(); ++g) {
            hit.vars.emplace_back(std::to_string(g + 1), std::string(m.groups[g]));
          }
          sink.Report(std::move(hit));
        });
      }
    }
  }

 private:
  std::vector<std::string> sources_;
  std::vector<std::string> triggers_;
  std::vector<std::unique_ptr<RE2>> compiled_;
  int max_unit_words_;
};

}  // namespace

std::unique_ptr<Rule> MakeExistenceRule(RuleInfo info, YamlView& yaml, LoadContext&) {
  std::vector<std::string> tokens = yaml.StringList("tokens");
  std::vector<std::string> patterns = yaml.StringList("patterns");
  bool ignore_case = yaml.Bool("ignorecase", true);
  int max_words = yaml.Int("max_unit_words", 0);
  if (tokens.empty() && patterns.empty()) yaml.Fail("an existence rule needs 'tokens' or 'patterns'");
  std::vector<std::string> all;
  if (!tokens.empty()) {
    std::string alt;
    for (const auto& t : tokens) AppendJoined(alt, "|", PhraseToPattern(t));
    all.push_back("(?:" + alt + ")");
  }
  YAML::Node pnode = yaml.node()["patterns"];
  for (size_t i = 0; i < patterns.size(); ++i) {
    try {
      CompilePattern(patterns[i], ignore_case);
    } catch (const std::invalid_argument& e) {
      yaml.Fail(pnode.IsSequence() ? pnode[i] : pnode, std::string("bad pattern: ") + e.what());
    }
    all.push_back(patterns[i]);
  }
  return std::make_unique<ExistenceRule>(std::move(info), std::move(all), ignore_case, max_words);
}

}  // namespace newslint
