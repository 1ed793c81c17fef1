// Turns the findings of one article into text edits: only those a rule marks
// `fix_safe`, never the ones that need judgement (dates, titles, claims).
// Edits are in the article's checked text (Article::text); source_edits.h
// carries them back to the file's bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/finding.h"

namespace newslint {

struct TextEdit {
  size_t begin = 0, end = 0;  // byte span of Article::text replaced
  std::string replacement;
  const Finding* finding = nullptr;  // the finding the edit fixes
};

struct FixPlan {
  std::vector<TextEdit> edits;  // sorted by begin, none overlapping
  // Safe fixes held back because they overlap one already planned; they are
  // planned again on the re-checked text.
  size_t deferred = 0;
};

// A safe finding with a suggestion replaces its span with the suggestion. A
// safe finding without one deletes its span; when the span is the whole
// content of its line(s) (boilerplate), the line goes too, line end included.
// Edits that would change nothing are dropped. Of overlapping edits the first
// (by position, then by finding order) wins.
FixPlan PlanFixes(std::string_view text, const std::vector<Finding>& findings);

}  // namespace newslint
