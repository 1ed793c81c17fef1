// Carries edits of an article's checked text back to the bytes of its file.
// The reader drops a BOM, turns CRLF and lone CR into LF and cuts off the
// front matter; this undoes that bookkeeping so every byte outside an edit
// stays as it was: BOM, front matter, CRLF line ends.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/article.h"
#include "checker/fix/fix_plan.h"

namespace newslint {

// The file's bytes with `edits` applied, or nullopt when `article` was not
// read from exactly these bytes (a .txt or .md file, not a JSONL record).
// A line end inside a replacement takes the file's own line end (CRLF or LF).
std::optional<std::string> ApplyToSource(std::string_view file_bytes, const Article& article,
                                         const std::vector<TextEdit>& edits);

}  // namespace newslint
