#include "checker/dates/date_lexicon.h"
#include "checker/text_join.h"

#include <algorithm>

#include "checker/phrase_pattern.h"
#include "checker/yaml_view.h"

namespace newslint {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string Alternation(const std::vector<std::string>& words) {
  std::vector<std::string> sorted = words;  // longest first, so "Sept" beats "Sep"
  std::sort(sorted.begin(), sorted.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string alt;
  for (const auto& w : sorted) AppendJoined(alt, "|", PhraseToPattern(w));
  return alt;
}

void ReadNameTable(YamlView& v, const std::string& key, int base, std::map<std::string, int>& out,
                   std::vector<std::string>& all, std::vector<std::string>* full) {
  YAML::Node n = v.Child(key);
  if (!n || !n.IsSequence()) v.Fail("'" + key + "' must be a list of name lists");
  int index = base;
  for (const auto& names : n) {
    auto list = ScalarList(names, v.file(), key);
    if (list.empty()) v.Fail(names, "empty name list");
    if (full) full->push_back(list.front());
    for (const auto& name : list) {
      out[Lower(name)] = index;
      all.push_back(name);
    }
    ++index;
  }
}

void ReadNumberMap(YamlView& v, const std::string& key, std::map<std::string, int>& out,
                   std::vector<std::string>& words) {
  YAML::Node n = v.Child(key);
  if (!n || !n.IsMap()) v.Fail("'" + key + "' must map words to numbers");
  for (const auto& kv : n) {
    out[Lower(kv.first.as<std::string>())] = kv.second.as<int>();
    words.push_back(kv.first.as<std::string>());
  }
}

}  // namespace

std::shared_ptr<const DateLexicon> DateLexicon::Load(const std::string& path) {
  auto lex = std::shared_ptr<DateLexicon>(new DateLexicon());
  YamlView v(LoadYamlFile(path), path);
  v.RequiredString("language");
  std::vector<std::string> month_names, weekday_names, weekday_full, number_words, ordinal_words;
  ReadNameTable(v, "months", 1, lex->months_, month_names, &lex->month_names_);
  ReadNameTable(v, "weekdays", 0, lex->weekdays_, weekday_names, &weekday_full);
  ReadNumberMap(v, "numbers", lex->numbers_, number_words);
  ReadNumberMap(v, "ordinals", lex->ordinals_, ordinal_words);
  YAML::Node units = v.Child("units");
  if (!units || !units.IsMap()) v.Fail("'units' must map words to day, week, month or year");
  for (const auto& kv : units) lex->units_[Lower(kv.first.as<std::string>())] = kv.second.as<std::string>();
  std::vector<std::string> relative_phrases;
  YAML::Node rel = v.Child("relative");
  if (!rel || !rel.IsSequence()) v.Fail("'relative' must be a list");
  for (const auto& r : rel) {
    YamlView rv(r, path);
    std::string phrase = rv.RequiredString("phrase");
    RelativeExpression e{rv.RequiredString("unit"), rv.Int("offset", 0)};
    rv.RejectUnknownKeys();
    lex->relative_[NormalisePhrase(phrase)] = e;
    relative_phrases.push_back(phrase);
  }
  YAML::Node tense = v.Child("tense");
  if (!tense) v.Fail("missing required key 'tense'");
  YamlView tv(tense, path);
  auto cue_pattern = [](const std::vector<std::string>& cues) {
    std::string alt;
    for (const auto& c : cues) AppendJoined(alt, "|", PhraseToPattern(c));
    return "(?:" + alt + ")";
  };
  std::vector<std::string> cues = {"(?i)" + cue_pattern(tv.StringList("future", true)),
                                    "(?i)" + cue_pattern(tv.StringList("past", true))};
  if (auto suffix = tv.OptionalString("past_suffix")) {
    cues.push_back("\\b[A-Za-z]{2,}" + *suffix + "\\b");
  }
  try {
    lex->tense_cues_ = std::make_unique<PatternSet>(cues, false);
  } catch (const std::invalid_argument& e) {
    tv.Fail(std::string("bad tense cue: ") + e.what());
  }
  tv.RejectUnknownKeys();
  lex->clause_breaks_ = v.StringList("clause_breaks");
  for (const auto& brk : lex->clause_breaks_) {
    if (brk.empty()) continue;
    auto first = static_cast<unsigned char>(brk[0]);
    lex->clause_break_starts_[first] = true;
    if (brk.size() == 1) {  // any byte may follow
      for (size_t second = 0; second < 256; ++second) {
        lex->clause_break_pairs_.set(first * 256u + second);
      }
    } else {
      lex->clause_break_pairs_.set(first * 256u + static_cast<unsigned char>(brk[1]));
    }
    lex->longest_clause_break_ = std::max(lex->longest_clause_break_, brk.size());
  }

  const std::pair<std::string, std::string> macros[] = {
      {"{month}", "(?P<month>" + Alternation(month_names) + ")"},
      {"{weekday}", "(?P<weekday>" + Alternation(weekday_names) + ")"},
      {"{weekday_full}", "(?P<weekday>" + Alternation(weekday_full) + ")"},
      {"{number}", "(?P<count>(?i:" + Alternation(number_words) + ")|\\d{1,3})"},
      {"{ordinal}", "(?P<ordinal>(?i:" + Alternation(ordinal_words) + ")|\\d{1,3}(?:st|nd|rd|th))"},
      {"{relative}", "(?P<relative>(?i:" + Alternation(relative_phrases) + "))"},
  };
  YAML::Node pats = v.Child("patterns");
  if (!pats || !pats.IsSequence()) v.Fail("'patterns' must be a list");
  for (const auto& p : pats) {
    YamlView pv(p, path);
    DatePattern dp;
    dp.kind = pv.RequiredString("kind");
    static const char* kKinds[] = {"date", "weekday", "relative", "ago", "anniversary", "year_of"};
    if (std::none_of(std::begin(kKinds), std::end(kKinds), [&](const char* k) { return dp.kind == k; })) {
      pv.Fail(p["kind"], "unknown pattern kind '" + dp.kind + "'");
    }
    dp.regex = pv.RequiredString("regex");
    pv.RejectUnknownKeys();
    for (const auto& [macro, expansion] : macros) {
      for (size_t at; (at = dp.regex.find(macro)) != std::string::npos;) {
        dp.regex.replace(at, macro.size(), expansion);
      }
    }
    try {
      dp.re = CompilePattern(dp.regex, false);
    } catch (const std::invalid_argument& e) {
      pv.Fail(p["regex"], std::string("bad pattern: ") + e.what());
    }
    const auto& named = dp.re->NamedCapturingGroups();
    auto index = [&](const char* name) {
      auto it = named.find(name);
      return it == named.end() ? -1 : it->second;
    };
    dp.groups.year = index("year");
    dp.groups.month = index("month");
    dp.groups.month_num = index("month_num");
    dp.groups.day = index("day");
    dp.groups.weekday = index("weekday");
    dp.groups.relative = index("relative");
    dp.groups.unit = index("unit");
    dp.groups.count = index("count");
    dp.groups.ordinal = index("ordinal");
    lex->patterns_.push_back(std::move(dp));
  }
  v.RejectUnknownKeys();
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_max_mem(64 << 20);
  lex->pattern_set_ = std::make_unique<RE2::Set>(opts, RE2::UNANCHORED);
  for (const auto& dp : lex->patterns_) lex->pattern_set_->Add(dp.regex, nullptr);
  if (!lex->pattern_set_->Compile()) v.Fail("the date patterns do not fit in memory together");
  return lex;
}

int DateLexicon::Month(std::string_view name) const {
  std::string k = Lower(name);
  if (!k.empty() && k.back() == '.') k.pop_back();
  auto it = months_.find(k);
  return it == months_.end() ? 0 : it->second;
}

std::string DateLexicon::MonthName(int month) const {
  return month >= 1 && month <= static_cast<int>(month_names_.size()) ? month_names_[month - 1] : "";
}

int DateLexicon::Weekday(std::string_view name) const {
  std::string k = Lower(name);
  if (!k.empty() && k.back() == '.') k.pop_back();
  auto it = weekdays_.find(k);
  return it == weekdays_.end() ? -1 : it->second;
}

int DateLexicon::Number(std::string_view word) const {
  if (!word.empty() && std::all_of(word.begin(), word.end(), ::isdigit)) return std::stoi(std::string(word));
  auto it = numbers_.find(NormalisePhrase(word));
  return it == numbers_.end() ? 0 : it->second;
}

int DateLexicon::Ordinal(std::string_view word) const {
  if (!word.empty() && std::isdigit(static_cast<unsigned char>(word[0]))) return std::stoi(std::string(word));
  std::string k = NormalisePhrase(word);
  auto it = ordinals_.find(k);
  if (it == ordinals_.end()) {
    std::replace(k.begin(), k.end(), ' ', '-');
    it = ordinals_.find(k);
  }
  return it == ordinals_.end() ? 0 : it->second;
}

std::string DateLexicon::Unit(std::string_view word) const {
  auto it = units_.find(Lower(word));
  return it == units_.end() ? "" : it->second;
}

const RelativeExpression* DateLexicon::Relative(std::string_view phrase) const {
  auto it = relative_.find(NormalisePhrase(phrase));
  return it == relative_.end() ? nullptr : &it->second;
}

size_t DateLexicon::MatchClauseBreak(std::string_view text, size_t pos) const {
  for (const auto& brk : clause_breaks_) {
    if (!brk.empty() && text.compare(pos, brk.size(), brk) == 0) return brk.size();
  }
  return 0;
}

Tense DateLexicon::TenseOf(std::string_view clause) const {
  std::vector<int> found;  // ascending: a future cue first
  tense_cues_->Matching(clause, found);
  if (found.empty()) return Tense::kNone;
  return found.front() == 0 ? Tense::kFuture : Tense::kPast;
}

}  // namespace newslint
