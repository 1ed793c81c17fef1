#include "checker/utf8.h"

#include <simdjson.h>

namespace newslint::utf8 {

std::optional<size_t> FirstInvalidByte(std::string_view s) {
  // Nearly every text is valid, and simdjson's validator says so at several
  // GB/s (this walk was 2% of the per-article pass); only a text it rejects
  // is walked to find the byte, and the walk has the last word.
  if (simdjson::validate_utf8(s.data(), s.size())) return std::nullopt;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    char32_t min;
    if ((c & 0xE0) == 0xC0) {
      len = 2, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, min = 0x10000;
    } else {
      return i;
    }
    if (i + len > n) return i;
    char32_t cp = c & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::nullopt;
}

size_t CountCodePoints(std::string_view s) {
  size_t count = 0;
  for (unsigned char c : s) count += (c & 0xC0) != 0x80;
  return count;
}

char32_t DecodeMultibyte(std::string_view s, size_t& pos) {
  auto c = static_cast<unsigned char>(s[pos]);
  size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (len == 0 || pos + len > s.size()) {
    ++pos;
    return 0xFFFD;
  }
  char32_t cp = c & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    auto b = static_cast<unsigned char>(s[pos + k]);
    if ((b & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  pos += len;
  return cp;
}

char32_t DecodeBefore(std::string_view s, size_t& pos) {
  size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  size_t p = start;
  char32_t c = Decode(s, p);
  if (p != pos) {  // ill-formed tail: step back one byte only
    start = pos - 1;
    c = 0xFFFD;
  }
  pos = start;
  return c;
}

bool IsWordCharBeyondAscii(char32_t c) {
  if (c < 0xC0) return false;                       // Latin-1 punctuation, NBSP
  if (c == 0xD7 || c == 0xF7) return false;         // multiplication, division
  if (c >= 0x2000 && c <= 0x2BFF) return false;     // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303F) return false;     // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  if (c == 0xFEFF || c == 0xFFFD) return false;
  return true;
}

size_t EncodeTo(char32_t c, char* out) {
  size_t n = 0;
  if (c < 0x80) {
    out[n++] = static_cast<char>(c);
    return n;
  }
  if (c < 0x800) {
    out[n++] = static_cast<char>(0xC0 | (c >> 6));
  } else if (c < 0x10000) {
    out[n++] = static_cast<char>(0xE0 | (c >> 12));
    out[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  } else {
    out[n++] = static_cast<char>(0xF0 | (c >> 18));
    out[n++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  }
  out[n++] = static_cast<char>(0x80 | (c & 0x3F));
  return n;
}

std::string Encode(char32_t c) {
  char buf[4];
  return std::string(buf, EncodeTo(c, buf));
}

bool IsUpperBeyondAscii(char32_t c) {
  // Latin-1 and Latin Extended-A capitals; enough for names in English news.
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return true;
  if (c >= 0x100 && c <= 0x17F) return (c % 2) == 0;
  if (c >= 0x391 && c <= 0x3A9) return true;  // Greek
  if (c >= 0x410 && c <= 0x42F) return true;  // Cyrillic
  return false;
}

bool IsLowerBeyondAscii(char32_t c) {
  if (c >= 0xDF && c <= 0xFF && c != 0xF7) return true;
  if (c >= 0x100 && c <= 0x17F) return (c % 2) == 1;
  if (c >= 0x3B1 && c <= 0x3C9) return true;
  if (c >= 0x430 && c <= 0x44F) return true;
  return false;
}

}  // namespace newslint::utf8
