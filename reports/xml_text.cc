#include "reports/xml_text.h"

#include "checker/utf8.h"

namespace newslint {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool AllowedInXml(char32_t c) {
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
  return c != 0xFFFE && c != 0xFFFF;
}

std::string Escape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t c = utf8::Decode(text, pos);
    // Decode is lenient (overlongs, surrogates); the strict check decides.
    bool ill_formed = static_cast<unsigned char>(text[start]) >= 0x80 &&
                      utf8::FirstInvalidByte(text.substr(start, pos - start)).has_value();
    if (ill_formed || !AllowedInXml(c)) {
      out += kReplacement;
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += attribute ? "&quot;" : "\"";
        break;
      case '\'':
        out += attribute ? "&apos;" : "'";
        break;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      case '\r':
        out += "&#13;";
        break;  // a literal CR would be read as a line break
      default:
        out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

}  // namespace

std::string XmlContent(std::string_view text) { return Escape(text, false); }
std::string XmlAttribute(std::string_view text) { return Escape(text, true); }

}  // namespace newslint
