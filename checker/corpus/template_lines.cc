#include "checker/corpus/template_lines.h"

#include <set>

#include "checker/limits.h"
#include "checker/linter.h"
#include "checker/phrase_pattern.h"
#include "checker/utf8.h"

namespace newslint::corpus {
namespace {

bool IsMarker(char32_t c) {
  return c == '#' || c == '*' || c == '>' || c == '-' || c == '_' || c == '|' || c == 0x2022 ||
         c == 0x2013 || c == 0x2014 || c == 0xB7;
}

std::string_view TrimSpace(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

}  // namespace

std::string NormaliseTemplateLine(std::string_view line) {
  std::string n = NormalisePhrase(line);
  std::string out;
  size_t pos = 0;
  bool started = false, gap = false;
  while (pos < n.size()) {
    size_t at = pos;
    char32_t c = utf8::Decode(n, pos);
    if (c >= '0' && c <= '9') {
      if (gap && started) out += ' ';
      gap = false;
      if (out.empty() || out.back() != '#') out += '#';
      started = true;
      continue;
    }
    if (utf8::IsSpace(c) || (!started && (IsMarker(c) || c == '.' || c == ')'))) {
      gap = started;
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    out.append(n, at, pos - at);
    started = true;
  }
  // Edge punctuation: "Share this article:" is "share this article".
  while (!out.empty()) {
    size_t p = out.size();
    char32_t c = utf8::DecodeBefore(out, p);
    if (utf8::IsWordChar(c) || c == '#') break;
    out.resize(p);
    while (!out.empty() && out.back() == ' ') out.pop_back();
  }
  return out;
}

TemplateLineExtractor::TemplateLineExtractor(TemplateLineSettings settings)
    : settings_(std::move(settings)), furniture_(settings_.furniture, true) {}

bool TemplateLineExtractor::IsNewsSentence(std::string_view line) const {
  if (furniture_.Any(line)) return false;
  // Words, and how many of them are capitalised (title-case labels are not prose).
  int words = 0, capitalised = 0;
  size_t pos = 0;
  bool in_word = false;
  char32_t first_letter = 0, last_mark = 0;
  while (pos < line.size()) {
    char32_t c = utf8::Decode(line, pos);
    bool w = utf8::IsWordChar(c);
    if (w && !in_word) {
      ++words;
      if (utf8::IsUpper(c)) ++capitalised;
      if (!first_letter) first_letter = c;
    }
    in_word = w || (in_word && (c == '\'' || c == 0x2019 || c == '-'));
    if (!utf8::IsSpace(c) && c != '"' && c != 0x201D && c != 0x2019 && c != '\'' && c != ')') {
      last_mark = c;
    }
  }
  if (words < settings_.sentence_min_words) return false;
  if (!(last_mark == '.' || last_mark == '!' || last_mark == '?' || last_mark == 0x2026)) {
    return false;
  }
  return capitalised <= settings_.sentence_max_capitalised * words;
}

void TemplateLineExtractor::Extract(const Document& doc, std::vector<LineRecord>& out) const {
  std::set<std::string> seen;
  for (const Line& line : doc.lines()) {
    if (line.blank) continue;
    std::string_view raw = TrimSpace(doc.slice(line.span));
    int chars = 0;
    size_t pos = 0;
    while (pos < raw.size()) chars += utf8::IsWordChar(utf8::Decode(raw, pos)) ? 1 : 0;
    if (chars < settings_.min_chars || IsNewsSentence(raw)) continue;
    std::string normal = NormaliseTemplateLine(raw);
    if (normal.empty()) continue;
    std::string fingerprint = StableHash(normal);
    if (!seen.insert(fingerprint).second) continue;
    LineRecord r;
    r.fingerprint = fingerprint;
    // A long line is shown by its start; the fingerprint is of the whole.
    size_t cut = raw.size(), count = 0;
    pos = 0;
    while (pos < raw.size()) {
      if (count++ == static_cast<size_t>(settings_.max_excerpt_chars)) {
        cut = pos;
        break;
      }
      utf8::Decode(raw, pos);
    }
    r.excerpt = std::string(raw.substr(0, cut)) + (cut < raw.size() ? "\xE2\x80\xA6" : "");
    size_t begin = static_cast<size_t>(raw.data() - doc.text().data());
    Position b = doc.PositionOf(begin), e = doc.PositionOf(begin + raw.size());
    r.at = {b.line, b.column, e.line, e.column};
    out.push_back(std::move(r));
  }
}

}  // namespace newslint::corpus
