// Quotations and coined phrases of an article. Quoted spans are found with
// straight and curly marks, double and single, nested, paragraph by
// paragraph (an apostrophe is told from a closing single quote by what
// follows it). Each span gets its speaker when the sentence attributes it
// ("…,” said X; X said: “…”; “…,” X said; according to X; he said after a
// named speaker) and, for a short span, the head noun it qualifies (the “no
// limits” partnership) or, inside the quote, ends with (“Cold War mentality”).
//
// A record joins the groups it is compared in: a coined phrase by its head
// and length, a statement by its speaker, length and either half of its
// words. Variants are word substitutions, so they share the group.
#pragma once

#include <string>
#include <vector>

#include "checker/corpus/article_records.h"
#include "checker/corpus/key_normaliser.h"
#include "checker/document.h"

namespace newslint::corpus {

struct QuoteSettings {
  int max_phrase_words = 4;      // quoted words of a coined phrase, at most
  int min_statement_words = 4;   // a statement compared by speaker: at least
  int max_statement_words = 40;  // longer quotations are not recorded
  int pronoun_reach = 3;         // paragraphs a "he said" may reach back for its speaker
};

struct QuotedSpan {
  Span outer;     // marks included
  Span inner;     // the quoted text
  int depth = 0;  // 0 for a quotation, 1 for a quote inside it...
};

// The closed quoted spans of one paragraph, in order of their opening mark.
std::vector<QuotedSpan> FindQuotedSpans(std::string_view text, Span paragraph);

class QuoteExtractor {
 public:
  // Compiles the attribution patterns here, at load, rather than in the
  // first worker to meet a quote (with the others waiting on it).
  QuoteExtractor(QuoteSettings settings, const KeyNormaliser& keys);

  void Extract(const Document& doc, std::vector<QuoteRecord>& out) const;

 private:
  QuoteSettings settings_;
  const KeyNormaliser& keys_;
};

}  // namespace newslint::corpus
