// Fuzzes segmentation: lines, paragraphs, sentences, tokens and the
// offset-to-position mapping, over every valid UTF-8 text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/article_reader.h"
#include "checker/document.h"
#include "checker/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (newslint::utf8::FirstInvalidByte(bytes)) return -1;  // the reader refuses these
  newslint::Article a;
  a.path = "fuzz.txt";
  a.format = "txt";
  a.text = newslint::NormaliseLineEnds(bytes);
  newslint::Document doc(a);
  for (const auto& s : doc.sentences()) {
    doc.PositionOf(s.span.begin);
    doc.ByteColumnOf(s.span.end);
  }
  for (const auto& t : doc.tokens()) doc.LineIndexOf(t.span.begin);
  doc.FirstTokenAtOrAfter(a.text.size());
  return 0;
}
