#include "checker/corpus/claim_triggers.h"

namespace newslint::corpus {

ClaimTriggers::ClaimTriggers(const std::vector<std::unique_ptr<ClaimExtractor>>& extractors)
    : extractors_(extractors.size()) {
  std::vector<std::string> patterns;
  for (const auto& x : extractors) {
    const RE2* trigger = x->trigger();
    slot_.push_back(trigger ? static_cast<int>(patterns.size()) : -1);
    if (trigger) patterns.push_back(trigger->pattern());
  }
  // Compiled as the extractors compile their own (CompilePattern, ignoring case).
  if (!patterns.empty()) set_ = std::make_unique<PatternSet>(patterns, true);
}

void ClaimTriggers::Mark(const Document& doc, std::vector<std::vector<bool>>& tried) const {
  const size_t paragraphs = doc.paragraphs().size();
  tried.assign(extractors_, std::vector<bool>(paragraphs, true));
  if (!set_) return;
  for (size_t x = 0; x < extractors_; ++x) {
    if (slot_[x] >= 0) tried[x].assign(paragraphs, false);
  }
  std::vector<int> found;
  for (size_t p = 0; p < paragraphs; ++p) {
    set_->Matching(doc.slice(doc.paragraphs()[p].span), found);
    for (int slot : found) {
      for (size_t x = 0; x < extractors_; ++x) {
        if (slot_[x] == slot) tried[x][p] = true;
      }
    }
  }
}

}  // namespace newslint::corpus
