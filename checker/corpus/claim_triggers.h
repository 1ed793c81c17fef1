// Which paragraphs each claim extractor tries, for all the extractors at
// once. An extractor with a `trigger:` tries only the paragraphs it matches;
// asked one extractor at a time that is one case-insensitive DFA pass over
// every paragraph per extractor, and case-blind patterns give RE2 no literal
// to skip ahead by. Here the triggers share one set, so a paragraph is read
// once however many extractors there are.
#pragma once

#include <memory>
#include <vector>

#include "checker/corpus/claim_extractor.h"
#include "checker/document.h"
#include "checker/pattern_set.h"

namespace newslint::corpus {

class ClaimTriggers {
 public:
  // Throws std::invalid_argument as PatternSet does (never for triggers the
  // extractors compiled themselves).
  explicit ClaimTriggers(const std::vector<std::unique_ptr<ClaimExtractor>>& extractors);

  // tried[x][p]: whether extractor x tries paragraph p of doc. The answers
  // of ClaimExtractor::Extract's own trigger test, all in one pass.
  void Mark(const Document& doc, std::vector<std::vector<bool>>& tried) const;

 private:
  size_t extractors_ = 0;
  std::vector<size_t> extractor_of_;  // per pattern of set_: the extractor it triggers
  std::unique_ptr<PatternSet> set_;   // null when no extractor has a trigger
};

}  // namespace newslint::corpus
