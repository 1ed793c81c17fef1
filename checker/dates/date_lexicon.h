// A language's date vocabulary and patterns, loaded from rules/dates/lexicon/
// (see en.yaml for the format). Macros in patterns expand to named groups
// over the lexicon's own lists, so patterns never spell out month names.
#pragma once

#include <array>
#include <bitset>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "re2/re2.h"
#include "re2/set.h"
#include "checker/pattern_set.h"

namespace newslint {

enum class Tense { kNone, kPast, kFuture };

struct DatePattern {
  std::string kind;  // date, weekday, relative, ago, anniversary, year_of
  std::string regex;  // after macro expansion
  std::unique_ptr<RE2> re;
  // The index of each named group the extractor reads; -1 when absent.
  // Looked up once here, not by name at every match.
  struct Groups {
    int year = -1, month = -1, month_num = -1, day = -1, weekday = -1;
    int relative = -1, unit = -1, count = -1, ordinal = -1;
  };
  Groups groups;
};

struct RelativeExpression {
  std::string unit;  // day, week, month, year
  int offset = 0;
};

class DateLexicon {
 public:
  // Throws LoadError naming file:line:col.
  static std::shared_ptr<const DateLexicon> Load(const std::string& path);

  int Month(std::string_view name) const;    // 1..12, 0 if unknown
  std::string MonthName(int month) const;    // the first name listed
  int Weekday(std::string_view name) const;  // 0 = Monday .. 6, -1 if unknown
  int Number(std::string_view word) const;   // words or digits; 0 if unknown
  int Ordinal(std::string_view word) const;  // words or 1st/2nd...; 0 if unknown
  std::string Unit(std::string_view word) const;
  const RelativeExpression* Relative(std::string_view phrase) const;
  // Tense of a clause by its cue words (future wins over past).
  Tense TenseOf(std::string_view clause) const;

  const std::vector<DatePattern>& patterns() const { return patterns_; }
  // All patterns in one set: which of them occur in a text, in one pass.
  const RE2::Set& pattern_set() const { return *pattern_set_; }
  const std::vector<std::string>& clause_breaks() const { return clause_breaks_; }
  // Bytes of the clause break that starts at text[pos], or 0 when none does.
  // Asked of every byte around every date: the first-byte test is inline.
  size_t ClauseBreakAt(std::string_view text, size_t pos) const {
    auto first = static_cast<unsigned char>(text[pos]);
    if (!clause_break_starts_[first]) return 0;
    // Most breaks open with a space: their second byte turns most spaces away.
    if (pos + 1 < text.size() &&
        !clause_break_pairs_.test(first * 256u + static_cast<unsigned char>(text[pos + 1]))) {
      return 0;
    }
    return MatchClauseBreak(text, pos);
  }
  size_t longest_clause_break() const { return longest_clause_break_; }

 private:
  std::vector<std::string> month_names_;
  std::map<std::string, int> months_, weekdays_, numbers_, ordinals_;
  std::map<std::string, std::string> units_;
  std::map<std::string, RelativeExpression> relative_;
  // The tense cues in one set, in this order: future, past, then the past
  // suffix when the lexicon has one. One scan of a clause answers all three.
  std::unique_ptr<PatternSet> tense_cues_;
  size_t MatchClauseBreak(std::string_view text, size_t pos) const;

  std::vector<std::string> clause_breaks_;
  std::array<bool, 256> clause_break_starts_{};  // first bytes of the breaks: most bytes are none
  std::bitset<256 * 256> clause_break_pairs_;    // first * 256 + second, any second for one byte
  size_t longest_clause_break_ = 0;
  std::vector<DatePattern> patterns_;
  std::unique_ptr<RE2::Set> pattern_set_;
};

}  // namespace newslint
