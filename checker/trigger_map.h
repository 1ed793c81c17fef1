// The multi-pattern pass per paragraph: one RE2::Set over each paragraph of
// an article says in which paragraphs each rule's mapped triggers match
// (Rule::MappedTriggers), so a rule whose hits need a trigger inside the unit
// (Rule::TriggersPerUnit) scans only the units of those paragraphs instead of
// every unit of the article, and a rule whose work in a unit starts with a
// pattern (the boilerplate rule's signals) tries it only there.
#pragma once

#include <re2/set.h>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checker/document.h"

namespace newslint {

class Rule;

// Where the mapped rules' triggers matched in one article.
class TriggerMap {
 public:
  // Per paragraph of the article (taken as the whole text), whether one of
  // a rule's triggers matched in it.
  struct Entry {
    const Rule* rule = nullptr;
    // Whether a trigger reads the edges of the text (AnchoredPattern): then
    // the map holds only for units that are whole paragraphs.
    bool anchored = false;
    std::vector<bool> paragraphs;  // per paragraph: a trigger matched in it
  };
  // Null for a rule not mapped.
  const Entry* Of(const Rule* rule) const {
    for (const auto& e : rules_) {
      if (e.rule == rule) return &e;
    }
    return nullptr;
  }

 private:
  friend class ParagraphTriggers;
  std::vector<Entry> rules_;  // few: a list
};

class ParagraphTriggers {
 public:
  // Maps the given rules by their MappedTriggers(). Without a usable set (a pattern
  // RE2::Set does not take, or one too large) nothing is mapped and every
  // rule scans all its units.
  explicit ParagraphTriggers(const std::vector<const Rule*>& rules);
  ~ParagraphTriggers();

  bool empty() const { return rules_.empty(); }
  TriggerMap Scan(const Document& doc) const;

 private:
  std::vector<const Rule*> rules_;
  std::vector<bool> anchored_;  // per rule
  std::unique_ptr<RE2::Set> set_;
  std::vector<size_t> rule_of_;  // Set index -> index into rules_
};

// Whether a pattern judges a unit's edges in a way a scan of the surrounding
// text cannot: ^, $, \A or \z (read literally, so an escaped \$ counts too).
bool AnchoredPattern(const std::string& pattern);

// Whether a match inside unit, the unit taken as the whole text, is also a
// match inside outer, which holds it, for a pattern that is not anchored:
// RE2's \b and \B read ASCII word characters only, and they read the same
// at an edge of the unit when the byte beyond it is no word character. The
// segmenter makes no other unit today (sentences end at a space, lines at a
// line break); this keeps the map exact if it ever does.
bool EdgesReadAlike(std::string_view text, Span outer, Span unit);

}  // namespace newslint
