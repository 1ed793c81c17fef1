// Turns the bytes of one input file into articles: `.txt`, `.md`/`.markdown`
// with optional YAML front matter, and `.jsonl` with one article per line.
// Faults become InputErrors; one bad JSONL record never hides the others.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "checker/article.h"

namespace newslint {

// Filled from checker/limits.h (the defaults are the same); front matter
// obeys the process's YAML limits.
struct ReaderLimits {
  size_t max_article_bytes = 64u << 20;  // larger articles are refused
  size_t max_record_bytes = 64u << 20;   // one JSONL line
  size_t max_line_bytes = 4u << 20;      // one line of an article or of a record's text
};

struct ReadOutcome {
  std::vector<Article> articles;
  std::vector<InputError> errors;
};

// Format from the file name: "md", "jsonl", else "txt".
std::string FormatOf(std::string_view path);

// Reads `bytes` (the whole file) as `format`. `path` is only used to name the
// articles and errors.
ReadOutcome ReadArticles(const std::string& path, std::string_view bytes,
                         const std::string& format, const ReaderLimits& limits = {});

// Part of a JSONL file, for reading it in batches: whole lines, the first of
// them line first_line + 1 of the file, at byte first_byte. Positions and
// line-based record ids are the file's, as if the whole file were read.
ReadOutcome ReadJsonlLines(const std::string& path, std::string_view lines, size_t first_line,
                           size_t first_byte, const ReaderLimits& limits = {});
// The messages for a JSONL line, and an article, larger than their limits.
std::string OversizeRecordMessage(size_t bytes, size_t limit);
std::string OversizeArticleMessage(size_t bytes, size_t limit);

// CRLF and lone CR become LF. Exposed for tests and for the fixer.
std::string NormaliseLineEnds(std::string_view text);

}  // namespace newslint
