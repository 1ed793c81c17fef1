#include "checker/rules/boilerplate_rule.h"
#include "checker/text_join.h"

#include <algorithm>

#include "checker/pattern_set.h"
#include "checker/phrase_pattern.h"
#include "checker/utf8.h"

namespace newslint {
namespace {

struct Signal {
  std::string name;
  int max_words = 12;
  std::string pattern;  // one alternation of the phrases and patterns
};

std::vector<std::string> PatternsOf(const std::vector<Signal>& signals) {
  std::vector<std::string> out;
  for (const auto& s : signals) out.push_back(s.pattern);
  return out;
}

struct EdgePolicy {
  bool enabled = false;
  bool start = false;
  bool end = true;
  int max_words = 12;
  int min_signals = 2;
  double min_capitalised = 0.6;  // share of words of 4+ letters starting upper case
};

class BoilerplateRule : public Rule {
 public:
  BoilerplateRule(RuleInfo info, std::vector<Signal> signals, EdgePolicy edge)
      : Rule(std::move(info)),
        signals_(std::move(signals)),
        signal_set_(PatternsOf(signals_), true),
        edge_(edge) {
    for (const auto& s : signals_) longest_signal_ = std::max(longest_signal_, s.max_words);
  }

  std::vector<std::string> Triggers() const override {
    if (edge_.enabled) return {};  // furniture shape needs no phrase to be present
    return MappedTriggers();
  }

  // The signals, mapped per paragraph by the engine: a line of a paragraph
  // none matches in holds no signal, and is not matched again line by line.
  std::vector<std::string> MappedTriggers() const override {
    std::vector<std::string> out;
    for (const auto& s : signals_) out.push_back("(?i)" + s.pattern);
    return out;
  }

  void Check(const Document& doc, HitSink& sink) const override {
    const auto& lines = doc.lines();
    std::vector<const Signal*> signal_of(lines.size(), nullptr);
    std::vector<size_t> content;  // non-blank line indexes
    std::vector<int> matching;
    // The lines that may hold a signal, in text order, walked with the lines.
    const std::vector<Span> may_signal = UnitsToScan(doc);
    size_t next = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].blank) continue;
      content.push_back(i);
      while (next < may_signal.size() && may_signal[next].begin < lines[i].span.begin) ++next;
      if (next == may_signal.size() || !(may_signal[next] == lines[i].span)) continue;
      size_t words = doc.CountWordsIn(lines[i].span);
      if (words > static_cast<size_t>(longest_signal_)) continue;
      // The first signal in the file's order that is short enough and found.
      signal_set_.Matching(doc.slice(lines[i].span), matching);
      for (int m : matching) {
        if (words <= static_cast<size_t>(signals_[m].max_words)) {
          signal_of[i] = &signals_[m];
          break;
        }
      }
    }
    std::vector<bool> edge_line(lines.size(), false);
    if (edge_.enabled) {
      if (edge_.end) MarkEdgeRun(doc, content.rbegin(), content.rend(), signal_of, edge_line);
      if (edge_.start) MarkEdgeRun(doc, content.begin(), content.end(), signal_of, edge_line);
    }
    for (size_t i : content) {
      if (!signal_of[i] && !edge_line[i]) continue;
      Hit hit;
      hit.span = Trimmed(doc, lines[i].span);
      hit.vars.emplace_back("signal", signal_of[i] ? signal_of[i]->name
                                                   : std::string("page furniture at the article's edge"));
      hit.fix_safe = true;  // the fix drops the line
      sink.Report(std::move(hit));
    }
  }

 private:
  static Span Trimmed(const Document& doc, Span s) {
    std::string_view t = doc.text();
    while (s.begin < s.end && (t[s.begin] == ' ' || t[s.begin] == '\t')) ++s.begin;
    while (s.end > s.begin && (t[s.end - 1] == ' ' || t[s.end - 1] == '\t')) --s.end;
    return s;
  }

  bool FurnitureShaped(std::string_view line) const {
    size_t words = 0, long_words = 0, capitalised = 0;
    size_t pos = 0;
    char32_t last = 0;
    bool in_word = false;
    size_t word_len = 0;
    bool word_cap = false;
    auto end_word = [&] {
      if (in_word && word_len >= 4) {
        ++long_words;
        capitalised += word_cap;
      }
      in_word = false;
    };
    while (pos < line.size()) {
      char32_t c = utf8::Decode(line, pos);
      if (!utf8::IsSpace(c)) last = c;
      if (utf8::IsWordChar(c)) {
        if (!in_word) {
          ++words;
          word_len = 0;
          word_cap = utf8::IsUpper(c) || (c >= '0' && c <= '9');
        }
        in_word = true;
        ++word_len;
      } else if (c != '\'' && c != 0x2019 && c != '-') {
        end_word();
      }
    }
    end_word();
    if (words == 0 || words > static_cast<size_t>(edge_.max_words)) return false;
    if (last == '.' || last == ',' || last == ';' || last == ':') return false;
    if (long_words == 0) return true;
    return static_cast<double>(capitalised) / static_cast<double>(long_words) >=
           edge_.min_capitalised;
  }

  template <typename It>
  void MarkEdgeRun(const Document& doc, It begin, It end, const std::vector<const Signal*>& signal_of,
                   std::vector<bool>& edge_line) const {
    std::vector<size_t> run;
    int signals = 0;
    for (It it = begin; it != end; ++it) {
      size_t i = *it;
      if (signal_of[i]) {
        ++signals;
      } else if (!FurnitureShaped(doc.slice(doc.lines()[i].span))) {
        break;
      }
      run.push_back(i);
    }
    if (signals < edge_.min_signals) return;
    // The run's far end may hold the article's own last heading or title:
    // trim shaped lines there until the run starts at a signal line... unless
    // they sit between signal lines, which the loop below keeps.
    while (!run.empty() && !signal_of[run.back()]) {
      // A shaped line before the first signal line counts only when it is
      // directly followed (in reading order) by a signal line: an ad headline.
      if (run.size() >= 2 && signal_of[run[run.size() - 2]]) break;
      run.pop_back();
    }
    for (size_t i : run) edge_line[i] = true;
  }

  std::vector<Signal> signals_;
  PatternSet signal_set_;   // signals_' patterns, in the same order
  int longest_signal_ = 0;  // the largest max_words of any signal
  EdgePolicy edge_;
};

}  // namespace

