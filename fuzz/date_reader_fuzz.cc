// Fuzzes the date reader (rules/dates/lexicon/en.yaml): every date mention
// of any text, with the clause around it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/article_reader.h"
#include "checker/dates/date_extractor.h"
#include "checker/dates/date_lexicon.h"
#include "checker/document.h"
#include "checker/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto lexicon =
      newslint::DateLexicon::Load(NEWSLINT_SOURCE_DIR "/rules/dates/lexicon/en.yaml");
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (newslint::utf8::FirstInvalidByte(bytes) || bytes.find('\0') != bytes.npos) return -1;
  newslint::Article a;
  a.path = "fuzz.txt";
  a.format = "txt";
  a.text = newslint::NormaliseLineEnds(bytes);
  newslint::Document doc(a);
  auto dates = newslint::ExtractDates(doc, *lexicon);
  for (const auto& s : doc.sentences()) {
    newslint::ClauseAround(doc, s.span, s.span.begin, *lexicon);
  }
  return 0;
}
