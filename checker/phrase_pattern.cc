#include "checker/phrase_pattern.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <stdexcept>

#include "checker/limits.h"
#include "checker/utf8.h"

namespace newslint {

std::string PhraseToPattern(std::string_view phrase) {
  std::string out;
  auto word_edge = [](char c) { return IsRe2WordByte(static_cast<unsigned char>(c)); };
  while (!phrase.empty() && phrase.front() == ' ') phrase.remove_prefix(1);
  while (!phrase.empty() && phrase.back() == ' ') phrase.remove_suffix(1);
  if (!phrase.empty() && word_edge(phrase.front())) out += "\\b";
  bool in_gap = false;
  for (size_t i = 0; i < phrase.size(); ++i) {
    char c = phrase[i];
    if (c == ' ' || c == '-') {
      if (!in_gap) out += "[\\s\\-\\x{2010}\\x{2011}]+";
      in_gap = true;
      continue;
    }
    in_gap = false;
    if (c == '\'') {
      out += "['\\x{2019}]";
    } else if (phrase.substr(i, 3) == "\xE2\x80\x99") {
      out += "['\\x{2019}]";
      i += 2;
    } else if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) {
      out += c;
    } else {
      out += '\\';
      out += c;
    }
  }
  if (!phrase.empty() && word_edge(phrase.back())) out += "\\b";
  return out;
}

namespace {

// ASCII bytes as NormalisePhrase writes them: 0 for the spaces and hyphen
// that become one gap, the lower case of the rest.
constexpr std::array<char, 128> MakeAsciiFold() {
  std::array<char, 128> fold{};
  for (int c = 0; c < 128; ++c) fold[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  for (char gap : {' ', '\t', '\n', '\r', '\f', '\v', '-'}) fold[static_cast<size_t>(gap)] = 0;
  return fold;
}
constexpr std::array<char, 128> kAsciiFold = MakeAsciiFold();

// The same over every byte, 0 also for those past ASCII: what a run of
// plain word bytes may be copied by, folded, until a byte says otherwise.
constexpr std::array<char, 256> MakePlainFold() {
  std::array<char, 256> fold{};
  for (int c = 0; c < 128; ++c) fold[c] = kAsciiFold[c];
  return fold;
}
constexpr std::array<char, 256> kPlainFold = MakePlainFold();

}  // namespace

std::string NormalisePhrase(std::string_view text) {
  // Written through a plain pointer into a buffer sized up front: this runs
  // on every unit of the repetition rules and on every finding's fingerprint,
  // and stores through the string's operator[] may alias its members, which
  // the compiler then reloads every byte.
  std::string out(text.size() + 8, '\0');
  char* to = out.data();
  size_t n = 0;
  bool gap = false;
  size_t pos = 0;
  while (pos < text.size()) {
    if (n + 8 > out.size()) {  // U+FFFD outgrows its byte
      out.resize(out.size() * 2);
      to = out.data();
    }
    auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {  // the common case, without decoding
      ++pos;
      char folded = kAsciiFold[byte];
      if (folded == 0) {
        gap = n != 0;
        continue;
      }
      if (gap) to[n++] = ' ';
      gap = false;
      to[n++] = folded;
      // The rest of the run, byte for byte with nothing to decide: one byte
      // in, one out, so the room left bounds it without a test a byte.
      const size_t stop = std::min(text.size(), pos + (out.size() - n));
      while (pos < stop) {
        char plain = kPlainFold[static_cast<unsigned char>(text[pos])];
        if (plain == 0) break;
        to[n++] = plain;
        ++pos;
      }
      continue;
    }
    char32_t c = utf8::Decode(text, pos);
    if (utf8::IsSpace(c) || c == 0x2010 || c == 0x2011) {
      gap = n != 0;
      continue;
    }
    if (gap) to[n++] = ' ';
    gap = false;
    if (c == 0x2019 || c == 0x2018) {
      to[n++] = '\'';
    } else if (c == 0x201C || c == 0x201D) {
      to[n++] = '"';
    } else {
      // Re-encoded as is; case folding beyond ASCII is left to RE2 where needed.
      n += utf8::EncodeTo(c, to + n);
    }
  }
  out.resize(n);
  return out;
}

std::unique_ptr<RE2> CompilePattern(const std::string& pattern, bool ignore_case) {
  RE2::Options opts;
  opts.set_log_errors(false);
  opts.set_case_sensitive(!ignore_case);
  opts.set_max_mem(ProcessLimits().regex_memory);
  auto re = std::make_unique<RE2>(pattern, opts);
  if (re->error_code() == RE2::ErrorPatternTooLarge) {
    throw std::invalid_argument(fmt::format(
        "pattern too large: its program needs more than {} bytes (limits.regex_memory)",
        ProcessLimits().regex_memory));
  }
  if (!re->ok()) throw std::invalid_argument(re->error());
  return re;
}

void ForEachMatch(const RE2& re, std::string_view text, Span unit,
                  const std::function<void(const PatternMatch&)>& fn) {
  int groups = re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> sub(static_cast<size_t>(groups) + 1);
  // The unit is the whole input, so ^ and $ anchor at its edges.
  re2::StringPiece input(text.data() + unit.begin, unit.size());
  size_t pos = 0;
  PatternMatch m;
  while (pos <= input.size()) {
    if (!re.Match(input, pos, input.size(), RE2::UNANCHORED, sub.data(), groups + 1)) break;
    size_t begin = static_cast<size_t>(sub[0].data() - input.data());
    size_t end = begin + sub[0].size();
    m.span = {unit.begin + begin, unit.begin + end};
    m.groups.clear();
    for (int g = 1; g <= groups; ++g) {
      m.groups.emplace_back(sub[g].data() ? std::string_view(sub[g].data(), sub[g].size())
                                          : std::string_view());
    }
    fn(m);
    pos = end > pos ? end : pos + 1;
    // Never resume inside a UTF-8 sequence.
    while (pos < input.size() && (static_cast<unsigned char>(input[pos]) & 0xC0) == 0x80) ++pos;
  }
}

}  // namespace newslint
