#include "checker/document.h"

#include <algorithm>
#include <array>
#include <string>

#include "checker/utf8.h"

namespace newslint {
namespace {

// Words after which a full stop does not end a sentence. Titles, ranks,
// months and the abbreviations news copy is full of.
constexpr std::array<std::string_view, 60> kAbbreviations = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt",
    "Cpl", "Pvt", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Sr", "Jr", "St", "Mt", "Ft",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "No", "Nos", "vs", "v", "approx", "est", "Inc", "Corp", "Ltd", "Co", "Bros", "Dept",
    "Univ", "Ave", "Blvd", "Rd", "ca", "cf", "e.g", "i.e", "al", "Gens"};

bool IsAbbreviation(std::string_view word) {
  if (std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end()) {
    return true;
  }
  // Initials and dotted acronyms: "J", "U.S", "U.N", "E.U".
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;
  if (word.size() >= 3 && word.find('.') != std::string_view::npos) {
    for (size_t i = 0; i < word.size(); i += 2) {
      if (!(word[i] >= 'A' && word[i] <= 'Z')) return false;
      if (i + 1 < word.size() && word[i + 1] != '.') return false;
    }
    return true;
  }
  return false;
}

bool IsClosingMark(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == ')' || c == ']' ||
         c == 0xBB || c == 0x203A;
}

bool IsOpeningMark(char32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == '(' || c == '[' ||
         c == 0xAB || c == 0x2039;
}

// The last mark of a line, past trailing spaces and closing quotes/brackets.
char32_t LastMark(std::string_view line) {
  size_t pos = line.size();
  while (pos > 0) {
    char32_t c = utf8::DecodeBefore(line, pos);
    if (utf8::IsSpace(c) || IsClosingMark(c)) continue;
    return c;
  }
  return 0;
}

bool EndsWithClosingPunctuation(std::string_view line) {
  char32_t c = LastMark(line);
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',' || c == 0x2026;
}

bool EndsSentence(std::string_view line) {
  char32_t c = LastMark(line);
  return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

bool StartsLowercase(std::string_view line) {
  size_t pos = 0;
  while (pos < line.size()) {
    char32_t c = utf8::Decode(line, pos);
    if (utf8::IsSpace(c)) continue;
    return utf8::IsLower(c);
  }
  return false;
}

constexpr std::array<bool, 256> MakeMayEndSentence() {
  std::array<bool, 256> may{};
  for (unsigned char c : {'.', '!', '?', '\xE2'}) may[c] = true;
  return may;
}
constexpr std::array<bool, 256> kMayEndSentence = MakeMayEndSentence();

// Characters that keep a word going when they follow one: "don't", "U.S.",
// "well-known".
constexpr bool JoinsWord(char32_t c) { return c == '\'' || c == 0x2019 || c == '-' || c == '.'; }

// ASCII characters as BeginsWord reads them: it runs on every byte of the
// text, and a table load is cheaper than the tests it stands for.
constexpr unsigned char kWordChar = 1, kJoiner = 2;
constexpr std::array<unsigned char, 128> MakeAsciiWordKind() {
  std::array<unsigned char, 128> kind{};
  for (char32_t c = 0; c < 128; ++c) {
    kind[c] = (utf8::IsWordChar(c) ? kWordChar : 0) | (JoinsWord(c) ? kJoiner : 0);
  }
  return kind;
}
constexpr std::array<unsigned char, 128> kAsciiWordKind = MakeAsciiWordKind();

constexpr bool IsAsciiWordChar(unsigned char byte) {
  return byte < 0x80 && (kAsciiWordKind[byte] & kWordChar);
}

// One step of the tokeniser's reading of words: whether c begins a word,
// given whether one is open before it; moves in_word past c.
constexpr bool BeginsWord(char32_t c, bool& in_word) {
  bool w, joins;
  if (c < 0x80) {
    unsigned char kind = kAsciiWordKind[c];
    w = kind & kWordChar;
    joins = kind & kJoiner;
  } else {
    w = utf8::IsWordChar(c);
    joins = JoinsWord(c);
  }
  bool begins = w && !in_word;
  in_word = w || (in_word && joins);
  return begins;
}

// BeginsWord over ASCII as one table load: by whether a word is open and by
// byte, what to add to IndexWords' state (words << 1, without the open bit)
// to step past the byte: 2 when it begins a word, plus 1 when a word is open
// after it. IndexWords takes this step on nearly every byte of the text.
constexpr std::array<std::array<unsigned char, 128>, 2> MakeAsciiWordStep() {
  std::array<std::array<unsigned char, 128>, 2> step{};
  for (int open = 0; open < 2; ++open) {
    for (char32_t c = 0; c < 128; ++c) {
      bool in_word = open != 0;
      bool begins = BeginsWord(c, in_word);
      step[open][c] = static_cast<unsigned char>((begins ? 2 : 0) | (in_word ? 1 : 0));
    }
  }
  return step;
}
constexpr auto kAsciiWordStep = MakeAsciiWordStep();

}  // namespace

size_t CountWords(std::string_view text) {
  size_t words = 0, pos = 0;
  bool in_word = false;
  while (pos < text.size()) words += BeginsWord(utf8::Decode(text, pos), in_word);
  return words;
}

Document::Document(const Article& article) : article_(article) {
  IndexWords();
  SplitLines();
  FindParagraphs();
  for (size_t p = 0; p < paragraphs_.size(); ++p) SplitSentences(p);
  Tokenise();
}

void Document::IndexWords() {
  std::string_view t = text();
  word_state_.resize(t.size() + 1);
  // The state itself, words << 1 | in_word, is what each byte steps.
  uint32_t cur = 0;
  size_t pos = 0;
  const size_t size = t.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(t.data());
  uint32_t* state = word_state_.data();
  while (pos < size) {
    // Most of the text: one byte, one code point, no decoding.
    for (unsigned char byte; pos < size && (byte = bytes[pos]) < 0x80; ++pos) {
      state[pos] = cur;
      cur = (cur & ~1u) + kAsciiWordStep[cur & 1][byte];
    }
    if (pos == size) break;
    // Decoded through a copy: pos itself, address taken, lived on the stack
    // and was stored there on every byte of the loop above.
    size_t next = pos;
    char32_t c = utf8::Decode(t, next);
    for (; pos < next; ++pos) state[pos] = cur;
    bool in_word = cur & 1;
    uint32_t begins = BeginsWord(c, in_word);
    cur = ((cur >> 1) + begins) << 1 | in_word;
  }
  state[size] = cur;
}

size_t Document::CountWordsIn(Span span) const {
  // The span is counted as if nothing came before it. Where the whole text is
  // inside a word at its start, walk until the two states meet (at the first
  // word character or a character that joins nothing), then the rest of the
  // count is the whole text's.
  std::string_view t = text();
  size_t pos = span.begin, words = 0;
  bool whole_in_word = word_state_[pos] & 1;
  while (pos < span.end && whole_in_word) {
    char32_t c = utf8::Decode(t, pos);
    if (utf8::IsWordChar(c)) {
      ++words;  // a word of its own here, the tail of one in the whole text
      break;
    }
    whole_in_word = JoinsWord(c);
  }
  return words + (word_state_[span.end] >> 1) - (word_state_[pos] >> 1);
}

void Document::SplitLines() {
  std::string_view t = text();
  size_t pos = 0;
  while (true) {
    line_starts_.push_back(pos);
    size_t eol = t.find('\n', pos);
    size_t end = eol == std::string_view::npos ? t.size() : eol;
    Line line;
    line.span = {pos, end};
    std::string_view s = t.substr(pos, end - pos);
    line.blank = s.find_first_not_of(" \t\f\v") == std::string_view::npos;
    lines_.push_back(line);
    if (eol == std::string_view::npos) break;
    pos = eol + 1;
  }
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (lines_[i].blank) continue;
    std::string_view s = slice(lines_[i].span);
    bool md_heading = article_.format == "md" && s.substr(0, s.find_first_not_of(' ')).empty() &&
                      s.find_first_not_of(' ') != std::string_view::npos &&
                      s[s.find_first_not_of(' ')] == '#';
    if (!title_line_ && (article_.format != "md" || md_heading)) title_line_ = i;
    size_t words = CountWordsIn(lines_[i].span);
    lines_[i].heading = md_heading || (words > 0 && words <= 14 && !EndsWithClosingPunctuation(s));
  }
  if (!title_line_ && article_.format == "md") {
    for (size_t i = 0; i < lines_.size(); ++i) {
      if (!lines_[i].blank) {
        title_line_ = i;
        break;
      }
    }
  }
}

