// A finding as every report writer receives it: a plain struct, positions
// already resolved, message already filled in. Writers only lay it out.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace newslint {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

std::string_view SeverityName(Severity s);
std::optional<Severity> ParseSeverity(std::string_view name);

struct RelatedLocation {
  std::string path;
  std::optional<std::string> record;
  int line = 0;
  int column = 0;
  int end_line = 0;
  int end_column = 0;
  std::string message;
};

struct Finding {
  std::string path;
  std::optional<std::string> record;
  size_t record_line = 0;  // JSONL: the record's line in the file, for file-based formats
  int line = 0, column = 0, end_line = 0, end_column = 0;
  // The same columns counted in UTF-8 bytes (1-based, end exclusive), for
  // formats whose consumers count bytes (reviewdog); the text is not at hand
  // when a writer runs, so the engine resolves both.
  int byte_column = 0, byte_end_column = 0;
  size_t begin = 0, end = 0;  // byte offsets in the article's checked text
  std::string rule;
  std::string category;
  Severity severity = Severity::kWarning;
  std::string message;
  std::string excerpt;     // the flagged text
  std::string suggestion;  // what to write instead; empty when there is none
  std::string evidence;    // the knowledge or data the finding rests on
  bool fix_safe = false;   // the suggestion may be applied without judgement
  std::vector<RelatedLocation> related;
  std::string fingerprint;
};

}  // namespace newslint
