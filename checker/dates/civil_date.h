// Calendar arithmetic on days since 1970-01-01 (proleptic Gregorian), and
// dates known only to the year or month. A PartialDate covers the interval
// of days it may mean, which is how dates of different precision compare:
// "September 2024" agrees with 2024-09-27, "2023" does not.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newslint {

using Day = int;  // days since 1970-01-01

Day DayFromCivil(int year, int month, int day);
void CivilFromDay(Day d, int& year, int& month, int& day);
int DaysInMonth(int year, int month);
// 0 = Monday ... 6 = Sunday.
int WeekdayOf(Day d);
std::string FormatDay(Day d);  // 2024-05-19
// Same month and day N years later (Feb 29 falls back to Feb 28).
Day AddYears(Day d, int years);

struct DayInterval {
  Day first = 0;
  Day last = 0;
  bool Contains(Day d) const { return d >= first && d <= last; }
  bool Overlaps(const DayInterval& o) const { return first <= o.last && o.first <= last; }
};

struct PartialDate {
  std::optional<int> year;
  std::optional<int> month;  // 1..12
  std::optional<int> day;    // 1..31

  enum class Precision { kNone, kYear, kMonth, kDay };
  Precision precision() const;
  bool complete() const { return year && month && day; }
  // The days it may mean; needs a year (and a month when a day is given).
  std::optional<DayInterval> Interval() const;
  // Whether the day exists (false for February 30; true when unknown).
  bool Valid() const;
  std::string ToString() const;  // 2024, 2024-09, 2024-09-27, --09-27
};

// Parses 2024, 2024-09, 2024-09-27 (and a longer ISO timestamp, whose date is
// kept). nullopt for anything else.
std::optional<PartialDate> ParseIsoDate(std::string_view text);

}  // namespace newslint
