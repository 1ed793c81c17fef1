#include "checker/titles/title_pass.h"
#include "checker/text_join.h"

#include <fmt/format.h>

#include <algorithm>

#include "checker/dates/time_frame.h"
#include "checker/phrase_pattern.h"
#include "checker/utf8.h"

namespace newslint {
namespace {

bool IsModifier(const std::string& w, TitleModifier& m) {
  if (w == "former" || w == "ex") return m = TitleModifier::kFormer, true;
  if (w == "then") return m = TitleModifier::kThen, true;
  if (w == "acting" || w == "outgoing" || w == "incoming" || w == "late" || w == "interim" ||
      w == "caretaker" || w == "deputy" || w == "vice" || w == "future" || w == "designate") {
    return m = TitleModifier::kOther, true;
  }
  return false;
}

// Only spaces (and hyphens) between two words of one title.
bool Joined(const Document& doc, Span a, Span b) {
  std::string_view gap = doc.text().substr(a.end, b.begin - a.end);
  return gap.find_first_not_of(" -\xC2\xA0") == std::string_view::npos;
}

std::string Interval(const DayInterval& d) {
  return d.first == d.last ? FormatDay(d.first) : FormatDay(d.first) + " to " + FormatDay(d.last);
}

size_t Levenshtein(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// The window's tokens as title words, in order.
std::vector<std::string> NormalisedWords(const Document& doc, const std::vector<size_t>& window) {
  std::vector<std::string> out;
  out.reserve(window.size());
  for (size_t t : window) {
    out.push_back(TitleVocabulary::NormaliseWord(doc.slice(doc.tokens()[t].span)));
  }
  return out;
}

}  // namespace

TitlePass::TitlePass(std::shared_ptr<const PeopleBase> people)
    : people_(std::move(people)), vocabulary_(*people_) {
  std::vector<std::string> names;
  auto add = [&](const std::string& name, const Person* p, bool variant) {
    if (name.find(' ') == std::string::npos) return;  // full names only: "Li" alone is anyone
    by_name_.emplace(NormalisePhrase(name), NameForm{p, variant});
    names.push_back(name);
  };
  for (const auto& p : people_->people()) {
    if (!p.given_name.empty()) {
      uint32_t id = given_names_.Add(p.given_name);
      if (id == people_by_given_name_.size()) people_by_given_name_.emplace_back();
      people_by_given_name_[id].push_back(&p);
      given_name_starts_[static_cast<unsigned char>(p.given_name[0])] = true;
    }
    add(p.name, &p, false);
    for (const auto& a : p.aliases) add(a, &p, false);
    for (const auto& v : p.variants) add(v, &p, true);
  }
  names_ = std::make_unique<PhraseFinder>(names);
}

TitlePass::TitleWords TitlePass::ReadTitleWords(std::span<const std::string> raw) const {
  // Hyphens normalise to spaces: "then-Foreign" is two words here.
  std::vector<TitleWord> words;
  auto space = [](char c) {  // white space as `istream >> string` splits at it
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
  };
  for (const auto& r : raw) {
    for (size_t at = 0; at < r.size();) {
      while (at < r.size() && space(r[at])) ++at;
      size_t end = at;
      while (end < r.size() && !space(r[end])) ++end;
      if (end > at) words.push_back({r.substr(at, end - at), "", 1});
      at = end;
    }
  }
  vocabulary_.MarkJurisdictions(words);
  TitleWords out;
  bool leading = true;
  for (const auto& w : words) {
    if (!w.jurisdiction.empty()) {
      out.jurisdiction = w.jurisdiction;
      continue;
    }
    if (vocabulary_.IsFiller(w.text)) continue;
    TitleModifier m;
    if (leading && IsModifier(w.text, m)) {  // "former", "then", "acting" open a title
      if (out.modifier == TitleModifier::kNone || m == TitleModifier::kOther) out.modifier = m;
      continue;
    }
    leading = false;
    AppendJoined(out.key, " ", w.text);
  }
  return out;
}

std::vector<const Office*> TitlePass::Candidates(const Person* person, const std::string& key,
                                                 const std::string& jurisdiction) const {
  const auto* offices = vocabulary_.OfficesTitled(key);
  if (!offices) return {};
  std::vector<std::string> own;  // the jurisdictions of the person's terms
  for (const Term* t : people_->TermsOf(person->id)) {
    if (const Office* o = people_->FindOffice(t->office)) own.push_back(o->jurisdiction);
  }
  std::vector<const Office*> out;
  for (const Office* o : *offices) {
    bool fits = jurisdiction.empty() ? std::find(own.begin(), own.end(), o->jurisdiction) != own.end()
                                     : o->jurisdiction == jurisdiction;
    if (fits) out.push_back(o);
  }
  return out;
}

std::optional<TitleAssertion> TitlePass::BindBefore(const Document& doc, size_t first,
                                                    const Person* person, Span name) const {
  const auto& tokens = doc.tokens();
  std::vector<size_t> window;  // token indexes, nearest last
  for (size_t i = first; i > 0 && window.size() < 9; --i) {
    size_t t = i - 1;
    Span next = window.empty() ? name : tokens[window.front()].span;
    if (!Joined(doc, tokens[t].span, next)) break;
    window.insert(window.begin(), t);
  }
  const std::vector<std::string> words = NormalisedWords(doc, window);  // once for all titles
  for (size_t s = 0; s < window.size(); ++s) {  // longest title first
    auto [key, jurisdiction, modifier] = ReadTitleWords(std::span(words).subspan(s));
    if (key.empty()) continue;
    auto offices = Candidates(person, key, jurisdiction);
    if (offices.empty()) continue;
    TitleAssertion a;
    a.person = person;
    a.offices = std::move(offices);
    a.modifier = modifier;
    a.name_span = name;
    a.title_span = {tokens[window[s]].span.begin, tokens[window.back()].span.end};
    a.span = {a.title_span.begin, name.end};
    a.title_text = std::string(doc.slice(a.title_span));
    return a;
  }
  return std::nullopt;
}

std::optional<TitleAssertion> TitlePass::BindAfter(const Document& doc, size_t last,
                                                   const Person* person, Span name) const {
  const auto& tokens = doc.tokens();
  std::string_view t = doc.text();
  size_t pos = name.end;
  while (pos < t.size() && t[pos] == ' ') ++pos;
  if (pos >= t.size() || t[pos] != ',') return std::nullopt;
  std::vector<size_t> window;
  for (size_t i = last + 1; i < tokens.size() && window.size() < 10; ++i) {
    Span prev = window.empty() ? Span{pos, pos + 1} : tokens[window.back()].span;
    std::string_view gap = t.substr(prev.end, tokens[i].span.begin - prev.end);
    if (!window.empty() && gap.find_first_not_of(" -\xC2\xA0") != std::string_view::npos) break;
    if (window.empty() && gap.find_first_not_of(" ") != std::string_view::npos) break;
    window.push_back(i);
  }
  size_t skip = 0;
  const std::vector<std::string> words = NormalisedWords(doc, window);  // once for all titles
  if (window.size() >= 2 && words[0] == "who") {  // predicate: "who is", "who has been"
    if (words[1] == "is") skip = 2;
    else if (window.size() >= 3 && words[1] == "has" && words[2] == "been") skip = 3;
    else return std::nullopt;  // "who was": a past the clause must date
  }
  for (size_t e = window.size(); e > skip; --e) {  // longest title first
    auto [key, jurisdiction, m] = ReadTitleWords(std::span(words).subspan(skip, e - skip));
    auto offices = Candidates(person, key, jurisdiction);
    if (offices.empty()) continue;
    TitleAssertion a;
    a.person = person;
    a.offices = std::move(offices);
    a.modifier = m;
    a.name_span = name;
    a.title_span = {tokens[window[skip]].span.begin, tokens[window[e - 1]].span.end};
    a.span = {name.begin, a.title_span.end};
    a.title_text = std::string(doc.slice(a.title_span));
    return a;
  }
  return std::nullopt;
}

std::optional<DayInterval> TitlePass::OwnMoment(const DateAnalysis& dates,
                                                const TitleAssertion& t) const {
  // A date in the same clause says when the title speaks of.
  std::optional<DayInterval> best;
  size_t best_distance = SIZE_MAX;
  for (size_t i = 0; i < dates.dates.size(); ++i) {
    const DateMention& m = dates.dates[i];
    if (m.kind != DateKind::kDate || !m.date.year) continue;
    if (dates.dateline && *dates.dateline == i) continue;  // the article's date, not the clause's
    if (t.span.begin < m.clause.begin || t.span.end > m.clause.end) continue;
    size_t distance = m.span.begin > t.span.end ? m.span.begin - t.span.end : t.span.begin - m.span.end;
    if (distance < best_distance) {
      best = m.date.Interval();
      best_distance = distance;
    }
  }
  return best;
}

TitleAnalysis TitlePass::Collect(const Document& doc, DateAnalysis& dates) const {
  TitleAnalysis out;
  const auto& tokens = doc.tokens();
  names_->ForEach(doc.text(), [&](Span name) {
    auto it = by_name_.find(NormalisePhrase(doc.slice(name)));
    if (it == by_name_.end()) return;
    size_t first = doc.FirstTokenAtOrAfter(name.begin);
    size_t last = first;
    while (last + 1 < tokens.size() && tokens[last + 1].span.end <= name.end) ++last;
    auto a = BindBefore(doc, first, it->second.person, name);
    if (!a) a = BindAfter(doc, last, it->second.person, name);
    if (a) out.assertions.push_back(std::move(*a));
  });
  // Titles without a date of their own constrain when the article was written.
  for (auto& a : out.assertions) {
    if (a.modifier == TitleModifier::kOther || a.modifier == TitleModifier::kThen) continue;
    if (OwnMoment(dates, a)) continue;
    std::vector<const Term*> held;
    for (const Term* t : people_->TermsOf(a.person->id)) {
      for (const Office* o : a.offices) {
        if (t->office == o->id) held.push_back(t);
      }
    }
    if (held.empty()) continue;
    DayInterval allowed{kNoLater, kNoEarlier};
    if (a.modifier == TitleModifier::kNone) {
      for (const Term* t : held) {
        allowed.first = std::min(allowed.first, t->from.Interval()->first);
        allowed.last = std::max(allowed.last, t->to ? t->to->Interval()->last : kNoLater);
      }
    } else {  // former: after the first term ended
      for (const Term* t : held) {
        if (t->to) allowed.first = std::min(allowed.first, t->to->Interval()->first);
      }
      if (allowed.first == kNoLater) continue;
      allowed.last = kNoLater;
    }
    a.constraint = dates.constraints.size();
    dates.constraints.push_back({allowed, a.span, TimeConstraint::Source::kTitle,
                                 fmt::format("“{}” ({}: {})", doc.slice(a.span),
                                             a.modifier == TitleModifier::kNone ? "in office" : "out of office",
                                             DescribeAllowed(allowed))});
  }
  return out;
}

std::string TitlePass::Record(const Person* p, const std::vector<const Office*>& offices,
                              const std::optional<DayInterval>& moment) const {
  std::string out;
  for (const Office* o : offices) {
    std::string own;
    for (const Term* t : people_->TermsOf(p->id)) {
      if (t->office == o->id) AppendJoined(own, ", ", t->Describe());
    }
    if (own.empty()) continue;
    AppendJoined(out, "; ", fmt::format("{} was {} {}", p->name, o->name, own));
    if (moment) {
      for (const Term* t : people_->TermsOfOffice(o->id)) {
        if (t->person == p->id || !t->HeldDuring(*moment)) continue;
        const Person* other = people_->FindPerson(t->person);
        out += fmt::format("; {} held it {}", other ? other->name : t->person, t->Describe());
      }
    }
  }
  return out;
}

void TitlePass::Check(const Document& doc, const DateAnalysis& dates, TitleAnalysis& out) const {
  for (const auto& a : out.assertions) {
    std::optional<DayInterval> moment = OwnMoment(dates, a);
    bool own = moment.has_value();
    if (!moment && dates.reference) moment = DayInterval{*dates.reference, *dates.reference};
    if (!moment || a.modifier == TitleModifier::kOther) continue;
    std::vector<const Term*> terms;
    for (const Term* t : people_->TermsOf(a.person->id)) {
      for (const Office* o : a.offices) {
        if (t->office == o->id) terms.push_back(t);
      }
    }
    std::string evidence = a.person->file + ": " + a.person->id;
    std::string when = own ? Interval(*moment) : FormatDay(moment->first) + " (the article's date)";
    DatedIssue issue;
    issue.span = a.span;
    issue.evidence = evidence;
    if (terms.empty()) {
      // Never held: only where the record knows the person's offices.
      if (people_->TermsOf(a.person->id).empty() || a.modifier == TitleModifier::kThen) continue;
      std::string held;
      const Office* right = nullptr;
      for (const Term* t : people_->TermsOf(a.person->id)) {
        const Office* o = people_->FindOffice(t->office);
        if (!o || o->jurisdiction != a.offices.front()->jurisdiction) continue;
        AppendJoined(held, "; ", o->name + " " + t->Describe());
        if (t->HeldDuring(*moment)) right = o;
      }
      if (held.empty()) continue;
      issue.detail = fmt::format("{} was never {} ({}); on record: {}", a.person->name,
                                 a.offices.front()->name, a.title_text, held);
      if (right) {
        std::string title = a.title_text;
        const std::string& right_title = right->titles.front();
        // Replace the office words, keep the jurisdiction words as written.
        for (const auto& t : a.offices.front()->titles) {
          size_t at = NormalisePhrase(title).rfind(NormalisePhrase(t));
          if (at != std::string::npos && NormalisePhrase(title).size() == at + NormalisePhrase(t).size()) {
            title = title.substr(0, title.size() - t.size()) + right_title;
            break;
          }
        }
        issue.suggestion = title + " " + std::string(doc.slice(a.name_span));
      }
      out.wrong.push_back(std::move(issue));
      continue;
    }
    bool throughout = std::any_of(terms.begin(), terms.end(), [&](const Term* t) { return t->HeldThroughout(*moment); });
    bool during = std::any_of(terms.begin(), terms.end(), [&](const Term* t) { return t->HeldDuring(*moment); });
    auto related_from_frame = [&](DatedIssue& i) {
      if (!a.constraint) return;
      for (const auto& rel : dates.dropped_titles) {
        if (rel.first == *a.constraint) i.related = rel.second;
      }
    };
    if (a.modifier == TitleModifier::kFormer && throughout) {
      issue.detail = fmt::format("“former”, but {} held the office on {}: {}", a.person->name, when,
                                 Record(a.person, a.offices, moment));
      issue.suggestion = std::string(doc.slice({a.title_span.begin, a.name_span.end}));
      // Drop the modifier word from the suggestion.
      for (const char* w : {"former ", "Former ", "ex-", "Ex-"}) {
        size_t at = issue.suggestion.find(w);
        if (at != std::string::npos) {
          issue.suggestion.erase(at, std::string_view(w).size());
          if (!issue.suggestion.empty()) issue.suggestion[0] = static_cast<char>(std::toupper(issue.suggestion[0]));
          break;
        }
      }
      related_from_frame(issue);
      out.former.push_back(std::move(issue));
    } else if ((a.modifier == TitleModifier::kNone || a.modifier == TitleModifier::kThen) && !during) {
      issue.detail = fmt::format("{} did not hold this office on {}: {}", a.person->name, when,
                                 Record(a.person, a.offices, moment));
      bool later = std::all_of(terms.begin(), terms.end(), [&](const Term* t) {
        return t->from.Interval()->first > moment->last;
      });
      if (!later && a.modifier == TitleModifier::kNone) issue.suggestion = "former " + a.title_text;
      related_from_frame(issue);
      out.stale.push_back(std::move(issue));
    }
  }
  CheckNames(doc, out);
}

void TitlePass::CheckNames(const Document& doc, TitleAnalysis& out) const {
  const auto& tokens = doc.tokens();
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string_view tok = doc.slice(tokens[i].span);
    if (tok.empty() || !given_name_starts_[static_cast<unsigned char>(tok[0])]) continue;
    std::string_view bare = tok;
    for (std::string_view poss : {"\xE2\x80\x99s", "'s"}) {
      if (bare.size() > 3 && bare.ends_with(poss)) bare.remove_suffix(poss.size());
    }
    auto prev = [&]() { return i > 0 ? std::string(doc.slice(tokens[i - 1].span)) : std::string(); };
    auto next = [&]() { return i + 1 < tokens.size() ? std::string(doc.slice(tokens[i + 1].span)) : std::string(); };
    uint32_t given = given_names_.Find(bare);
    if (given == WordIds::kNone) continue;
    for (const Person* pp : people_by_given_name_[given]) {
      const Person& p = *pp;
      if (p.family_name.empty()) continue;
      if (p.family_first && bare == p.given_name && p.given_name.size() >= 4 && prev() != p.family_name) {
        bool swapped = NormalisePhrase(next()).rfind(NormalisePhrase(p.family_name), 0) == 0;
        NameIssue issue;
        issue.span = {tokens[i].span.begin, tokens[i].span.begin + bare.size()};
        issue.evidence = p.file + ": " + p.id;
        issue.suggestion = swapped ? p.name : p.family_name;
        issue.detail = swapped
                           ? fmt::format("“{} {}” swaps {}'s names: the family name comes first", bare,
                                         p.family_name, p.name)
                           : fmt::format("“{}” is {}'s given name; the family name {} comes first and "
                                         "names the person alone",
                                         bare, p.name, p.family_name);
        if (swapped) issue.span.end = tokens[i + 1].span.end;
        out.name_form.push_back(std::move(issue));
      } else if (!p.family_first && bare == p.given_name && i + 1 < tokens.size() && p.family_name.size() >= 5) {
        // "Volodymyr Zelenskky": a given name followed by a near miss of the family name.
        std::string fam(doc.slice(tokens[i + 1].span));
        if (fam == p.family_name || fam.empty() || !utf8::IsUpper(static_cast<unsigned char>(fam[0]))) continue;
        size_t d = Levenshtein(NormalisePhrase(fam), NormalisePhrase(p.family_name));
        if (d == 0 || d > 2 || d * 4 > p.family_name.size()) continue;
        std::string full = std::string(bare) + " " + fam;
        auto known = by_name_.find(NormalisePhrase(full));
        if (known != by_name_.end()) continue;  // a listed variant, or another person
        bool variant_family = false;
        for (const auto& v : p.variants) {
          variant_family |= NormalisePhrase(v).find(NormalisePhrase(fam)) != std::string::npos;
        }
        if (variant_family) continue;
        NameIssue issue;
        issue.span = {tokens[i].span.begin, tokens[i + 1].span.end};
        issue.evidence = p.file + ": " + p.id;
        issue.suggestion = p.name;
        issue.detail = fmt::format("“{}” looks like a misspelling of {}", full, p.name);
        out.name_form.push_back(std::move(issue));
      }
    }
  }
}

}  // namespace newslint
