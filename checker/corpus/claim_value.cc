#include "checker/corpus/claim_value.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <sstream>
#include <vector>

#include "checker/phrase_pattern.h"

namespace newslint::corpus {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

const std::string kMonthPattern =
    "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

// Words that widen a date to the precision of what follows ("early 2023",
// "mid-September 2024"): the day, or the month, is no longer stated.
const std::string kDateHedge =
    "(?:early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of|"
    "the middle of|middle of)";

// Count qualifiers, longest first so that "no more than" wins over "more than".
struct Qualifier {
  std::string_view words;
  enum Kind { kAbout, kBelowNear, kAboveNear, kMoreThan, kAtLeast, kFewerThan, kAtMost } kind;
};
constexpr Qualifier kQualifiers[] = {
    {"an estimated", Qualifier::kAbout},    {"approximately", Qualifier::kAbout},
    {"in excess of", Qualifier::kMoreThan}, {"no fewer than", Qualifier::kAtLeast},
    {"no less than", Qualifier::kAtLeast},  {"no more than", Qualifier::kAtMost},
    {"upwards of", Qualifier::kMoreThan},   {"fewer than", Qualifier::kFewerThan},
    {"as many as", Qualifier::kAtMost},     {"just under", Qualifier::kBelowNear},
    {"more than", Qualifier::kMoreThan},    {"estimated", Qualifier::kAbout},
    {"less than", Qualifier::kFewerThan},   {"just over", Qualifier::kAboveNear},
    {"well over", Qualifier::kMoreThan},    {"at least", Qualifier::kAtLeast},
    {"close to", Qualifier::kBelowNear},    {"roughly", Qualifier::kAbout},
    {"at most", Qualifier::kAtMost},        {"nearly", Qualifier::kBelowNear},
    {"almost", Qualifier::kBelowNear},      {"around", Qualifier::kAbout},
    {"about", Qualifier::kAbout},           {"under", Qualifier::kFewerThan},
    {"up to", Qualifier::kAtMost},          {"some", Qualifier::kAbout},
    {"over", Qualifier::kMoreThan},
};

std::string QualifierPattern() {
  std::string out = "(?:";
  bool first = true;
  for (const auto& q : kQualifiers) {
    if (!first) out += '|';
    first = false;
    for (char c : q.words) out += c == ' ' ? std::string("\\s+") : std::string(1, c);
  }
  return out + ")";
}

// Plural amounts without a number: lenient bounds, so that "hundreds" is
// only at odds with a figure no writer would call that.
struct VagueAmount {
  std::string_view words;
  double low, high;
};
constexpr VagueAmount kVague[] = {
    {"hundreds of thousands", 1e5, 2e6},
    {"tens of thousands", 1e4, 2e5},
    {"dozens", 12, 200},
    {"scores", 20, 200},
    {"hundreds", 100, 2000},
    {"thousands", 1000, 20000},
    {"millions", 1e6, 1e10},
};

struct NumberWord {
  std::string_view word;
  int value;
};
constexpr NumberWord kNumberWords[] = {
    {"zero", 0},          {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},          {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},          {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15},      {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},       {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70},      {"eighty", 80},  {"ninety", 90},    {"a dozen", 12},  {"a hundred", 100},
    {"a thousand", 1000}, {"dozen", 12},
};

struct Scale {
  std::string_view word;
  double factor;
};
constexpr Scale kScales[] = {
    {"hundred", 1e2}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}};

std::string NumberWordPattern() {
  std::string out = "(?:";
  bool first = true;
  for (const auto& w : kNumberWords) {
    if (!first) out += '|';
    first = false;
    for (char c : w.word) out += c == ' ' ? std::string("\\s+") : std::string(1, c);
  }
  return out + ")";
}

std::string AmountPattern() {
  std::string digits = R"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)";
  std::string scale = "(?:\\s+(?:hundred|thousand|million|billion))?";
  std::string word = NumberWordPattern();
  std::string vague =
      "(?:hundreds\\s+of\\s+thousands|tens\\s+of\\s+thousands|dozens|scores|"
      "hundreds|thousands|millions)";
  return "(?i:(?:" + QualifierPattern() + "\\s+)?(?:\\b" + digits + scale + "|\\b" + word +
         "(?:[\\s-]+" + word + ")?" + scale + "\\b|\\b" + vague + "\\b))";
}

