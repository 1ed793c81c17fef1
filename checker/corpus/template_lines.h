// Template-line candidates of an article: lines that could be residue of a
// site's page template (footers, bylines, prompts, labels), with a
// fingerprint of their normalised text so that one line in many articles of a
// source can be counted without keeping the text. Ordinary news sentences are
// not candidates: a background sentence repeated across a source's articles
// is the writer's choice, not template residue.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/corpus/article_records.h"
#include "checker/document.h"
#include "checker/pattern_set.h"

namespace newslint::corpus {

struct TemplateLineSettings {
  int min_articles = 3;                   // a line in fewer of a source's articles is not flagged
  double min_share = 0.2;                 // nor one in a smaller share of them
  int min_chars = 4;                      // letters and digits a candidate line needs
  int sentence_min_words = 4;             // news sentences: at least this many words,
  double sentence_max_capitalised = 0.5;  // at most this share capitalised,
                                          // and closing punctuation
  std::vector<std::string> furniture;     // RE2: a line matching one is never a news sentence
  std::vector<std::string> yield_to;      // categories already flagging the line win
  int max_excerpt_chars = 160;
};

// Lower case, digits as '#', list and heading markers and edge punctuation
// dropped, one space between words: "© 2024 Example Media." and "© 2023
// Example Media" are one line of the template.
std::string NormaliseTemplateLine(std::string_view line);

class TemplateLineExtractor {
 public:
  // Throws std::invalid_argument with RE2's message for a bad furniture pattern.
  explicit TemplateLineExtractor(TemplateLineSettings settings);

  // Not furniture, and shaped like prose: enough words, not title case,
  // closing punctuation.
  bool IsNewsSentence(std::string_view line) const;
  // One record per distinct candidate line (its first occurrence).
  void Extract(const Document& doc, std::vector<LineRecord>& out) const;
  const TemplateLineSettings& settings() const { return settings_; }

 private:
  // What a line is made of, counted in one pass.
  struct LineShape {
    int word_chars = 0, words = 0, capitalised = 0;
    char32_t last_mark = 0;  // the last mark that is not a space, quote or bracket
  };
  static LineShape ShapeOf(std::string_view line);
  bool ShapedLikeProse(const LineShape& shape) const;

  TemplateLineSettings settings_;
  // Every line is asked whether any furniture pattern occurs in it.
  PatternSet furniture_;
};

}  // namespace newslint::corpus
