#include "checker/dates/civil_date.h"

#include <fmt/format.h>

#include <cctype>

namespace newslint {

// Howard Hinnant's days_from_civil / civil_from_days.
Day DayFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 +
                       static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

void CivilFromDay(Day z, int& year, int& month, int& day) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  year = y + (month <= 2);
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

int WeekdayOf(Day d) {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  int w = (d + 3) % 7;
  return w < 0 ? w + 7 : w;
}

std::string FormatDay(Day d) {
  int y, m, day;
  CivilFromDay(d, y, m, day);
  if (y < 0 || y > 9999) return fmt::format("{:04}-{:02}-{:02}", y, m, day);
  // By hand for the years of news: every title and time-frame record writes
  // dates, and fmt's width parsing cost more than the rest of the record.
  char out[10] = {static_cast<char>('0' + y / 1000),      static_cast<char>('0' + y / 100 % 10),
                  static_cast<char>('0' + y / 10 % 10),   static_cast<char>('0' + y % 10),
                  '-',
                  static_cast<char>('0' + m / 10),        static_cast<char>('0' + m % 10),
                  '-',
                  static_cast<char>('0' + day / 10),      static_cast<char>('0' + day % 10)};
  return std::string(out, sizeof out);
}

Day AddYears(Day d, int years) {
  int y, m, day;
  CivilFromDay(d, y, m, day);
  y += years;
  if (m == 2 && day == 29 && DaysInMonth(y, 2) == 28) day = 28;
  return DayFromCivil(y, m, day);
}

PartialDate::Precision PartialDate::precision() const {
  if (day) return Precision::kDay;
  if (month) return Precision::kMonth;
  if (year) return Precision::kYear;
  return Precision::kNone;
}

bool PartialDate::Valid() const {
  if (month && (*month < 1 || *month > 12)) return false;
  if (day && (*day < 1 || *day > 31)) return false;
  if (month && day) {
    int max = year ? DaysInMonth(*year, *month) : (*month == 2 ? 29 : DaysInMonth(2001, *month));
    return *day <= max;
  }
  return true;
}

std::optional<DayInterval> PartialDate::Interval() const {
  if (!year || !Valid()) return std::nullopt;
  if (!month) return DayInterval{DayFromCivil(*year, 1, 1), DayFromCivil(*year, 12, 31)};
  if (!day) {
    return DayInterval{DayFromCivil(*year, *month, 1),
                       DayFromCivil(*year, *month, DaysInMonth(*year, *month))};
  }
  Day d = DayFromCivil(*year, *month, *day);
  return DayInterval{d, d};
}

std::string PartialDate::ToString() const {
  std::string s = year ? fmt::format("{:04}", *year) : "-";
  if (month) s += fmt::format("-{:02}", *month);
  if (day) s += fmt::format("-{:02}", *day);
  return s;
}

std::optional<PartialDate> ParseIsoDate(std::string_view t) {
  auto digits = [&](size_t pos, size_t n) {
    if (pos + n > t.size()) return -1;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(t[i]))) return -1;
      v = v * 10 + (t[i] - '0');
    }
    return v;
  };
  while (!t.empty() && (t.front() == ' ' || t.front() == '"' || t.front() == '\'')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == '\'')) t.remove_suffix(1);
  PartialDate p;
  int y = digits(0, 4);
  if (y < 0) return std::nullopt;
  p.year = y;
  if (t.size() == 4) return p;
  if (t[4] != '-') return std::nullopt;
  int m = digits(5, 2);
  if (m < 1 || m > 12) return std::nullopt;
  p.month = m;
  if (t.size() == 7) return p;
  if (t[7] != '-') return std::nullopt;
  int d = digits(8, 2);
  if (d < 1) return std::nullopt;
  p.day = d;
  if (t.size() > 10 && t[10] != 'T' && t[10] != ' ') return std::nullopt;
  if (!p.Valid()) return std::nullopt;
  return p;
}

}  // namespace newslint
