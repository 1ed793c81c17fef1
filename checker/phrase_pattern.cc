#include "checker/phrase_pattern.h"

#include <fmt/format.h>

#include <stdexcept>

#include "checker/limits.h"
#include "checker/utf8.h"

namespace newslint {

std::string PhraseToPattern(std::string_view phrase) {
  std::string out;
  auto word_edge = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  };
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

std::string NormalisePhrase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool gap = false;
  size_t pos = 0;
  while (pos < text.size()) {
    auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {  // the common case, without decoding
      ++pos;
      if (byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f' ||
          byte == '\v' || byte == '-') {
        gap = !out.empty();
        continue;
      }
      if (gap) out += ' ';
      gap = false;
      out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
      continue;
    }
    char32_t c = utf8::Decode(text, pos);
    if (utf8::IsSpace(c) || c == 0x2010 || c == 0x2011) {
      gap = !out.empty();
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    if (c == 0x2019 || c == 0x2018) {
      out += '\'';
    } else if (c == 0x201C || c == 0x201D) {
      out += '"';
    } else if (c < 0x80) {
      out += static_cast<char>(std::tolower(static_cast<int>(c)));
    } else {
      // Re-encode as is; case folding beyond ASCII is left to RE2 where needed.
      char buf[4];
      int n = 0;
      if (c < 0x800) {
        buf[n++] = static_cast<char>(0xC0 | (c >> 6));
      } else if (c < 0x10000) {
        buf[n++] = static_cast<char>(0xE0 | (c >> 12));
        buf[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      } else {
        buf[n++] = static_cast<char>(0xF0 | (c >> 18));
        buf[n++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        buf[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      }
      buf[n++] = static_cast<char>(0x80 | (c & 0x3F));
      out.append(buf, n);
    }
  }
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
