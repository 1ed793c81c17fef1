// Phrase lists as RE2 patterns, and the one loop that walks RE2 matches over a
// span with exact byte offsets. Phrases match whatever their spacing, hyphens
// ("no-limits" = "no limits") and apostrophes (’ = ').
#pragma once

#include <re2/re2.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/document.h"

namespace newslint {

// Whether RE2's \b and \B read the byte as a word character: ASCII letters,
// digits and '_', and no other byte in any encoding.
constexpr bool IsRe2WordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// A pattern matching the phrase literally, bounded by word edges (\b where
// the phrase opens or closes with an IsRe2WordByte).
std::string PhraseToPattern(std::string_view phrase);

// Lowercase, one space between words (hyphens and runs of space count as one),
// typographic apostrophes and quotes made plain. Keys of phrase tables.
std::string NormalisePhrase(std::string_view text);

// Compiles with the options every rule uses (UTF-8, no logging, bounded
// memory); throws std::invalid_argument with RE2's error text.
std::unique_ptr<RE2> CompilePattern(const std::string& pattern, bool ignore_case);

struct PatternMatch {
  Span span;                            // the whole match
  std::vector<std::string_view> groups;  // group 1.. (empty view when unset)
};

// Calls fn for each non-overlapping match of re inside unit of text.
void ForEachMatch(const RE2& re, std::string_view text, Span unit,
                  const std::function<void(const PatternMatch&)>& fn);

}  // namespace newslint
