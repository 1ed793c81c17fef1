#include "checker/kb/event_matcher.h"
#include "checker/text_join.h"

#include <algorithm>

#include "checker/phrase_pattern.h"

namespace newslint {

EventMatcher::EventMatcher(const EventBase& base) {
  std::string alt;
  for (const auto& e : base.events()) {
    for (const auto& m : e.match) {
      auto& list = by_phrase_[NormalisePhrase(m)];
      if (std::find(list.begin(), list.end(), &e) == list.end()) list.push_back(&e);
      AppendJoined(alt, "|", PhraseToPattern(m));
    }
    for (const auto& p : e.patterns) patterns_.emplace_back(CompilePattern(p, true), &e);
  }
  if (!alt.empty()) {
    RE2::Options opts;
    opts.set_case_sensitive(false);
    opts.set_longest_match(true);
    opts.set_log_errors(false);
    opts.set_max_mem(64 << 20);
    phrases_ = std::make_unique<RE2>("(?:" + alt + ")", opts);
  }
}

std::vector<EventMention> EventMatcher::Find(const Document& doc) const {
  std::vector<EventMention> out;
  Span all{0, doc.text().size()};
  if (phrases_) {
    ForEachMatch(*phrases_, doc.text(), all, [&](const PatternMatch& m) {
      auto it = by_phrase_.find(NormalisePhrase(doc.slice(m.span)));
      if (it == by_phrase_.end()) return;
      for (const EventEntry* e : it->second) out.push_back({m.span, e});
    });
  }
  for (const auto& pattern : patterns_) {
    auto* e = pattern.second;  // a named copy: clang 14 cannot capture structured bindings
    ForEachMatch(*pattern.first, doc.text(), all,
                 [&](const PatternMatch& m) { out.push_back({m.span, e}); });
  }
  std::sort(out.begin(), out.end(), [](const EventMention& a, const EventMention& b) {
    return a.span.begin < b.span.begin;
  });
  return out;
}

}  // namespace newslint
