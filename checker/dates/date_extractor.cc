#include "checker/dates/date_extractor.h"

#include <algorithm>

namespace newslint {
namespace {

// The text of group `index` (DatePattern::groups); empty when absent or unset.
std::string_view Group(const std::vector<re2::StringPiece>& sub, int index) {
  if (index < 0) return {};
  const auto& piece = sub[static_cast<size_t>(index)];
  return piece.data() ? std::string_view(piece.data(), piece.size()) : std::string_view();
}

struct Candidate {
  DateMention mention;
  size_t pattern;
};

}  // namespace

Span ClauseAround(const Document& doc, Span sentence, size_t offset, const DateLexicon& lexicon) {
  std::string_view s = doc.slice(sentence);
  size_t at = offset - sentence.begin;
  // The clause starts after the nearest break that starts before the date (a
  // break running into the date ends at it), and ends at the first break
  // that starts at or after it. One scan each way, from the date out.
  size_t begin = 0, end = s.size();
  for (size_t p = at; p-- > 0 && p + lexicon.longest_clause_break() > begin;) {
    size_t len = lexicon.ClauseBreakAt(s, p);
    if (len > 0) begin = std::max(begin, std::min(p + len, at));
  }
  for (size_t p = at; p < end; ++p) {
    if (lexicon.ClauseBreakAt(s, p) > 0) end = p;
  }
  return {sentence.begin + begin, sentence.begin + end};
}

std::vector<DateMention> ExtractDates(const Document& doc, const DateLexicon& lex) {
  std::vector<DateMention> out;
  const auto& sentences = doc.sentences();
  if (sentences.empty()) return out;
  std::vector<std::vector<Candidate>> found(sentences.size());
  std::vector<re2::StringPiece> sub;
  re2::StringPiece text(doc.text().data(), doc.text().size());
  std::vector<int> present;
  for (size_t si = 0; si < sentences.size(); ++si) {
    const Span sentence = sentences[si].span;
    // One pass over the sentence says which patterns occur in it; most
    // sentences hold none or one, so each pattern runs only where it occurs
    // instead of over the whole article.
    present.clear();
    if (!lex.pattern_set().Match(doc.slice(sentence), &present)) continue;
    std::sort(present.begin(), present.end());
    for (int pi_int : present) {
      size_t pi = static_cast<size_t>(pi_int);
      const DatePattern& p = lex.patterns()[pi];
      int groups = p.re->NumberOfCapturingGroups();
      sub.assign(static_cast<size_t>(groups) + 1, re2::StringPiece());
      size_t pos = sentence.begin;
      // One call finds the match and its groups: RE2 runs its DFAs to the
      // span, then captures only on it.
      while (pos <= sentence.end &&
             p.re->Match(text, pos, sentence.end, RE2::UNANCHORED, sub.data(), groups + 1)) {
        size_t b = static_cast<size_t>(sub[0].data() - text.data());
        size_t e = b + sub[0].size();
        pos = e > pos ? e : pos + 1;
        DateMention m;
        m.span = {b, e};
        m.sentence = si;
        if (p.kind == "date") {
          m.kind = DateKind::kDate;
          if (auto v = Group(sub, p.groups.year); !v.empty())
            m.date.year = std::stoi(std::string(v));
          if (auto v = Group(sub, p.groups.month); !v.empty()) m.date.month = lex.Month(v);
          if (auto v = Group(sub, p.groups.month_num); !v.empty())
            m.date.month = std::stoi(std::string(v));
          if (auto v = Group(sub, p.groups.day); !v.empty()) m.date.day = std::stoi(std::string(v));
          if (auto v = Group(sub, p.groups.weekday); !v.empty()) m.weekday = lex.Weekday(v);
          if (!m.date.year && !m.date.month) continue;
        } else if (p.kind == "weekday") {
          m.kind = DateKind::kWeekday;
          m.weekday = lex.Weekday(Group(sub, p.groups.weekday));
        } else if (p.kind == "relative") {
          const RelativeExpression* r = lex.Relative(Group(sub, p.groups.relative));
          if (!r) continue;
          m.kind = DateKind::kRelative;
          m.unit = r->unit;
          m.offset = r->offset;
        } else if (p.kind == "ago") {
          m.kind = DateKind::kAgo;
          m.unit = lex.Unit(Group(sub, p.groups.unit));
          m.offset = -lex.Number(Group(sub, p.groups.count));
          if (m.unit.empty() || m.offset == 0) continue;
        } else if (p.kind == "anniversary") {
          m.kind = DateKind::kAnniversary;
          auto ord = Group(sub, p.groups.ordinal);
          m.ordinal = ord.empty() ? lex.Number(Group(sub, p.groups.count)) : lex.Ordinal(ord);
          if (m.ordinal <= 0) continue;
        } else if (p.kind == "year_of") {
          m.kind = DateKind::kYearOf;
          m.ordinal = lex.Ordinal(Group(sub, p.groups.ordinal));
          if (m.ordinal <= 0) continue;
        }
        found[si].push_back({std::move(m), pi});
      }
    }
  }
  for (size_t si = 0; si < sentences.size(); ++si) {
    auto& cands = found[si];
    if (cands.empty()) continue;
    // Longest first, then earlier pattern; keep those that overlap nothing kept.
    std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
      size_t la = a.mention.span.size(), lb = b.mention.span.size();
      if (la != lb) return la > lb;
      return a.pattern < b.pattern;
    });
    std::vector<DateMention> kept;
    for (auto& c : cands) {
      bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const DateMention& k) {
        return k.span.begin < c.mention.span.end && c.mention.span.begin < k.span.end;
      });
      if (overlaps) continue;
      c.mention.clause = ClauseAround(doc, sentences[si].span, c.mention.span.begin, lex);
      // The words leading up to the date decide ("met on May 2 and will meet
      // on May 9"); the rest of the clause only when they say nothing.
      c.mention.tense = lex.TenseOf(doc.slice({c.mention.clause.begin, c.mention.span.end}));
      if (c.mention.tense == Tense::kNone)
        c.mention.tense = lex.TenseOf(doc.slice(c.mention.clause));
      kept.push_back(std::move(c.mention));
    }
    std::sort(kept.begin(), kept.end(), [](const DateMention& a, const DateMention& b) {
      return a.span.begin < b.span.begin;
    });
    for (auto& k : kept) out.push_back(std::move(k));
  }
  return out;
}

}  // namespace newslint
