// A segmented article: lines, paragraphs, sentences, headings and word tokens,
// each a byte span of Article::text. Rules work on these spans and report byte
// offsets; positions (file line, code-point column) are derived from offsets
// here and nowhere else, so a match is never searched for again.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "checker/article.h"

namespace newslint {

struct Analysis;
class TriggerMap;

struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

struct Position {
  int line = 1;    // 1-based, in the file (front matter counted)
  int column = 1;  // 1-based, in code points
};

struct Line {
  Span span;
  bool blank = false;
  bool heading = false;  // a short line standing alone without closing punctuation
};

struct Paragraph {
  Span span;
  size_t first_line = 0;  // indexes into Document::lines
  size_t last_line = 0;
};

struct Sentence {
  Span span;
  size_t paragraph = 0;
};

struct Token {
  Span span;
};

class Document {
 public:
  explicit Document(const Article& article);
  Document(Article&&) = delete;  // keeps a reference: the article must outlive it

  const Article& article() const { return article_; }
  std::string_view text() const { return article_.text; }
  std::string_view slice(Span s) const { return text().substr(s.begin, s.size()); }

  const std::vector<Line>& lines() const { return lines_; }
  const std::vector<Paragraph>& paragraphs() const { return paragraphs_; }
  const std::vector<Sentence>& sentences() const { return sentences_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  // The title line: the first non-blank line (a '# ' heading first in Markdown).
  std::optional<size_t> title_line() const { return title_line_; }

  // What the analysis passes found (dates, titles); null when none ran.
  const Analysis* analysis() const { return analysis_; }
  void set_analysis(const Analysis* analysis) { analysis_ = analysis; }
  // Where the rules' triggers matched, paragraph by paragraph (the engine's
  // multi-pattern pass); null when it did not run.
  const TriggerMap* trigger_map() const { return trigger_map_; }
  void set_trigger_map(const TriggerMap* map) { trigger_map_ = map; }

  Position PositionOf(size_t offset) const;
  // 1-based column of the offset in UTF-8 bytes from its line's start.
  int ByteColumnOf(size_t offset) const;
  // Index into lines() of the line holding the offset.
  size_t LineIndexOf(size_t offset) const;
  // Index of the first token whose span begins at or after offset.
  size_t FirstTokenAtOrAfter(size_t offset) const;
  // CountWords(slice(span)) for a span on code point boundaries, in constant
  // time for most spans: rules count the words of every line and sentence,
  // several times over, and this answers from one pass over the text.
  size_t CountWordsIn(Span span) const;

 private:
  void SplitLines();
  void FindParagraphs();
  void SplitSentences(size_t paragraph);
  void Tokenise();
  void IndexWords();

  const Article& article_;
  std::vector<size_t> line_starts_;
  std::vector<Line> lines_;
  std::vector<Paragraph> paragraphs_;
  std::vector<Sentence> sentences_;
  std::vector<Token> tokens_;
  // At each byte offset, over the whole text: words begun before it (shifted
  // left one bit) and whether a word is open there (the low bit), which is
  // CountWords' state. One word a byte keeps the pass that fills it cheap.
  std::vector<uint32_t> word_state_;
  std::optional<size_t> title_line_;
  const Analysis* analysis_ = nullptr;
  const TriggerMap* trigger_map_ = nullptr;
};

// Word count of a span of text, by the tokeniser's notion of a word.
size_t CountWords(std::string_view text);

}  // namespace newslint
