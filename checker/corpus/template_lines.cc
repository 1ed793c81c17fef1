#include "checker/corpus/template_lines.h"

#include <array>
#include <cstdint>
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

// What ShapeOf asks of an ASCII byte: a word character, an upper-case one,
// one that keeps a word going (an apostrophe, a hyphen), one that is not the
// line's last mark (a space, a quote, a closing bracket). The same tests as
// the code-point path of ShapeOf, answered once per byte value here.
enum : uint8_t { kWord = 1, kUpper = 2, kJoiner = 4, kNotAMark = 8 };
constexpr bool KeepsWordGoing(char32_t c) { return c == '\'' || c == 0x2019 || c == '-'; }
constexpr bool NotAMark(char32_t c) {
  return utf8::IsSpace(c) || c == '"' || c == 0x201D || c == 0x2019 || c == '\'' || c == ')';
}
constexpr std::array<uint8_t, 128> kAsciiShape = [] {
  std::array<uint8_t, 128> t{};
  for (char32_t c = 0; c < 128; ++c) {
    t[c] = static_cast<uint8_t>(
        (utf8::IsWordChar(c) ? kWord : 0) | (utf8::IsUpper(c) ? kUpper : 0) |
        (KeepsWordGoing(c) ? kJoiner : 0) | (NotAMark(c) ? kNotAMark : 0));
  }
  return t;
}();

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

TemplateLineExtractor::LineShape TemplateLineExtractor::ShapeOf(std::string_view line) {
  // Words, and how many of them are capitalised (title-case labels are not prose).
  LineShape shape;
  size_t pos = 0;
  bool in_word = false;
  while (pos < line.size()) {
    // ASCII, nearly all of a line, by one table load: the same answers as
    // the code-point tests below.
    if (auto b = static_cast<unsigned char>(line[pos]); b < 0x80) {
      const uint8_t f = kAsciiShape[b];
      const bool w = f & kWord;
      ++pos;
      shape.word_chars += w;
      if (w && !in_word) {
        ++shape.words;
        shape.capitalised += (f & kUpper) != 0;
      }
      in_word = w || (in_word && (f & kJoiner));
      if (!(f & kNotAMark)) shape.last_mark = b;
      continue;
    }
    char32_t c = utf8::Decode(line, pos);
    bool w = utf8::IsWordChar(c);
    shape.word_chars += w;
    if (w && !in_word) {
      ++shape.words;
      if (utf8::IsUpper(c)) ++shape.capitalised;
    }
    in_word = w || (in_word && KeepsWordGoing(c));
    if (!NotAMark(c)) shape.last_mark = c;
  }
  return shape;
}

bool TemplateLineExtractor::ShapedLikeProse(const LineShape& shape) const {
  if (shape.words < settings_.sentence_min_words) return false;
  const char32_t m = shape.last_mark;
  if (!(m == '.' || m == '!' || m == '?' || m == 0x2026)) return false;
  return shape.capitalised <= settings_.sentence_max_capitalised * shape.words;
}

bool TemplateLineExtractor::IsNewsSentence(std::string_view line) const {
  // The shape first: it is one pass, and a line not shaped like prose needs
  // no furniture pattern to say it is not a news sentence.
  return ShapedLikeProse(ShapeOf(line)) && !furniture_.Any(line);
}

void TemplateLineExtractor::Extract(const Document& doc, std::vector<LineRecord>& out) const {
  std::set<std::string> seen;
  for (const Line& line : doc.lines()) {
    if (line.blank) continue;
    std::string_view raw = TrimSpace(doc.slice(line.span));
    // IsNewsSentence, with the shape it reads counted once for both tests.
    const LineShape shape = ShapeOf(raw);
    if (shape.word_chars < settings_.min_chars) continue;
    if (ShapedLikeProse(shape) && !furniture_.Any(raw)) continue;
    std::string normal = NormaliseTemplateLine(raw);
    if (normal.empty()) continue;
    std::string fingerprint = StableHash(normal);
    if (!seen.insert(fingerprint).second) continue;
    LineRecord r;
    r.fingerprint = fingerprint;
    // A long line is shown by its start; the fingerprint is of the whole.
    size_t cut = raw.size(), count = 0, pos = 0;
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