int MonthNumber(std::string_view word) {
  std::string w(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  if (w.size() < 3) return 0;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i].substr(0, w.size()) == w) return static_cast<int>(i) + 1;
  }
  return 0;
}

bool LeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && (year == 0 || LeapYear(year))) return 29;
  return kDays[month - 1];
}

std::string Lower(std::string_view text) {
  std::string out = NormalisePhrase(text);
  // Keep the words only: commas and full stops of "May 12, 2022", "Sept.".
  std::string clean;
  for (char c : out) {
    if (c == ',' || c == '.') {
      if (!clean.empty() && clean.back() != ' ') clean += ' ';
      continue;
    }
    clean += c;
  }
  std::string collapsed;
  for (char c : clean) {
    if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed += c;
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

std::optional<ClaimValue> ParseDate(std::string_view text) {
  // A hedge ("mid-September 2024", "early 2023", "the end of 2023") places
  // the event inside the unit that follows, so the date keeps that unit's
  // precision; the hedge itself is dropped.
  static const RE2 hedge("^" + kDateHedge + "[ -]*");
  std::string raw(text);
  while (!raw.empty() && (raw.back() == ' ' || raw.back() == ',' || raw.back() == '.'))
    raw.pop_back();
  std::string s = Lower(raw);
  re2::StringPiece rest(s);
  RE2::Consume(&rest, hedge);
  std::string body(rest.data(), rest.size());
  static const RE2 raw_iso(R"(^\s*([12]\d{3}-\d{2}(?:-\d{2})?)$)");
  std::string iso_text;
  if (RE2::FullMatch(raw, raw_iso, &iso_text)) body = iso_text;
  ClaimValue v;
  v.type = ValueType::kDate;
  static const RE2 iso(R"(^([12]\d{3})-(\d{2})(?:-(\d{2}))?$)");
  static const RE2 day_month("^(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(" + kMonthPattern +
                             ")(?: ([12]\\d{3}))?$");
  static const RE2 month_day("^(" + kMonthPattern +
                             ") (\\d{1,2})(?:st|nd|rd|th)?(?: ([12]\\d{3}))?$");
  static const RE2 month_year("^(" + kMonthPattern + ") ([12]\\d{3})$");
  static const RE2 year("^([12]\\d{3})$");
  std::string a, b, c;
  if (RE2::FullMatch(body, iso, &a, &b, &c)) {
    v.year = std::stoi(a);
    v.month = std::stoi(b);
    v.day = c.empty() ? 0 : std::stoi(c);
  } else if (RE2::FullMatch(body, month_year, &a, &b)) {
    v.month = MonthNumber(a);
    v.year = std::stoi(b);
  } else if (RE2::FullMatch(body, day_month, &a, &b, &c)) {
    v.day = std::stoi(a);
    v.month = MonthNumber(b);
    v.year = c.empty() ? 0 : std::stoi(c);
  } else if (RE2::FullMatch(body, month_day, &a, &b, &c)) {
    v.month = MonthNumber(a);
    v.day = std::stoi(b);
    v.year = c.empty() ? 0 : std::stoi(c);
  } else if (RE2::FullMatch(body, year, &a)) {
    v.year = std::stoi(a);
  } else {
    return std::nullopt;
  }
  if (v.month < 0 || v.month > 12 || (v.day != 0 && v.month == 0)) return std::nullopt;
  if (v.day != 0 && (v.day < 1 || v.day > DaysIn(v.year, v.month))) return std::nullopt;
  if (v.year == 0 && v.month == 0) return std::nullopt;
  return v;
}

// "twenty-five", "12", "1,200", "1.2 million", "a dozen".
std::optional<std::pair<double, double>> ParseAmount(std::string_view text) {
  std::string s(text);
  double scale = 1;
  bool scaled = false;
  for (const auto& sc : kScales) {
    std::string suffix = " " + std::string(sc.word);
    if (s.size() > suffix.size() &&
        s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0) {
      s.resize(s.size() - suffix.size());
      scale = sc.factor;
      scaled = true;
      break;
    }
  }
  if (s.empty()) return std::nullopt;
  double value = 0;
  int decimals = 0;
  if (std::isdigit(static_cast<unsigned char>(s[0]))) {
    std::string digits;
    bool in_fraction = false;
    for (char c : s) {
      if (c == ',') continue;
      if (c == '.') {
        in_fraction = true;
      } else if (!std::isdigit(static_cast<unsigned char>(c))) {
        return std::nullopt;
      } else if (in_fraction) {
        ++decimals;
      }
      digits += c;
    }
    value = std::stod(digits);
  } else {
    // Number words, joined by a space or hyphen: "twenty five", "twenty-five".
    std::replace(s.begin(), s.end(), '-', ' ');
    bool any = false;
    size_t pos = 0;
    while (pos < s.size()) {
      bool matched = false;
      for (const auto& w : kNumberWords) {
        if (s.compare(pos, w.word.size(), w.word) == 0 &&
            (pos + w.word.size() == s.size() || s[pos + w.word.size()] == ' ')) {
          value += w.value;
          pos += w.word.size();
          matched = any = true;
          break;
        }
      }
      if (!matched) return std::nullopt;
      while (pos < s.size() && s[pos] == ' ') ++pos;
    }
    if (!any) return std::nullopt;
  }
  if (!scaled) return std::make_pair(value, value);
  // "1.2 million" is stated to a tenth of a million: half a unit either way.
  double unit = scale * std::pow(10.0, -decimals);
  return std::make_pair(value * scale - unit / 2, value * scale + unit / 2);
}

std::optional<ClaimValue> ParseQuantity(ValueType type, std::string_view text, double tolerance) {
  std::string s = NormalisePhrase(text);
  std::replace(s.begin(), s.end(), '\n', ' ');
  ClaimValue v;
  v.type = type;
  for (const auto& vague : kVague) {
    if (s == vague.words) {
      v.low = vague.low;
      v.high = vague.high;
      return v;
    }
  }
  const Qualifier* qualifier = nullptr;
  for (const auto& q : kQualifiers) {
    if (s.size() > q.words.size() && s.compare(0, q.words.size(), q.words) == 0 &&
        s[q.words.size()] == ' ') {
      qualifier = &q;
      s = s.substr(q.words.size() + 1);
      break;
    }
  }
  // "some" and "over" start ordinary words too; the amount must parse.
  auto amount = ParseAmount(s);
  if (!amount) return std::nullopt;
  auto [low, high] = *amount;
  bool integral = type == ValueType::kCount;
  double step = integral ? 1 : 0;
  if (!qualifier) {
    v.low = low;
    v.high = high;
    return v;
  }
  switch (qualifier->kind) {
    case Qualifier::kAbout:
      v.low = std::min(low, low * (1 - tolerance));
      v.high = std::max(high, high * (1 + tolerance));
      break;
    case Qualifier::kBelowNear:
      v.low = low * (1 - tolerance);
      v.high = high;
      break;
    case Qualifier::kAboveNear:
      v.low = low;
      v.high = high * (1 + tolerance);
      break;
    case Qualifier::kMoreThan:
      v.low = low + step;
      v.high = kInfinity;
      break;
    case Qualifier::kAtLeast:
      v.low = low;
      v.high = kInfinity;
      break;
    case Qualifier::kFewerThan:
      v.low = 0;
      v.high = high - step;
      break;
    case Qualifier::kAtMost:
      v.low = 0;
      v.high = high;
      break;
  }
  return v;
}

std::string FormatDouble(double d) {
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  return fmt::format("{}", d);
}

}  // namespace

std::string_view ValueTypeName(ValueType type) {
  switch (type) {
    case ValueType::kDate:
      return "date";
    case ValueType::kNumber:
      return "number";
    case ValueType::kCount:
      return "count";
    case ValueType::kPhrase:
      return "phrase";
  }
  return "phrase";
}

std::optional<ValueType> ParseValueType(std::string_view name) {
  for (ValueType t :
       {ValueType::kDate, ValueType::kNumber, ValueType::kCount, ValueType::kPhrase}) {
    if (ValueTypeName(t) == name) return t;
  }
  return std::nullopt;
}

const std::string& DatePattern() {
  static const std::string p =
      "(?i:(?:" + kDateHedge + "[\\s-]+)?(?:\\b[12]\\d{3}-\\d{2}(?:-\\d{2})?\\b|" +
      "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + kMonthPattern +
      "\\b\\.?(?:,?\\s+[12]\\d{3}\\b)?|" + "\\b" + kMonthPattern + "\\b\\.?\\s+[12]\\d{3}\\b|" +
      "\\b" + kMonthPattern + "\\b\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+[12]\\d{3}\\b)?|" +
      "\\b[12]\\d{3}\\b))";
  return p;
}

const std::string& CountPattern() {
  static const std::string p = AmountPattern();
  return p;
}

const std::string& NumberPattern() {
  static const std::string p = AmountPattern();
  return p;
}

std::optional<ClaimValue> ParseClaimValue(ValueType type, std::string_view text,
                                          double approximation) {
  switch (type) {
    case ValueType::kDate:
      return ParseDate(text);
    case ValueType::kNumber:
    case ValueType::kCount:
      return ParseQuantity(type, text, approximation);
    case ValueType::kPhrase: {
      ClaimValue v;
      v.phrase = NormalisePhrase(text);
      if (v.phrase.empty()) return std::nullopt;
      return v;
    }
  }
  return std::nullopt;
}

bool ValuesAgree(const ClaimValue& a, const ClaimValue& b) {
  if (a.type != b.type) return false;
  switch (a.type) {
    case ValueType::kDate: {
      auto field = [](int x, int y) { return x == 0 || y == 0 || x == y; };
      // A day is only comparable under the same month.
      bool months_known = a.month != 0 && b.month != 0;
      return field(a.year, b.year) && field(a.month, b.month) &&
             (!months_known || field(a.day, b.day));
    }
    case ValueType::kNumber:
    case ValueType::kCount:
      return std::max(a.low, b.low) <= std::min(a.high, b.high);
    case ValueType::kPhrase:
      return a.phrase == b.phrase;
  }
  return false;
}

std::string EncodeValue(const ClaimValue& v) {
  switch (v.type) {
    case ValueType::kDate:
      return fmt::format("date {} {} {}", v.year, v.month, v.day);
    case ValueType::kNumber:
    case ValueType::kCount:
      return fmt::format("{} {} {}", ValueTypeName(v.type), FormatDouble(v.low),
                         FormatDouble(v.high));
    case ValueType::kPhrase:
      return "phrase " + v.phrase;
  }
  return "";
}

std::optional<ClaimValue> DecodeValue(std::string_view text) {
  size_t sp = text.find(' ');
  if (sp == std::string_view::npos) return std::nullopt;
  auto type = ParseValueType(text.substr(0, sp));
  if (!type) return std::nullopt;
  std::string rest(text.substr(sp + 1));
  ClaimValue v;
  v.type = *type;
  std::istringstream in(rest);
  switch (*type) {
    case ValueType::kDate:
      if (!(in >> v.year >> v.month >> v.day)) return std::nullopt;
      return v;
    case ValueType::kNumber:
    case ValueType::kCount: {
      std::string lo, hi;
      if (!(in >> lo >> hi)) return std::nullopt;
      try {
        v.low = lo == "inf" ? kInfinity : lo == "-inf" ? -kInfinity : std::stod(lo);
        v.high = hi == "inf" ? kInfinity : hi == "-inf" ? -kInfinity : std::stod(hi);
      } catch (const std::exception&) {
        return std::nullopt;
      }
      return v;
    }
    case ValueType::kPhrase:
      v.phrase = rest;
      return v;
  }
  return std::nullopt;
}

}  // namespace newslint::corpus
