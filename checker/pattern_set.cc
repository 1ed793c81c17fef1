#include "checker/pattern_set.h"

#include <algorithm>

#include "checker/limits.h"
#include "checker/phrase_pattern.h"

namespace newslint {

PatternSet::PatternSet(const std::vector<std::string>& patterns, bool ignore_case) {
  for (const auto& p : patterns) each_.push_back(CompilePattern(p, ignore_case));
  if (each_.empty()) return;
  RE2::Options opts;  // as CompilePattern's
  opts.set_log_errors(false);
  opts.set_case_sensitive(!ignore_case);
  opts.set_max_mem(ProcessLimits().regex_memory);
  set_ = std::make_unique<RE2::Set>(opts, RE2::UNANCHORED);
  for (const auto& p : patterns) {
    if (set_->Add(p, nullptr) < 0) {
      set_.reset();
      return;
    }
  }
  if (!set_->Compile()) set_.reset();
}

PatternSet::PatternSet(PatternSet&&) noexcept = default;
PatternSet& PatternSet::operator=(PatternSet&&) noexcept = default;
PatternSet::~PatternSet() = default;

void PatternSet::Matching(std::string_view text, std::vector<int>& out) const {
  out.clear();
  re2::StringPiece piece(text.data(), text.size());
  if (set_) {
    RE2::Set::ErrorInfo error{};
    if (set_->Match(piece, &out, &error)) {
      std::sort(out.begin(), out.end());
      return;
    }
    if (error.kind == RE2::Set::kNoError) return;  // nothing matched
    out.clear();  // the set ran out of memory on this text: ask each pattern
  }
  for (size_t i = 0; i < each_.size(); ++i) {
    if (RE2::PartialMatch(piece, *each_[i])) out.push_back(static_cast<int>(i));
  }
}

bool PatternSet::Any(std::string_view text) const {
  re2::StringPiece piece(text.data(), text.size());
  if (set_) {
    RE2::Set::ErrorInfo error{};
    if (set_->Match(piece, nullptr, &error)) return true;
    if (error.kind == RE2::Set::kNoError) return false;
  }
  return std::any_of(each_.begin(), each_.end(),
                     [&](const auto& re) { return RE2::PartialMatch(piece, *re); });
}

}  // namespace newslint
