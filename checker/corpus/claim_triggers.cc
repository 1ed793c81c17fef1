#include "checker/corpus/claim_triggers.h"

namespace newslint::corpus {

ClaimTriggers::ClaimTriggers(const std::vector<std::unique_ptr<ClaimExtractor>>& extractors)
    : extractors_(extractors.size()) {
  std::vector<std::string> patterns;
  for (size_t x = 0; x < extractors.size(); ++x) {
    if (const RE2* trigger = extractors[x]->trigger()) {
      patterns.push_back(trigger->pattern());
      extractor_of_.push_back(x);
    }
  }
  // Compiled as the extractors compile their own (CompilePattern, ignoring case).
  if (!patterns.empty()) set_ = std::make_unique<PatternSet>(patterns, true);
}

void ClaimTriggers::Mark(const Document& doc, std::vector<std::vector<bool>>& tried) const {
  const size_t paragraphs = doc.paragraphs().size();
  tried.assign(extractors_, std::vector<bool>(paragraphs, true));
  for (size_t x : extractor_of_) tried[x].assign(paragraphs, false);
  std::vector<int> found;
  for (size_t p = 0; set_ && p < paragraphs; ++p) {
    set_->Matching(doc.slice(doc.paragraphs()[p].span), found);
    for (int slot : found) tried[extractor_of_[static_cast<size_t>(slot)]][p] = true;
  }
}

}  // namespace newslint::corpus
