#include "checker/fix/fix_plan.h"

#include <algorithm>

namespace newslint {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// Whether text[from, to) holds only blanks and line ends.
bool OnlyBlank(std::string_view text, size_t from, size_t to) {
  return std::all_of(text.begin() + from, text.begin() + to,
                     [](char c) { return IsBlank(c) || c == '\n'; });
}

// The edit of a safe finding that carries no suggestion: delete the span, or
// the whole line(s) when only blanks surround the span on them. Page
// furniture comes in runs separated by blank lines; so that dropping a run
// leaves one blank line between paragraphs and none at the end, a dropped
// line takes the blank lines after it when a blank line (or the start)
// precedes it, and the blank lines before it when only blank lines follow.
TextEdit DeletionOf(std::string_view text, const Finding& f) {
  size_t line_begin = f.begin;
  while (line_begin > 0 && text[line_begin - 1] != '\n') --line_begin;
  size_t line_end = f.end;
  while (line_end < text.size() && text[line_end] != '\n') ++line_end;
  if (!OnlyBlank(text, line_begin, f.begin) || !OnlyBlank(text, f.end, line_end)) {
    return {f.begin, f.end, "", &f};
  }
  size_t from = line_begin, to = std::min(line_end + 1, text.size());
  if (OnlyBlank(text, to, text.size())) {
    to = text.size();
    // Back to just after the last line with content.
    while (from > 0 && OnlyBlank(text, from - 1, from)) --from;
    if (from > 0) {
      from = text.find('\n', from);
      from = from == std::string_view::npos ? line_begin : from + 1;
    }
    return {std::min(from, line_begin), to, "", &f};
  }
  size_t previous = line_begin < 2 ? 0 : text.rfind('\n', line_begin - 2) + 1;  // npos + 1 == 0
  if (line_begin == 0 || OnlyBlank(text, previous, line_begin)) {
    while (to < text.size()) {
      size_t eol = text.find('\n', to);
      if (eol == std::string_view::npos || !OnlyBlank(text, to, eol)) break;
      to = eol + 1;
    }
  }
  return {from, to, "", &f};
}

}  // namespace

FixPlan PlanFixes(std::string_view text, const std::vector<Finding>& findings) {
  std::vector<TextEdit> candidates;
  for (const auto& f : findings) {
    if (!f.fix_safe || f.begin >= f.end || f.end > text.size()) continue;
    TextEdit e =
        f.suggestion.empty() ? DeletionOf(text, f) : TextEdit{f.begin, f.end, f.suggestion, &f};
    if (text.substr(e.begin, e.end - e.begin) == e.replacement) continue;  // already right
    candidates.push_back(std::move(e));
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const TextEdit& a, const TextEdit& b) { return a.begin < b.begin; });
  FixPlan plan;
  for (auto& e : candidates) {
    if (!plan.edits.empty() && e.begin < plan.edits.back().end) {
      ++plan.deferred;
      continue;
    }
    plan.edits.push_back(std::move(e));
  }
  return plan;
}

}  // namespace newslint
