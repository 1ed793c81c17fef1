#include "checker/rules/repetition_rule.h"

#include <unordered_map>

#include "checker/phrase_pattern.h"

namespace newslint {
namespace {

// The comparable form of a unit: normalised, without the quotation marks and
// punctuation that scrapers add or drop at its edges.
std::string Key(std::string_view text) {
  std::string k = NormalisePhrase(text);
  auto edge = [](char c) {
    return c == '"' || c == '\'' || c == ' ' || c == '.' || c == ',' || c == ':' || c == ';';
  };
  size_t b = 0, e = k.size();
  while (b < e && edge(k[b])) ++b;
  while (e > b && edge(k[e - 1])) --e;
  k.resize(e);
  k.erase(0, b);
  return k;
}

class RepetitionRule : public Rule {
 public:
  RepetitionRule(RuleInfo info, int min_words, int max_words, std::vector<std::string> segments)
      : Rule(std::move(info)), min_words_(min_words), max_words_(max_words),
        segments_(std::move(segments)) {}

  void Check(const Document& doc, HitSink& sink) const override {
    std::unordered_map<std::string, Span> seen;
    for (Span unit : Units(doc)) {
      std::string_view text = doc.slice(unit);
      size_t words = doc.CountWordsIn(unit);
      bool counts = words >= static_cast<size_t>(min_words_) &&
                    (max_words_ == 0 || words <= static_cast<size_t>(max_words_));
      std::string key = counts ? Key(text) : std::string();
      if (counts && !key.empty()) {
        auto [it, first] = seen.emplace(key, unit);
        if (!first) {
          Hit hit;
          hit.span = unit;
          auto pos = doc.PositionOf(it->second.begin);
          hit.vars.emplace_back("first_line", std::to_string(pos.line));
          hit.related.push_back({it->second, "first occurrence"});
          hit.fix_safe = false;
          sink.Report(std::move(hit));
        }
      }
      for (const auto& sep : segments_) {  // breadcrumb parts, for later units
        size_t from = 0;
        while (true) {
          size_t at = text.find(sep, from);
          if (at == std::string_view::npos) break;
          std::string_view part = text.substr(at + sep.size());
          size_t next = part.find(sep);
          std::string_view seg = part.substr(0, next);
          Span seg_span{unit.begin + at + sep.size(), unit.begin + at + sep.size() + seg.size()};
          if (doc.CountWordsIn(seg_span) >= static_cast<size_t>(min_words_)) {
            seen.emplace(Key(seg), seg_span);
          }
          from = at + sep.size();
        }
      }
    }
  }

 private:
  int min_words_, max_words_;
  std::vector<std::string> segments_;
};

}  // namespace

std::unique_ptr<Rule> MakeRepetitionRule(RuleInfo info, YamlView& yaml, LoadContext&) {
  int min_words = yaml.Int("min_words", 5);
  int max_words = yaml.Int("max_words", 0);
  auto segments = yaml.StringList("segments");
  if (min_words < 1) yaml.Fail(yaml.node()["min_words"], "'min_words' must be at least 1");
  if (info.scope == Scope::kDocument || info.scope == Scope::kTitle) {
    yaml.Fail("a repetition rule compares lines, headings, sentences or paragraphs");
  }
  return std::make_unique<RepetitionRule>(std::move(info), min_words, max_words,
                                          std::move(segments));
}

}  // namespace newslint
