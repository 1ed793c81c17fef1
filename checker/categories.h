// The public category vocabulary of ../shared/spec/findings.md. Every rule
// declares one of these; a new one is added to the spec first, never renamed.
#pragma once

#include <array>
#include <string_view>

namespace newslint {

inline constexpr std::array<std::string_view, 16> kCategories = {
    "date.invalid",        "date.weekday",         "date.timeline", "date.conflict",
    "title.former",        "title.stale",          "title.wrong",   "name.form",
    "fact.kb",             "claim.conflict",       "quote.variant", "boilerplate.residue",
    "boilerplate.repeated", "text.spun",           "text.typography", "text.duplicate"};

inline bool IsCategory(std::string_view c) {
  for (auto k : kCategories) {
    if (k == c) return true;
  }
  return false;
}

}  // namespace newslint
