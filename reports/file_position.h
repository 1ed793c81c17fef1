// Where a finding sits in the file on disk, for the formats that know only
// files and lines (gcc, github, rdjsonl, checkstyle). A JSONL record's
// positions count inside its `text`, which has no place in the file an editor
// or a code host could point at; such a finding points at the record's line,
// column 1, and its message names the record and the position in its text.
#pragma once

#include <string>

#include "checker/article.h"
#include "checker/finding.h"

namespace newslint {

struct FilePosition {
  int line = 0;
  int column = 0;
  bool in_record = false;  // the finding's own columns and end do not apply to the file
  std::string message;     // the finding's message, naming the record when in_record
};

FilePosition FilePositionOf(const Finding& f);

// An input error's message, naming the JSONL record it belongs to, if any.
std::string InputErrorMessage(const InputError& e);

}  // namespace newslint
