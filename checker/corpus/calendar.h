// Civil dates for the corpus pass: an article's ISO date, read and written
// back, as the day report-scoped figures are keyed by.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newslint::corpus {

struct CivilDate {
  int year = 0, month = 0, day = 0;
};

// "2024-01-15", also the date part of "2024-01-15T10:00:00Z"; nullopt for
// anything else, or a day the month does not have.
std::optional<CivilDate> ParseIsoDate(std::string_view text);
std::string FormatIsoDate(const CivilDate& d);

}  // namespace newslint::corpus
