#include "checker/jsonl_fast_record.h"

#include <simdjson.h>

#include <atomic>
#include <cstdint>

#include "checker/utf8.h"

namespace newslint {
namespace {

std::atomic<bool> g_enabled{true};

}  // namespace

void SetJsonlFastReaderEnabled(bool enabled) { g_enabled = enabled; }
bool JsonlFastReaderEnabled() { return g_enabled; }

struct JsonlFastReader::Parser {
  simdjson::dom::parser dom;
};

JsonlFastReader::JsonlFastReader() : parser_(std::make_unique<Parser>()) {}
JsonlFastReader::~JsonlFastReader() = default;

bool JsonlFastReader::Read(std::string_view record, ArticleMeta& meta, std::string& text) {
  if (!g_enabled) return false;
  simdjson::dom::element root;
  // realloc_if_needed: the record is a slice of a larger buffer, without the
  // padding simdjson reads past the end.
  if (parser_->dom.parse(record.data(), record.size(), true).get(root)) return false;
  simdjson::dom::object object;
  if (root.get_object().get(object)) return false;
  uint32_t seen = 0;
  bool has_text = false;
  for (auto field : object) {
    std::string_view value;
    if (field.value.get_string().get(value)) return false;
    std::optional<std::string>* slot = nullptr;
    uint32_t bit = 0;
    if (field.key == "id") slot = &meta.id, bit = 1;
    else if (field.key == "title") slot = &meta.title, bit = 2;
    else if (field.key == "date") slot = &meta.date, bit = 4;
    else if (field.key == "source") slot = &meta.source, bit = 8;
    else if (field.key == "url") slot = &meta.url, bit = 16;
    else if (field.key == "author") slot = &meta.author, bit = 32;
    else if (field.key == "text") bit = 64;
    else return false;
    if (seen & bit) return false;  // the nlohmann reader decides which one counts
    seen |= bit;
    // Escapes can spell what the UTF-8 check of the raw line cannot see (a
    // lone surrogate, \u0000): such records go the careful way.
    if (utf8::FirstInvalidByte(value) || value.find('\0') != std::string_view::npos) return false;
    if (slot) {
      *slot = std::string(value);
    } else {
      text.assign(value.data(), value.size());
      has_text = true;
    }
  }
  return has_text;
}

}  // namespace newslint
