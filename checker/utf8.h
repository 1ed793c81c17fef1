// UTF-8 helpers: validation with the exact byte of the fault, code point
// counting for columns, and decoding for character classes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newslint::utf8 {

// Offset of the first byte that is not part of a well-formed UTF-8 sequence
// (overlongs, surrogates and values past U+10FFFF count as ill-formed), or
// nullopt when the whole text is valid.
std::optional<size_t> FirstInvalidByte(std::string_view text);

// Number of code points in a valid UTF-8 text (continuation bytes skipped).
size_t CountCodePoints(std::string_view text);

// Decodes the code point starting at text[pos] and advances pos past it.
// Invalid input yields U+FFFD and advances one byte, so callers never loop.
// ASCII is decoded inline: it is nearly all of news text, and every scan of
// the engine goes through here.
char32_t DecodeMultibyte(std::string_view text, size_t& pos);
inline char32_t Decode(std::string_view text, size_t& pos) {
  auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    ++pos;
    return c;
  }
  return DecodeMultibyte(text, pos);
}

// Writes the UTF-8 bytes of c (one to four) at out; returns how many.
size_t EncodeTo(char32_t c, char* out);
// The UTF-8 bytes of c.
std::string Encode(char32_t c);

// Decodes the code point that ends just before text[pos] and moves pos to its
// first byte. Requires pos > 0.
char32_t DecodeBefore(std::string_view text, size_t& pos);

// A letter or digit for tokenisation: ASCII alphanumerics, and every code point
// from U+00C0 up except the general punctuation, symbol and space blocks news
// text uses (dashes, curly quotes, bullets, NBSP...).
bool IsWordCharBeyondAscii(char32_t c);
constexpr bool IsWordChar(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return IsWordCharBeyondAscii(c);
}
bool IsUpperBeyondAscii(char32_t c);
bool IsLowerBeyondAscii(char32_t c);
constexpr bool IsUpper(char32_t c) {
  return c < 0x80 ? c >= 'A' && c <= 'Z' : IsUpperBeyondAscii(c);
}
inline bool IsLower(char32_t c) { return c < 0x80 ? c >= 'a' && c <= 'z' : IsLowerBeyondAscii(c); }
constexpr bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

}  // namespace newslint::utf8