std::unique_ptr<Rule> MakeBoilerplateRule(RuleInfo info, YamlView& yaml, LoadContext&) {
  std::vector<Signal> signals;
  YAML::Node list = yaml.Child("signals");
  if (list && !list.IsSequence()) yaml.Fail(list, "'signals' must be a list");
  for (const auto& item : list) {
    YamlView s(item, yaml.file());
    Signal sig;
    sig.name = s.RequiredString("name");
    sig.max_words = s.Int("max_words", 12);
    std::string alt;
    for (const auto& p : s.StringList("phrases")) AppendJoined(alt, "|", PhraseToPattern(p));
    YAML::Node pnode = item["patterns"];
    auto patterns = s.StringList("patterns");
    for (size_t i = 0; i < patterns.size(); ++i) {
      try {
        CompilePattern(patterns[i], true);
      } catch (const std::invalid_argument& e) {
        s.Fail(pnode.IsSequence() ? pnode[i] : pnode, std::string("bad pattern: ") + e.what());
      }
      AppendJoined(alt, "|", patterns[i]);
    }
    if (alt.empty()) s.Fail("a signal needs 'phrases' or 'patterns'");
    s.RejectUnknownKeys();
    sig.pattern = "(?:" + alt + ")";
    signals.push_back(std::move(sig));
  }
  EdgePolicy edge;
  if (YAML::Node e = yaml.Child("edge")) {
    YamlView ev(e, yaml.file());
    edge.enabled = true;
    auto where = ev.StringList("where");
    if (!where.empty()) {
      edge.start = edge.end = false;
      for (const auto& w : where) {
        if (w == "start") edge.start = true;
        else if (w == "end") edge.end = true;
        else ev.Fail(e["where"], "'where' takes start and/or end");
      }
    }
    edge.max_words = ev.Int("max_words", edge.max_words);
    edge.min_signals = ev.Int("min_signals", edge.min_signals);
    edge.min_capitalised = ev.Double("min_capitalised", edge.min_capitalised);
    ev.RejectUnknownKeys();
  }
  if (signals.empty()) yaml.Fail("a boilerplate rule needs 'signals'");
  if (info.scope != Scope::kLine) yaml.Fail("a boilerplate rule works on scope: line");
  return std::make_unique<BoilerplateRule>(std::move(info), std::move(signals), edge);
}

}  // namespace newslint
