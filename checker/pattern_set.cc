#include "checker/pattern_set.h"

#include <algorithm>

#include "checker/limits.h"
#include "checker/phrase_pattern.h"

namespace newslint {

PatternSet::PatternSet(const std::vector<std::string>& patterns, bool ignore_case)
    : patterns_(patterns), ignore_case_(ignore_case) {
  if (patterns_.empty()) return;
  RE2::Options opts;  // as CompilePattern's
  opts.set_log_errors(false);
  opts.set_case_sensitive(!ignore_case);
  opts.set_max_mem(ProcessLimits().regex_memory);
  set_ = std::make_unique<RE2::Set>(opts, RE2::UNANCHORED);
  bool added = std::all_of(patterns_.begin(), patterns_.end(),
                           [&](const std::string& p) { return set_->Add(p, nullptr) >= 0; });
  if (added && set_->Compile()) return;
  // A pattern the set refused, or a set too large: each pattern on its own,
  // now, so that a bad one throws CompilePattern's message here.
  set_.reset();
  Each();
}

PatternSet::PatternSet(PatternSet&&) noexcept = default;
PatternSet& PatternSet::operator=(PatternSet&&) noexcept = default;
PatternSet::~PatternSet() = default;

const std::vector<std::unique_ptr<RE2>>& PatternSet::Each() const {
  std::call_once(*each_once_, [this] {
    for (const auto& p : patterns_) each_.push_back(CompilePattern(p, ignore_case_));
  });
  return each_;
}

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
  const auto& each = Each();
  for (size_t i = 0; i < each.size(); ++i) {
    if (RE2::PartialMatch(piece, *each[i])) out.push_back(static_cast<int>(i));
  }
}

bool PatternSet::Any(std::string_view text) const {
  re2::StringPiece piece(text.data(), text.size());
  if (set_) {
    RE2::Set::ErrorInfo error{};
    if (set_->Match(piece, nullptr, &error)) return true;
    if (error.kind == RE2::Set::kNoError) return false;
  }
  const auto& each = Each();
  return std::any_of(each.begin(), each.end(),
                     [&](const auto& re) { return RE2::PartialMatch(piece, *re); });
}

}  // namespace newslint
