// A date expression found in an article, as written: its span, the fields it
// states (never "corrected"), and the tense of the clause it stands in.
#pragma once

#include <optional>
#include <string>

#include "checker/dates/civil_date.h"
#include "checker/dates/date_lexicon.h"
#include "checker/document.h"

namespace newslint {

enum class DateKind { kDate, kWeekday, kRelative, kAgo, kAnniversary, kYearOf };

struct DateMention {
  Span span;
  DateKind kind = DateKind::kDate;
  PartialDate date;            // kDate: the fields written
  std::optional<int> weekday;  // 0 = Monday, as written
  std::string unit;            // kRelative, kAgo: day, week, month, year
  int offset = 0;              // kRelative: +-N units; kAgo: -N
  int ordinal = 0;             // kAnniversary, kYearOf: N
  Tense tense = Tense::kNone;  // of the clause
  Span clause;                 // the clause the mention stands in
  size_t sentence = 0;
};

}  // namespace newslint
