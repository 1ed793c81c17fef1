// Expands the paths given on the command line into the input files to read,
// in a deterministic order, each file once however it is reached, and never
// looping on directory symlinks.
#pragma once

#include <string>
#include <vector>

#include "checker/article.h"

namespace newslint {

struct WalkOptions {
  std::vector<std::string> ignore_globs;  // fnmatch patterns on the walked path
};

struct WalkResult {
  std::vector<std::string> files;   // "-" stands for standard input
  std::vector<InputError> errors;   // paths that do not exist or cannot be listed
};

// Files given directly are taken whatever their name; inside folders only
// .txt, .md, .markdown, .jsonl and .ndjson files are taken, and names that
// start with '.' are skipped.
WalkResult WalkCorpus(const std::vector<std::string>& paths, const WalkOptions& options = {});

}  // namespace newslint
