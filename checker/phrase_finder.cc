#include "checker/phrase_finder.h"

#include "checker/phrase_pattern.h"
#include "checker/text_join.h"

namespace newslint {
namespace {

// Length of the bytes at text[at] that end a first word in a text: RE2's \s
// (tab, newline, form feed, carriage return, space), the hyphen and the
// apostrophe, and U+2010, U+2011 and U+2019, which the patterns' gap and
// apostrophe classes also take; 0 for any other byte.
size_t StopAt(std::string_view text, size_t at) {
  switch (text[at]) {
    case '\t':
    case '\n':
    case '\f':
    case '\r':
    case ' ':
    case '-':
    case '\'':
      return 1;
    case '\xE2':
      if (at + 2 < text.size() && text[at + 1] == '\x80' &&
          (text[at + 2] == '\x90' || text[at + 2] == '\x91' || text[at + 2] == '\x99')) {
        return 3;
      }
      return 0;
    default:
      return 0;
  }
}

// The end of the run of bytes from `at` up to the next stop.
size_t RunEnd(std::string_view text, size_t at) {
  while (at < text.size() && StopAt(text, at) == 0) ++at;
  return at;
}

}  // namespace

PhraseFinder::PhraseFinder(const std::vector<std::string>& phrases) {
  std::string alt;
  for (const auto& phrase : phrases) {
    AppendJoined(alt, "|", PhraseToPattern(phrase));
    // The first word as PhraseToPattern writes it: spaces trimmed, then
    // literal bytes up to the first space, hyphen or apostrophe.
    std::string_view p = phrase;
    while (!p.empty() && p.front() == ' ') p.remove_prefix(1);
    while (!p.empty() && p.back() == ' ') p.remove_suffix(1);
    size_t end = 0;
    while (end < p.size() && p[end] != ' ' && p[end] != '-' && p[end] != '\'' &&
           p.substr(end, 3) != "\xE2\x80\x99") {
      ++end;
    }
    std::string_view first = p.substr(0, end);
    // A first word the run cannot equal: empty (the pattern opens with a gap
    // or an apostrophe), holding a byte a run stops at, or the whole phrase
    // (nothing after it to stop the run).
    bool plain = !first.empty() && end < p.size() && RunEnd(first, 0) == first.size();
    if (!plain) {
      prefiltered_ = false;
      continue;
    }
    first_words_.Add(first);
    auto lead = static_cast<unsigned char>(first[0]);
    start_kind_[lead] = IsRe2WordByte(lead) ? kEdgeStart : kLooseStart;
  }
  if (phrases.empty()) {  // finds nothing (a joined pattern of none would match "" everywhere)
    prefiltered_ = false;
    return;
  }
  RE2::Options opts;
  opts.set_longest_match(true);
  opts.set_log_errors(false);
  opts.set_max_mem(64 << 20);
  re_ = std::make_unique<RE2>("(?:" + alt + ")", opts);
  // A regex that did not compile matches nothing, by either search.
  if (!re_->ok()) prefiltered_ = false;
}

std::vector<size_t> PhraseFinder::Starts(std::string_view text) const {
  std::vector<size_t> out;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  for (size_t s = 0; s < size; ++s) {
    // One table load turns away nearly every byte: lower-case letters,
    // spaces and punctuation start no first word.
    const unsigned char kind = start_kind_[bytes[s]];
    if (kind == 0) continue;
    // \b holds before a word character only after a non-word one.
    if (kind == kEdgeStart && s > 0 && IsRe2WordByte(bytes[s - 1])) continue;
    size_t end = RunEnd(text, s);
    if (first_words_.Find(text.substr(s, end - s)) != WordIds::kNone) out.push_back(s);
  }
  return out;
}

void PhraseFinder::ForEach(std::string_view text, const std::function<void(Span)>& fn) const {
  if (!prefiltered_) return ForEachScanning(text, fn);
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  size_t pos = 0;
  // Every match starts at one of these, so the first start at or after pos
  // where the anchored regex matches is where the unanchored search from pos
  // would find its leftmost match, and the longest there is the same match.
  for (size_t s : Starts(text)) {
    if (s < pos) continue;
    if (!re_->Match(input, s, input.size(), RE2::ANCHOR_START, &match, 1)) continue;
    size_t end = s + match.size();
    fn({s, end});
    pos = end > pos ? end : pos + 1;
    while (pos < input.size() && (static_cast<unsigned char>(input[pos]) & 0xC0) == 0x80) ++pos;
  }
}

void PhraseFinder::ForEachScanning(std::string_view text,
                                   const std::function<void(Span)>& fn) const {
  if (!re_) return;
  ForEachMatch(*re_, text, {0, text.size()}, [&](const PatternMatch& m) { fn(m.span); });
}

}  // namespace newslint