void Document::FindParagraphs() {
  // One line is one paragraph unless it is hard-wrapped: the line does not
  // close a sentence and the next begins in lower case, so it continues it.
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (lines_[i].blank) continue;
    Paragraph p;
    p.first_line = p.last_line = i;
    while (p.last_line + 1 < lines_.size()) {
      const Line& cur = lines_[p.last_line];
      const Line& next = lines_[p.last_line + 1];
      if (next.blank || cur.heading) break;
      if (EndsSentence(slice(cur.span)) || !StartsLowercase(slice(next.span))) break;
      ++p.last_line;
    }
    p.span = {lines_[p.first_line].span.begin, lines_[p.last_line].span.end};
    if (p.first_line != p.last_line) {
      for (size_t l = p.first_line; l <= p.last_line; ++l) lines_[l].heading = false;
    }
    paragraphs_.push_back(p);
    i = p.last_line;
  }
}

void Document::SplitSentences(size_t paragraph) {
  std::string_view t = text();
  const Span para = paragraphs_[paragraph].span;
  size_t start = para.begin;
  // Skip leading space.
  auto skip_space = [&](size_t pos) {
    while (pos < para.end) {
      size_t p = pos;
      if (!utf8::IsSpace(utf8::Decode(t, p))) break;
      pos = p;
    }
    return pos;
  };
  start = skip_space(start);
  size_t pos = start;
  while (pos < para.end) {
    // Straight to the next byte that can open a terminal mark: '.', '!', '?'
    // or 0xE2, the lead byte of U+2026. None is ever inside another character.
    while (pos < para.end && !kMayEndSentence[static_cast<unsigned char>(t[pos])]) ++pos;
    if (pos == para.end) break;
    size_t at = pos;
    char32_t c = utf8::Decode(t, pos);
    if (c != '.' && c != '!' && c != '?' && c != 0x2026) continue;
    if (c == '.') {
      // The word before the full stop.
      size_t w = at;
      while (w > para.begin) {
        size_t p = w;
        char32_t b = utf8::DecodeBefore(t, p);
        if (!(utf8::IsWordChar(b) || b == '.')) break;
        w = p;
      }
      std::string_view word = t.substr(w, at - w);
      if (IsAbbreviation(word)) continue;
      // Decimal numbers and "3.5": a digit right after.
      if (pos < para.end && t[pos] >= '0' && t[pos] <= '9') continue;
    }
    size_t end = pos;
    while (end < para.end) {  // more terminal marks and closing quotes/brackets
      size_t p = end;
      char32_t n = utf8::Decode(t, p);
      if (n == '.' || n == '!' || n == '?' || n == 0x2026 || IsClosingMark(n)) {
        end = p;
      } else {
        break;
      }
    }
    size_t next = skip_space(end);
    if (next == end && next < para.end) {  // no space: "U.S.-led", "3.14", "?!"
      pos = end;
      continue;
    }
    if (next < para.end) {
      size_t p = next;
      char32_t n = utf8::Decode(t, p);
      if (!(utf8::IsUpper(n) || (n >= '0' && n <= '9') || IsOpeningMark(n) || n == 0x2022 ||
            n == '-' || n == 0x2013 || n == 0x2014)) {
        pos = end;
        continue;
      }
    }
    sentences_.push_back({{start, end}, paragraph});
    start = next;
    pos = next;
  }
  // What is left after the last terminal mark.
  size_t end = para.end;
  while (end > start && utf8::IsSpace(static_cast<unsigned char>(t[end - 1]))) --end;
  if (end > start) sentences_.push_back({{start, end}, paragraph});
}

