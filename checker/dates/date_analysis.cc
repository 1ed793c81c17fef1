#include "checker/dates/date_analysis.h"
#include "checker/text_join.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "checker/dates/date_extractor.h"
#include "checker/phrase_pattern.h"

namespace newslint {
namespace {

// An article about an anniversary is written on the day or in the weeks
// after it (or in the days before, when it looks ahead); an anniversary of
// another year is what the check is for.
constexpr int kAnniversaryAhead = 7;
constexpr int kAnniversaryAfter = 45;
constexpr int kAnniversarySlack = 3;
// Relative expressions are read loosely: "last week" may reach a day or two
// past the calendar week.
constexpr int kRelativeSlack = 2;

std::string Quote(const Document& doc, Span s) { return "“" + std::string(doc.slice(s)) + "”"; }

std::string EventDates(const DayInterval& d) {
  return d.first == d.last ? FormatDay(d.first) : FormatDay(d.first) + " to " + FormatDay(d.last);
}

std::string KbRef(const EventEntry& e) { return e.file + ": " + e.id; }

bool OnlyUpperOrLabel(std::string_view s) {
  // A dateline's head: "LONDON,", "Published:", "Updated on", a weekday.
  std::string lower = NormalisePhrase(s);
  for (const char* label : {"published", "updated", "posted", "last updated", "on", "at"}) {
    if (lower.rfind(label, 0) == 0) return true;
  }
  for (char c : s) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

DatePass::DatePass(std::shared_ptr<const DateLexicon> lexicon, std::shared_ptr<const EventBase> events,
                   DatePassOptions options)
    : lexicon_(std::move(lexicon)), events_(std::move(events)), matcher_(*events_), options_(options) {}

std::string DatePass::DescribeDate(const PartialDate& d) const {
  if (d.day && d.month && d.year) return fmt::format("{} {}, {}", lexicon_->MonthName(*d.month), *d.day, *d.year);
  if (d.month && d.year) return fmt::format("{} {}", lexicon_->MonthName(*d.month), *d.year);
  if (d.year) return std::to_string(*d.year);
  if (d.month && d.day) return fmt::format("{} {}", lexicon_->MonthName(*d.month), *d.day);
  if (d.month) return lexicon_->MonthName(*d.month);
  return "";
}

std::optional<DayInterval> DatePass::Anchor(const DateMention& m, Day r) const {
  int ry, rm, rd;
  CivilFromDay(r, ry, rm, rd);
  switch (m.kind) {
    case DateKind::kDate: {
      if (m.date.year) return m.date.Interval();
      if (!m.date.month) return std::nullopt;
      // A month (and day) without a year: the tense picks the year.
      std::optional<DayInterval> best;
      for (int y = ry - 1; y <= ry + 1; ++y) {
        PartialDate p = m.date;
        p.year = y;
        auto iv = p.Interval();
        if (!iv) continue;
        if (m.tense == Tense::kFuture) {
          if (iv->last >= r && !best) best = iv;
        } else if (iv->first <= r) {
          best = iv;
        }
      }
      return best;
    }
    case DateKind::kWeekday: {
      if (!m.weekday) return std::nullopt;
      int diff = (WeekdayOf(r) - *m.weekday + 7) % 7;
      Day d = m.tense == Tense::kFuture ? r + (*m.weekday - WeekdayOf(r) + 7) % 7 : r - diff;
      return DayInterval{d, d};
    }
    case DateKind::kRelative:
    case DateKind::kAgo: {
      if (m.unit == "day") return DayInterval{r + m.offset, r + m.offset};
      if (m.unit == "week") {
        Day monday = r - WeekdayOf(r) + 7 * m.offset;
        return DayInterval{monday, monday + 6};
      }
      if (m.unit == "month") {
        int total = ry * 12 + (rm - 1) + m.offset;
        PartialDate p{total / 12, total % 12 + 1, std::nullopt};
        return p.Interval();
      }
      if (m.unit == "year") return PartialDate{ry + m.offset, std::nullopt, std::nullopt}.Interval();
      return std::nullopt;
    }
    default:
      return std::nullopt;
  }
}

std::optional<DayInterval> DatePass::EventDays(const Document& doc, const DateAnalysis& a,
                                               const EventMention& e) const {
  if (!e.event->recurring()) return e.event->Interval();
  // The sentence holding the mention names the edition by place or by year.
  for (const auto& s : doc.sentences()) {
    if (!(s.span.begin <= e.span.begin && e.span.end <= s.span.end)) continue;
    if (const EventInstance* i = e.event->InstanceAt(doc.slice(s.span))) {
      return DayInterval{i->from.Interval()->first, i->to.Interval()->last};
    }
    for (const auto& d : a.dates) {
      if (d.kind != DateKind::kDate || !d.date.year || d.date.month) continue;
      if (!(s.span.begin <= d.span.begin && d.span.end <= s.span.end)) continue;
      for (const auto& i : e.event->instances) {
        if (i.from.year == d.date.year) {
          return DayInterval{i.from.Interval()->first, i.to.Interval()->last};
        }
      }
    }
  }
  return std::nullopt;
}

void DatePass::FindReference(const Document& doc, DateAnalysis& a) const {
  const Article& art = doc.article();
  if (art.meta.date) {
    if (auto p = ParseIsoDate(*art.meta.date); p && p->complete()) {
      a.reference = p->Interval()->first;
      a.reference_source = "metadata";
    }
  }
  // A dateline: a complete date among the first lines, standing alone or
  // after a place name or label ("LONDON, 12 March 2024 —", "Updated ...").
  size_t seen = 0;
  for (size_t li = 0; li < doc.lines().size() && seen < 3; ++li) {
    const Line& line = doc.lines()[li];
    if (line.blank) continue;
    ++seen;
    for (size_t i = 0; i < a.dates.size(); ++i) {
      const DateMention& m = a.dates[i];
      if (m.kind != DateKind::kDate || !m.date.complete()) continue;
      if (m.span.begin < line.span.begin || m.span.end > line.span.end) continue;
      std::string_view before = doc.text().substr(line.span.begin, m.span.begin - line.span.begin);
      std::string_view after = doc.text().substr(m.span.end, line.span.end - m.span.end);
      size_t words_before = doc.CountWordsIn({line.span.begin, m.span.begin});
      size_t words_after = doc.CountWordsIn({m.span.end, line.span.end});
      bool alone = words_before + words_after <= 3 && OnlyUpperOrLabel(before);
      bool head = words_before <= 4 && OnlyUpperOrLabel(before) &&
                  (after.find("\xE2\x80\x94") != std::string_view::npos ||  // em dash
                   after.find(" - ") != std::string_view::npos || after.find("\xE2\x80\x93") != std::string_view::npos);
      if (!alone && !head) continue;
      a.dateline = i;
      if (!a.reference) {
        a.reference = m.date.Interval()->first;
        a.reference_source = "dateline";
      }
      break;
    }
    if (a.dateline) break;
  }
  if (!a.reference && options_.as_of) {
    a.reference = options_.as_of;
    a.reference_source = "option";
  }
}

std::optional<size_t> DatePass::AttachedDate(const Document& doc, const DateAnalysis& a,
                                             const EventMention& e) const {
  // The date a claim gives for an event: the first calendar date after the
  // event's name in its clause, with nothing between them but the event's
  // own wording (no other event, no other verb of telling or meeting); or
  // one opening the clause ("In 2023, China and Brazil proposed ...").
  for (size_t i = 0; i < a.dates.size(); ++i) {
    const DateMention& d = a.dates[i];
    if (d.kind != DateKind::kDate) continue;
    bool after = d.span.begin >= e.span.end && d.span.begin - e.span.end <= 60 &&
                 d.clause.begin <= e.span.begin;
    bool opens = d.span.end <= e.span.begin && d.clause.begin + 4 >= d.span.begin &&
                 e.span.begin <= d.clause.end && e.span.begin - d.span.end <= 12;
    if (!after && !opens) continue;
    Span gap = after ? Span{e.span.end, d.span.begin} : Span{d.span.end, e.span.begin};
    bool blocked = std::any_of(a.events.begin(), a.events.end(), [&](const EventMention& o) {
      return o.span.begin >= gap.begin && o.span.end <= gap.end && o.event != e.event;
    });
    std::string_view g = doc.slice(gap);
    blocked |= g.find(';') != std::string_view::npos || g.find(". ") != std::string_view::npos;
    if (after && lexicon_->TenseOf(g) != Tense::kNone) {
      // A verb stands between: only the event's own kind of verb may.
      static const std::map<std::string, std::vector<std::string>> kVerbs = {
          {"founded", {"established", "founded", "launched", "created", "formed", "set up", "started"}},
          {"launched", {"launched", "established", "started", "unveiled", "created"}},
          {"signed", {"signed", "agreed", "concluded", "inked", "adopted"}},
          {"proposed", {"proposed", "put forward", "unveiled", "presented", "issued", "released"}},
          {"issued", {"issued", "released", "published", "proposed", "put forward", "adopted"}},
          {"held", {"held", "took place", "convened", "hosted", "met", "opened"}},
          {"began", {"began", "started", "launched"}},
          {"ended", {"ended", "concluded", "finished"}},
          {"occurred", {"occurred", "happened", "took place"}}};
      auto it = kVerbs.find(e.event->kind);
      bool own = false;
      std::string lower = NormalisePhrase(g);
      if (it != kVerbs.end()) {
        for (const auto& v : it->second) own |= lower.find(v) != std::string::npos;
      }
      blocked |= !own;
    }
    if (!blocked) return i;
  }
  return std::nullopt;
}

void DatePass::AddConstraints(const Document& doc, DateAnalysis& a) const {
  using Source = TimeConstraint::Source;
  if (a.reference && a.reference_source != "option") {
    Span at = a.dateline ? a.dates[*a.dateline].span : Span{0, 0};
    a.constraints.push_back({{*a.reference, *a.reference}, at, Source::kReference,
                             fmt::format("the article's date {} ({})", FormatDay(*a.reference),
                                         a.reference_source)});
  }
  std::vector<bool> attached(a.dates.size(), false);
  for (const auto& e : a.events) {
    if (auto d = AttachedDate(doc, a, e)) attached[*d] = true;
  }
  // Dates the article states, as past or future.
  for (size_t i = 0; i < a.dates.size(); ++i) {
    const DateMention& m = a.dates[i];
    if (m.kind != DateKind::kDate || !m.date.year || attached[i] || (a.dateline && *a.dateline == i)) {
      continue;
    }
    auto iv = m.date.Interval();
    if (!iv) continue;
    if (m.tense == Tense::kPast) {
      a.constraints.push_back({{iv->first, kNoLater}, m.span, Source::kStated,
                               Quote(doc, m.span) + ", told as past"});
    } else if (m.tense == Tense::kFuture && m.date.complete()) {
      a.constraints.push_back({{kNoEarlier, iv->last}, m.span, Source::kStated,
                               Quote(doc, m.span) + ", told as still to come"});
    }
  }
  // Known events told as past or as still to come.
  for (const auto& e : a.events) {
    auto days = EventDays(doc, a, e);
    if (!days) continue;
    Span sent{};
    for (const auto& s : doc.sentences()) {
      if (s.span.begin <= e.span.begin && e.span.end <= s.span.end) sent = s.span;
    }
    Tense t = lexicon_->TenseOf(doc.slice(ClauseAround(doc, sent, e.span.begin, *lexicon_)));
    std::string what = fmt::format("{} ({})", Quote(doc, e.span), EventDates(*days));
    if (t == Tense::kPast) {
      a.constraints.push_back({{days->first, kNoLater}, e.span, Source::kKnowledge, what + ", told as past"});
    } else if (t == Tense::kFuture) {
      a.constraints.push_back({{kNoEarlier, days->last}, e.span, Source::kKnowledge,
                               what + ", told as still to come"});
    }
  }
  // Anniversaries and "enters its Nth year" of a known event that follows.
  for (const auto& m : a.dates) {
    if (m.kind != DateKind::kAnniversary && m.kind != DateKind::kYearOf) continue;
    for (const auto& e : a.events) {
      if (e.span.begin < m.span.begin || e.span.begin > m.clause.end) {
        if (!(m.kind == DateKind::kYearOf && e.span.end <= m.span.begin && e.span.begin >= m.clause.begin)) {
          continue;
        }
      }
      auto days = e.event->Interval();
      if (!days) continue;
      if (m.kind == DateKind::kAnniversary) {
        Day on = AddYears(days->first, m.ordinal);
        DayInterval around = m.tense == Tense::kFuture ? DayInterval{on - kAnniversaryAhead, on}
                                                       : DayInterval{on, on + kAnniversaryAfter};
        a.constraints.push_back({around,
                                 Span{m.span.begin, std::max(m.span.end, e.span.end)},
                                 Source::kKnowledge,
                                 fmt::format("{} of {} ({} + {} years = {})", Quote(doc, m.span),
                                             e.event->name, FormatDay(days->first), m.ordinal,
                                             FormatDay(on))});
      } else {
        Day from = AddYears(days->first, m.ordinal - 1);
        a.constraints.push_back({{from - kAnniversarySlack, AddYears(days->first, m.ordinal)},
                                 m.span, Source::kStated,
                                 fmt::format("{} of {} (from {})", Quote(doc, m.span), e.event->name,
                                             FormatDay(from))});
      }
      break;
    }
  }
}

DateAnalysis DatePass::Collect(const Document& doc) const {
  DateAnalysis a;
  a.dates = ExtractDates(doc, *lexicon_);
  a.events = matcher_.Find(doc);
  FindReference(doc, a);
  AddConstraints(doc, a);
  return a;
}

void DatePass::CheckFacts(const Document& doc, DateAnalysis& a) const {
  std::map<const EventEntry*, std::vector<std::pair<size_t, size_t>>> dated;  // event -> (mention, date)
  for (size_t ei = 0; ei < a.events.size(); ++ei) {
    const EventMention& e = a.events[ei];
    auto di = AttachedDate(doc, a, e);
    if (!di) continue;
    const DateMention& d = a.dates[*di];
    dated[e.event].push_back({ei, *di});
    bool agrees = true;
    std::string known;
    if (auto days = e.event->Interval()) {
      known = EventDates(*days);
      if (d.date.year) {
        agrees = d.date.Interval() && d.date.Interval()->Overlaps(*days);
      } else {
        // No year written: compare the month (and day) within the event's years.
        agrees = false;
        int fy, fm, fd, ly, lm, ld;
        CivilFromDay(days->first, fy, fm, fd);
        CivilFromDay(days->last, ly, lm, ld);
        for (int y = fy; y <= ly && !agrees; ++y) {
          PartialDate p = d.date;
          p.year = y;
          agrees = p.Interval() && p.Interval()->Overlaps(*days);
        }
      }
    } else if (d.date.year && d.date.Interval()) {
      agrees = e.event->SeriesCouldOverlap(*d.date.Interval());
      known = "its editions on file";
    }
    if (agrees) continue;
    Span span{std::min(e.span.begin, d.span.begin), std::max(e.span.end, d.span.end)};
    DatedIssue issue;
    issue.span = span;
    issue.evidence = KbRef(*e.event);
    if (auto days = e.event->Interval()) {
      PartialDate right;
      int y, m, dd;
      CivilFromDay(days->first, y, m, dd);
      right.year = d.date.year ? std::optional<int>(y) : std::nullopt;
      right.month = d.date.month ? std::optional<int>(m) : std::nullopt;
      right.day = d.date.day ? std::optional<int>(dd) : std::nullopt;
      issue.suggestion = DescribeDate(right);
      issue.detail = fmt::format("{}: the knowledge base dates {} ({}) to {}, not {}",
                                 Quote(doc, d.span), e.event->name, e.event->kind, known,
                                 DescribeDate(d.date));
    } else {
      issue.detail = fmt::format("{}: {} was not held then according to {}", Quote(doc, d.span),
                                 e.event->name, known);
    }
    a.facts.push_back(std::move(issue));
  }
  // One event given two dates that cannot both hold.
  for (const auto& [event, uses] : dated) {
    for (size_t k = 1; k < uses.size(); ++k) {
      const DateMention& first = a.dates[uses[0].second];
      const DateMention& later = a.dates[uses[k].second];
      auto fi = first.date.Interval(), li = later.date.Interval();
      bool disagree = fi && li ? !fi->Overlaps(*li)
                               : (first.date.month && later.date.month && first.date.month != later.date.month) ||
                                     (first.date.day && later.date.day && first.date.month == later.date.month &&
                                      first.date.day != later.date.day);
      if (!disagree) continue;
      DatedIssue issue;
      issue.span = later.span;
      issue.evidence = KbRef(*event);
      issue.detail = fmt::format("{} is dated {} here but {} earlier in the article", event->name,
                                 Quote(doc, later.span), Quote(doc, first.span));
      issue.related.push_back({first.span, "the other date given for " + event->name});
      a.conflicts.push_back(std::move(issue));
    }
  }
}

void DatePass::CheckRelativeToEvents(const Document& doc, DateAnalysis& a) const {
  if (!a.reference) return;
  bool precise = a.reference_source != "inferred" || (a.frame && a.frame->last - a.frame->first <= 7);
  if (!precise) return;
  for (const auto& m : a.dates) {
    if (m.kind != DateKind::kRelative && m.kind != DateKind::kAgo) continue;
    auto when = Anchor(m, *a.reference);
    if (!when) continue;
    DayInterval loose{when->first - kRelativeSlack, when->last + kRelativeSlack};
    for (const auto& e : a.events) {
      const Sentence& s = doc.sentences()[m.sentence];
      if (e.span.begin < s.span.begin || e.span.end > s.span.end) continue;
      bool fits;
      std::string known;
      if (auto days = e.event->Interval()) {
        fits = days->Overlaps(loose);
        known = EventDates(*days);
      } else {
        fits = e.event->SeriesCouldOverlap(loose);
        std::string months;
        for (int mo : e.event->recurrence_months) {
          AppendJoined(months, ", ", lexicon_->MonthName(mo));
        }
        known = "held each year in " + months;
      }
      if (fits) continue;
      DatedIssue issue;
      issue.span = m.span;
      issue.evidence = KbRef(*e.event);
      issue.detail = fmt::format("{} points to {} (the article is dated {}), but {} is {}",
                                 Quote(doc, m.span), EventDates(*when), FormatDay(*a.reference),
                                 e.event->name, known);
      issue.related.push_back({e.span, e.event->name});
      a.timeline.push_back(std::move(issue));
      break;
    }
  }
}

void DatePass::Resolve(const Document& doc, DateAnalysis& a) const {
  FrameSolution sol = SolveFrame(a.constraints);
  a.frame = sol.frame;
  for (const auto& c : sol.conflicts) {
    const TimeConstraint& dropped = a.constraints[c.dropped];
    if (dropped.source == TimeConstraint::Source::kTitle) {
      std::vector<HitRelated> related;
      for (size_t j : c.conflicts_with) related.push_back({a.constraints[j].span, a.constraints[j].what});
      a.dropped_titles.emplace_back(c.dropped, std::move(related));
      continue;
    }
    DatedIssue issue;
    issue.span = dropped.span;
    if (dropped.span.size() == 0 && doc.title_line()) issue.span = doc.lines()[*doc.title_line()].span;
    std::string others;
    for (size_t j : c.conflicts_with) {
      const TimeConstraint& o = a.constraints[j];
      AppendJoined(others, "; ", o.what);
      issue.related.push_back({o.span, o.what});
    }
    if (dropped.source == TimeConstraint::Source::kReference) {
      issue.detail = fmt::format("{} is contradicted by the content: {}", dropped.what, others);
    } else {
      issue.detail = fmt::format("{} puts the article {}, which cannot hold with {}", dropped.what,
                                 DescribeAllowed(dropped.allowed), others);
    }
    a.timeline.push_back(std::move(issue));
  }
  if (!a.reference && a.frame && a.frame->first > kNoEarlier) {
    bool narrow = a.frame->last < kNoLater && a.frame->last - a.frame->first <= 14;
    a.reference = narrow ? a.frame->first + (a.frame->last - a.frame->first) / 2 : a.frame->first;
    a.reference_source = "inferred";
  }
  CheckFacts(doc, a);
  CheckRelativeToEvents(doc, a);
}

}  // namespace newslint
