// Fuzzes the Markdown reader: front matter (YAML, with the nesting and alias
// limits), its closing line, and the body's first line.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/article_reader.h"
#include "checker/document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto out = newslint::ReadArticles("fuzz.md", bytes, "md");
  for (const auto& a : out.articles) {
    newslint::Document doc(a);
    if (!a.text.empty()) doc.PositionOf(a.text.size() - 1);
  }
  return 0;
}
