// Fixes one article file in memory: check, plan the safe fixes, apply them to
// the file's bytes, check again, until no safe fix is left (a fixed point) or
// kMaxFixPasses is reached. Fixes that overlap wait for the next pass, so one
// run does what repeated runs would, and a second run finds nothing to do.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "checker/article.h"
#include "checker/finding.h"
#include "checker/linter.h"

namespace newslint {

inline constexpr int kMaxFixPasses = 8;

struct AppliedFix {
  int pass = 1;     // 1: positions are in the original file; later: in the text after pass-1
  Finding finding;  // what was fixed
  std::string replacement;
  bool drops_line = false;  // the edit removes the whole line
};

struct FileFix {
  std::string path;
  std::string original, fixed;  // the file's bytes before and after
  std::vector<AppliedFix> applied;
  std::vector<Finding> remaining;  // the findings of `fixed`
  size_t pending =
      0;  // safe fixes still applicable after kMaxFixPasses (rules that undo each other)
  // Why the file was not fixed (JSONL, unreadable, front matter fault); empty when it was.
  std::string skipped;
  std::vector<InputError> errors;  // faults of reading the file
  bool changed() const { return original != fixed; }
};

struct FixOptions {
  // Called on each report after the rules, as `check` does (per-path overrides).
  std::function<void(DocumentReport&)> after_check;
};

FileFix FixFileBytes(const std::string& path, std::string bytes, const Linter& linter,
                     const FixOptions& options = {});

}  // namespace newslint
