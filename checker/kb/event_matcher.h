// Finds mentions of knowledge-base events in a document: one RE2 pass with
// every event's phrases (longest match wins), then each event's patterns. A
// set of them all, run first, says which of these passes can find anything:
// most articles mention no event.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "checker/document.h"
#include "checker/kb/event_base.h"
#include "checker/pattern_set.h"
#include "re2/re2.h"

namespace newslint {

struct EventMention {
  Span span;
  const EventEntry* event = nullptr;
};

class EventMatcher {
 public:
  explicit EventMatcher(const EventBase& base);
  std::vector<EventMention> Find(const Document& doc) const;

 private:
  std::unique_ptr<RE2> phrases_;
  std::unordered_map<std::string, std::vector<const EventEntry*>> by_phrase_;
  std::vector<std::pair<std::unique_ptr<RE2>, const EventEntry*>> patterns_;
  // The phrase alternation (index 0, when there is one), then the patterns.
  std::unique_ptr<PatternSet> present_;
};

}  // namespace newslint
