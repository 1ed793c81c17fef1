// Appends an item to a separated list held in a string ("a|b|c"). One
// statement, so it is safe in a loop body without braces.
#pragma once

#include <string>
#include <string_view>

namespace newslint {

inline void AppendJoined(std::string& out, std::string_view separator, std::string_view item) {
  if (!out.empty()) out.append(separator);
  out.append(item);
}

}  // namespace newslint
