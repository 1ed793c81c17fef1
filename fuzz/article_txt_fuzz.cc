// Fuzzes the plain-text reader and the segmentation of what it accepts: any
// bytes give articles or input errors, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/article_reader.h"
#include "checker/document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto out = newslint::ReadArticles("fuzz.txt", bytes, "txt");
  for (const auto& a : out.articles) newslint::Document doc(a);
  return 0;
}
