// Several patterns tried on one short text at once: which of them occur in
// it. One RE2::Set pass when the set compiles within the process's regex
// memory limit, else (or when a match runs out of that memory) each pattern
// on its own, with the same answer. Rules that test every line against a
// list of patterns use it, so a line costs one scan however long the list.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace newslint {

class PatternSet {
 public:
  // Throws std::invalid_argument for a pattern that does not compile
  // (CompilePattern's message).
  PatternSet(const std::vector<std::string>& patterns, bool ignore_case);
  PatternSet(PatternSet&&) noexcept;
  PatternSet& operator=(PatternSet&&) noexcept;
  ~PatternSet();

  size_t size() const { return patterns_.size(); }
  // The indexes of the patterns found anywhere in text, ascending.
  void Matching(std::string_view text, std::vector<int>& out) const;
  // Whether any of them is.
  bool Any(std::string_view text) const;

 private:
  // The patterns compiled one by one: only when the set is not enough, since
  // a long alternation costs as much again to compile on its own.
  const std::vector<std::unique_ptr<RE2>>& Each() const;

  std::vector<std::string> patterns_;
  bool ignore_case_ = false;
  std::unique_ptr<RE2::Set> set_;  // null when it would not compile
  std::unique_ptr<std::once_flag> each_once_ = std::make_unique<std::once_flag>();
  mutable std::vector<std::unique_ptr<RE2>> each_;
};

}  // namespace newslint
