// Writing a file so that a reader never sees it half-written: the report of
// `check --output`, the records of `extract`, the articles `fix --in-place`
// rewrites.
#pragma once

#include <functional>
#include <ostream>
#include <string>

namespace newslint {

// Streams what `write` puts out into a temporary file in the same folder,
// syncs it and renames it into place, so that a report is written to disk as
// it is produced instead of built in memory first. An existing file keeps its
// permission bits. False and a message naming the file on failure; the
// target is then untouched and the temporary file removed.
bool WriteAtomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                     std::string& error);
// The whole content at once.
bool WriteAtomically(const std::string& path, const std::string& content, std::string& error);

}  // namespace newslint
