// Writing a file so that a reader never sees it half-written: the report of
// `check --output`, the articles `fix --in-place` rewrites.
#pragma once

#include <string>

namespace newslint {

// Writes through a temporary file in the same folder, renamed into place. An
// existing file keeps its permission bits. False and a message naming the
// file on failure; the target is then untouched.
bool WriteAtomically(const std::string& path, const std::string& content, std::string& error);

}  // namespace newslint
