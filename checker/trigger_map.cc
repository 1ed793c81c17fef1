#include "checker/trigger_map.h"

#include <algorithm>

#include "checker/document.h"
#include "checker/phrase_pattern.h"
#include "checker/rule.h"

namespace newslint {

bool AnchoredPattern(const std::string& pattern) {
  return pattern.find_first_of("^$") != std::string::npos ||
         pattern.find("\\A") != std::string::npos || pattern.find("\\z") != std::string::npos;
}

bool EdgesReadAlike(std::string_view text, Span outer, Span unit) {
  auto word = [&](size_t at) { return IsRe2WordByte(static_cast<unsigned char>(text[at])); };
  return (unit.begin == outer.begin || !word(unit.begin - 1)) &&
         (unit.end == outer.end || !word(unit.end));
}

ParagraphTriggers::ParagraphTriggers(const std::vector<const Rule*>& rules) {
  if (rules.empty()) return;
  RE2::Options opts;  // as the whole-text prefilter's: triggers carry their own (?i)
  opts.set_log_errors(false);
  opts.set_max_mem(256 << 20);
  set_ = std::make_unique<RE2::Set>(opts, RE2::UNANCHORED);
  for (size_t i = 0; i < rules.size(); ++i) {
    auto triggers = rules[i]->MappedTriggers();
    anchored_.push_back(std::any_of(triggers.begin(), triggers.end(), AnchoredPattern));
    for (const auto& t : triggers) {
      if (set_->Add(t, nullptr) < 0) {
        set_.reset();
        return;
      }
      rule_of_.push_back(i);
    }
  }
  if (!set_->Compile()) {
    set_.reset();
    return;
  }
  rules_ = rules;
}

ParagraphTriggers::~ParagraphTriggers() = default;

TriggerMap ParagraphTriggers::Scan(const Document& doc) const {
  TriggerMap map;
  if (rules_.empty()) return map;
  const auto& paragraphs = doc.paragraphs();
  map.rules_.reserve(rules_.size());
  for (size_t i = 0; i < rules_.size(); ++i) {
    map.rules_.push_back({rules_[i], anchored_[i], std::vector<bool>(paragraphs.size())});
  }
  std::vector<int> hits;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    std::string_view text = doc.slice(paragraphs[p].span);
    RE2::Set::ErrorInfo error{};
    hits.clear();
    if (set_->Match(re2::StringPiece(text.data(), text.size()), &hits, &error)) {
      for (int h : hits) map.rules_[rule_of_[static_cast<size_t>(h)]].paragraphs[p] = true;
    } else if (error.kind != RE2::Set::kNoError) {
      // The set ran out of memory on this paragraph: every rule scans it.
      for (auto& entry : map.rules_) entry.paragraphs[p] = true;
    }
  }
  return map;
}

}  // namespace newslint
