// Finds the phrases of a fixed list in a text: leftmost-longest and without
// overlaps, exactly as one regex of their patterns (PhraseToPattern) joined
// by '|' finds them with ForEachMatch, but without running that regex over
// the whole text.
//
// A phrase's pattern opens with its first word as literal bytes (up to the
// first space, hyphen or apostrophe) followed by a gap or an apostrophe, and
// with \b before it when it starts with an ASCII word character. So a match
// can only start where the text's run of bytes up to the next such
// character is one of those first words, at a word edge where the pattern
// asks for one. The finder looks those runs up in a table and tries the
// regex, anchored, only there: the knowledge base's names are a few hundred
// alternatives, and a DFA over all of them cost ~25 instructions a byte of
// every article; the run lookup touches only capitalised words.
//
// Case-sensitive only (a case-blind lookup would need folded runs). Where a
// phrase's first word is not plain literal bytes, the finder says so
// (prefiltered() is false) and scans with the regex as before.
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/document.h"
#include "checker/word_ids.h"
#include "re2/re2.h"

namespace newslint {

class PhraseFinder {
 public:
  explicit PhraseFinder(const std::vector<std::string>& phrases);

  // Calls fn with the span of each match, in text order.
  void ForEach(std::string_view text, const std::function<void(Span)>& fn) const;
  // The same through the regex over the whole text: the reference the
  // prefiltered search must equal, kept for the tests.
  void ForEachScanning(std::string_view text, const std::function<void(Span)>& fn) const;

  bool prefiltered() const { return prefiltered_; }

 private:
  // The offsets where a match may start, in order.
  std::vector<size_t> Starts(std::string_view text) const;

  std::unique_ptr<RE2> re_;
  WordIds first_words_;
  // By byte: 0 where no first word starts with it, else whether the
  // patterns open with \b there (ASCII word characters) or not.
  static constexpr unsigned char kEdgeStart = 1, kLooseStart = 2;
  std::array<unsigned char, 256> start_kind_{};
  bool prefiltered_ = true;
};

}  // namespace newslint
