// Fuzzes the JSONL reader: records, their fields and types, truncated lines,
// NULs and escapes inside the text. Also differential: the simdjson fast
// path (checker/jsonl_fast_record.h) must read every input exactly as the
// nlohmann reader alone does, articles and errors alike.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "checker/article_reader.h"
#include "checker/document.h"
#include "checker/jsonl_fast_record.h"

namespace {

bool Same(const newslint::ReadOutcome& x, const newslint::ReadOutcome& y) {
  if (x.articles.size() != y.articles.size() || x.errors.size() != y.errors.size()) return false;
  for (size_t i = 0; i < x.articles.size(); ++i) {
    const auto& a = x.articles[i];
    const auto& b = y.articles[i];
    if (a.text != b.text || a.record != b.record || a.record_line != b.record_line ||
        a.meta.id != b.meta.id || a.meta.title != b.meta.title || a.meta.date != b.meta.date ||
        a.meta.source != b.meta.source || a.meta.url != b.meta.url ||
        a.meta.author != b.meta.author || a.meta.extra != b.meta.extra) {
      return false;
    }
  }
  for (size_t i = 0; i < x.errors.size(); ++i) {
    if (x.errors[i].message != y.errors[i].message || x.errors[i].line != y.errors[i].line ||
        x.errors[i].column != y.errors[i].column) {
      return false;
    }
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  newslint::ReaderLimits limits;
  limits.max_record_bytes = 4096;  // small, so the limit's path is fuzzed too
  auto out = newslint::ReadArticles("fuzz.jsonl", bytes, "jsonl", limits);
  newslint::SetJsonlFastReaderEnabled(false);
  auto careful = newslint::ReadArticles("fuzz.jsonl", bytes, "jsonl", limits);
  newslint::SetJsonlFastReaderEnabled(true);
  if (!Same(out, careful)) std::abort();  // the fast path read something differently
  for (const auto& a : out.articles) newslint::Document doc(a);
  return 0;
}
