#include "checker/kb/event_matcher.h"
#include "checker/text_join.h"

#include <algorithm>

#include "checker/phrase_pattern.h"

namespace newslint {

EventMatcher::EventMatcher(const EventBase& base) {
  std::string alt;
  std::vector<std::string> all;
  for (const auto& e : base.events()) {
    for (const auto& m : e.match) {
      auto& list = by_phrase_[NormalisePhrase(m)];
      if (std::find(list.begin(), list.end(), &e) == list.end()) list.push_back(&e);
      AppendJoined(alt, "|", PhraseToPattern(m));
    }
  }
  if (!alt.empty()) {
    RE2::Options opts;
    opts.set_case_sensitive(false);
    opts.set_longest_match(true);
    opts.set_log_errors(false);
    opts.set_max_mem(64 << 20);
    all.push_back("(?:" + alt + ")");
    phrases_ = std::make_unique<RE2>(all.back(), opts);
  }
  for (const auto& e : base.events()) {
    for (const auto& p : e.patterns) {
      patterns_.emplace_back(CompilePattern(p, true), &e);
      all.push_back(p);
    }
  }
  if (!all.empty()) present_ = std::make_unique<PatternSet>(all, true);
}

std::vector<EventMention> EventMatcher::Find(const Document& doc) const {
  std::vector<EventMention> out;
  if (!present_) return out;
  Span all{0, doc.text().size()};
  std::vector<int> present;  // ascending
  present_->Matching(doc.text(), present);
  const int first_pattern = phrases_ ? 1 : 0;
  for (int index : present) {
    if (index < first_pattern) {
      ForEachMatch(*phrases_, doc.text(), all, [&](const PatternMatch& m) {
        auto it = by_phrase_.find(NormalisePhrase(doc.slice(m.span)));
        if (it == by_phrase_.end()) return;
        for (const EventEntry* e : it->second) out.push_back({m.span, e});
      });
      continue;
    }
    const auto& [re, event] = patterns_[static_cast<size_t>(index - first_pattern)];
    const EventEntry* e = event;  // a named copy: clang 14 cannot capture structured bindings
    ForEachMatch(*re, doc.text(), all, [&](const PatternMatch& m) { out.push_back({m.span, e}); });
  }
  std::sort(out.begin(), out.end(), [](const EventMention& a, const EventMention& b) {
    return a.span.begin < b.span.begin;
  });
  return out;
}

}  // namespace newslint
