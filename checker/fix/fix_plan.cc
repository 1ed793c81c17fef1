#include "checker/fix/fix_plan.h"

#include <algorithm>

namespace newslint {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// The edit of a safe finding that carries no suggestion: delete the span, or
// the whole line(s) when only blanks surround the span on them.
TextEdit DeletionOf(std::string_view text, const Finding& f) {
  size_t line_begin = f.begin;
  while (line_begin > 0 && text[line_begin - 1] != '\n') --line_begin;
  size_t line_end = f.end;
  while (line_end < text.size() && text[line_end] != '\n') ++line_end;
  auto blank = [&](size_t from, size_t to) {
    return std::all_of(text.begin() + from, text.begin() + to, IsBlank);
  };
  if (!blank(line_begin, f.begin) || !blank(f.end, line_end)) return {f.begin, f.end, "", &f};
  if (line_end < text.size()) return {line_begin, line_end + 1, "", &f};
  // The last line has no line end of its own: take the one before it, so the
  // text does not end in a line the fix emptied.
  if (line_begin > 0) return {line_begin - 1, line_end, "", &f};
  return {line_begin, line_end, "", &f};
}

}  // namespace

FixPlan PlanFixes(std::string_view text, const std::vector<Finding>& findings) {
  std::vector<TextEdit> candidates;
  for (const auto& f : findings) {
    if (!f.fix_safe || f.begin >= f.end || f.end > text.size()) continue;
    TextEdit e = f.suggestion.empty() ? DeletionOf(text, f) : TextEdit{f.begin, f.end, f.suggestion, &f};
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
