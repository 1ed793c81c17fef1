// Fuzzes the JSONL reader: records, their fields and types, truncated lines,
// NULs and escapes inside the text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/article_reader.h"
#include "checker/document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  newslint::ReaderLimits limits;
  limits.max_record_bytes = 4096;  // small, so the limit's path is fuzzed too
  auto out = newslint::ReadArticles("fuzz.jsonl", bytes, "jsonl", limits);
  for (const auto& a : out.articles) newslint::Document doc(a);
  return 0;
}
