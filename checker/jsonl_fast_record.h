// The common JSONL record read with simdjson: an object whose keys are the
// article fields newslint knows (id, title, date, source, url, author, text),
// each once, each a string. The article text is most of a corpus and
// nlohmann's lexer spends ~130 instructions a byte on it; simdjson a few.
// Anything else (other keys, other types, a repeated key, any fault) is left
// to the nlohmann reader, which keeps every value and words every error, so
// both give the same article for every record the fast one accepts.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "checker/article.h"

namespace newslint {

class JsonlFastReader {
 public:
  JsonlFastReader();
  ~JsonlFastReader();
  JsonlFastReader(const JsonlFastReader&) = delete;
  JsonlFastReader& operator=(const JsonlFastReader&) = delete;

  // Fills meta and text from `record` and returns true, or returns false
  // (meta and text then unspecified) for the nlohmann reader to take over.
  bool Read(std::string_view record, ArticleMeta& meta, std::string& text);

 private:
  struct Parser;
  std::unique_ptr<Parser> parser_;
};

// Tests turn the fast reader off to compare the two on the same input.
void SetJsonlFastReaderEnabled(bool enabled);
bool JsonlFastReaderEnabled();

}  // namespace newslint
