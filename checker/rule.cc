#include "checker/rule.h"

#include "checker/trigger_map.h"

namespace newslint {

namespace {
constexpr std::pair<std::string_view, Scope> kScopes[] = {
    {"title", Scope::kTitle},         {"heading", Scope::kHeading},
    {"line", Scope::kLine},           {"sentence", Scope::kSentence},
    {"paragraph", Scope::kParagraph}, {"document", Scope::kDocument}};
}

std::optional<Scope> ParseScope(std::string_view name) {
  for (auto [n, s] : kScopes) {
    if (n == name) return s;
  }
  return std::nullopt;
}

std::string_view ScopeName(Scope scope) {
  for (auto [n, s] : kScopes) {
    if (s == scope) return n;
  }
  return "sentence";
}

std::vector<Span> UnitsOf(const Document& doc, Scope scope) {
  std::vector<Span> out;
  switch (scope) {
    case Scope::kTitle:
      if (auto t = doc.title_line()) out.push_back(doc.lines()[*t].span);
      break;
    case Scope::kHeading:
      for (const auto& l : doc.lines()) {
        if (l.heading) out.push_back(l.span);
      }
      break;
    case Scope::kLine:
      for (const auto& l : doc.lines()) {
        if (!l.blank) out.push_back(l.span);
      }
      break;
    case Scope::kSentence:
      for (const auto& s : doc.sentences()) out.push_back(s.span);
      break;
    case Scope::kParagraph:
      for (const auto& p : doc.paragraphs()) out.push_back(p.span);
      break;
    case Scope::kDocument:
      out.push_back({0, doc.text().size()});
      break;
  }
  return out;
}

std::vector<Span> Rule::Units(const Document& doc) const { return UnitsOf(doc, info_.scope); }

std::vector<Span> Rule::UnitsToScan(const Document& doc) const {
  std::vector<Span> units = Units(doc);
  const TriggerMap::Entry* map = doc.trigger_map() ? doc.trigger_map()->Of(this) : nullptr;
  if (!map) return units;
  // Units and paragraphs both run in text order: one walk pairs them. A unit
  // that is a whole paragraph was scanned as it is; one inside a paragraph
  // only when no trigger is anchored and its edges read alike; any other
  // unit is kept.
  const auto& paragraphs = doc.paragraphs();
  size_t p = 0, kept = 0;
  for (Span unit : units) {
    while (p < paragraphs.size() && paragraphs[p].span.end < unit.begin) ++p;
    const Span para = p < paragraphs.size() ? paragraphs[p].span : Span{};
    bool judged = p < paragraphs.size() &&
                  (unit == para || (para.begin <= unit.begin && unit.end <= para.end &&
                                    !map->anchored && EdgesReadAlike(doc.text(), para, unit)));
    if (!judged || map->paragraphs[p]) units[kept++] = unit;
  }
  units.resize(kept);
  return units;
}

}  // namespace newslint