void Document::Tokenise() {
  std::string_view t = text();
  size_t pos = 0;
  while (pos < t.size()) {
    auto byte = static_cast<unsigned char>(t[pos]);
    if (byte < 0x80 && !IsAsciiWordChar(byte)) {  // spaces and punctuation between words
      ++pos;
      continue;
    }
    size_t start = pos;
    char32_t c = utf8::Decode(t, pos);
    if (!utf8::IsWordChar(c)) continue;
    size_t end = pos;
    bool dotted = false;
    while (end < t.size()) {
      auto next = static_cast<unsigned char>(t[end]);
      if (IsAsciiWordChar(next)) {  // the rest of a plain word
        ++end;
        continue;
      }
      size_t p = end;
      char32_t n = utf8::Decode(t, p);
      if (utf8::IsWordChar(n)) {
        end = p;
        continue;
      }
      // Joiners inside a word: don't, U.S., Jean-Pierre.
      if ((n == '\'' || n == 0x2019 || n == '-' || n == '.') && p < t.size()) {
        size_t q = p;
        if (utf8::IsWordChar(utf8::Decode(t, q))) {
          dotted |= n == '.';
          end = q;
          continue;
        }
      }
      if (n == '.' && dotted) end = p;  // the last dot of "U.S."
      break;
    }
    tokens_.push_back({{start, end}});
    pos = end;
  }
}

size_t Document::LineIndexOf(size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<size_t>(it - line_starts_.begin()) - 1;
}

Position Document::PositionOf(size_t offset) const {
  offset = std::min(offset, text().size());
  size_t idx = LineIndexOf(offset);
  size_t start = line_starts_[idx];
  return {article_.first_line + static_cast<int>(idx),
          static_cast<int>(utf8::CountCodePoints(text().substr(start, offset - start))) + 1};
}

int Document::ByteColumnOf(size_t offset) const {
  offset = std::min(offset, text().size());
  return static_cast<int>(offset - line_starts_[LineIndexOf(offset)]) + 1;
}

size_t Document::FirstTokenAtOrAfter(size_t offset) const {
  auto it = std::lower_bound(tokens_.begin(), tokens_.end(), offset,
                             [](const Token& t, size_t o) { return t.span.begin < o; });
  return static_cast<size_t>(it - tokens_.begin());
}

}  // namespace newslint
