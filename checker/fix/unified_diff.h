// A unified diff (`diff -u` layout, 3 lines of context) between two versions
// of one file, line by line, line ends kept as they are so a CRLF file diffs
// and patches exactly. `patch -p0` applies it.
#pragma once

#include <string>
#include <string_view>

namespace newslint {

// Empty when the two are equal. Both headers name `path`.
std::string UnifiedDiff(std::string_view before, std::string_view after, const std::string& path,
                        int context = 3);

}  // namespace newslint
