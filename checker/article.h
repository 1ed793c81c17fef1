// An article as the engine sees it: normalised UTF-8 text with LF line ends,
// where it came from, and the metadata its container carried.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "checker/inline_suppression.h"

namespace newslint {

struct ArticleMeta {
  std::optional<std::string> id;
  std::optional<std::string> title;
  std::optional<std::string> date;
  std::optional<std::string> source;
  std::optional<std::string> url;
  std::optional<std::string> author;
  nlohmann::json extra = nlohmann::json::object();  // unknown fields, kept as given
};

struct Article {
  std::string path;                   // as walked or given on the command line
  std::optional<std::string> record;  // JSONL: the record's id, else its line
  size_t record_line = 0;             // JSONL: 1-based line in the file; else 0
  std::string format;                 // "txt", "md" or "jsonl"
  std::string text;                   // the checked text: LF line ends, no BOM
  // File line of text's first line: front matter lines count, so that
  // positions in a Markdown article match the file an editor opens.
  int first_line = 1;
  ArticleMeta meta;
  // Markdown: the newslint-disable/enable comments, blanked out of text.
  InlineSuppressions suppressions;
};

// A fault in an input file that keeps one article (or one JSONL record) from
// being checked. Positions refer to the file as it is on disk.
struct InputError {
  std::string path;
  std::optional<std::string> record;
  int line = 0;    // 1-based, 0 when the fault is the whole file
  int column = 0;  // 1-based code points
  std::optional<size_t> byte_offset;
  std::string message;
};

}  // namespace newslint
