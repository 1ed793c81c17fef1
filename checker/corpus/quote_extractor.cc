#include "checker/corpus/quote_extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <optional>

#include "checker/corpus/quote_attribution.h"
#include "checker/utf8.h"
#include "checker/wordnet.h"

namespace newslint::corpus {
namespace {

enum class MarkKind { kDouble, kSingle };

struct OpenMark {
  MarkKind kind;
  size_t begin, end;  // the mark's bytes
};

bool IsWord(char32_t c) { return utf8::IsWordChar(c); }

// Compiled without logging.
RE2::Options PatternOptions() {
  RE2::Options o;
  o.set_log_errors(false);
  return o;
}

// Words right after a quote that are not the noun it qualifies, though
// WordNet lists most of them as nouns too ("in", "as", "means").
constexpr std::array<std::string_view, 64> kNotHeads = {
    "a",     "an",    "the",    "and",   "or",    "but",   "nor",  "so",   "yet",  "in",    "on",
    "at",    "by",    "for",    "of",    "to",    "from",  "with", "as",   "is",   "was",   "were",
    "are",   "be",    "been",   "being", "has",   "have",  "had",  "do",   "does", "did",   "will",
    "would", "could", "should", "may",   "might", "must",  "can",  "said", "says", "say",   "told",
    "added", "means", "mean",   "meant", "that",  "which", "who",  "it",   "this", "these", "those",
    "he",    "she",   "they",   "we",    "i",     "also",  "not",  "now",  "then"};

bool NotAHead(const std::string& w) {
  return std::find(kNotHeads.begin(), kNotHeads.end(), w) != kNotHeads.end();
}

bool HasSentencePunctuation(std::string_view s, bool commas_too) {
  for (char c : s) {
    if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || (commas_too && c == ',')) {
      return true;
    }
  }
  return false;
}

std::string JoinWords(const std::vector<std::string>& w, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (i > from) out += ' ';
    out += w[i];
  }
  return out;
}

}  // namespace

QuoteExtractor::QuoteExtractor(QuoteSettings settings, const KeyNormaliser& keys)
    : settings_(settings), keys_(keys) {
  PrepareAttribution();
}

std::vector<QuotedSpan> FindQuotedSpans(std::string_view text, Span paragraph) {
  std::vector<QuotedSpan> out;
  std::vector<OpenMark> open;
  auto close = [&](MarkKind kind, size_t begin, size_t end) {
    for (size_t i = open.size(); i-- > 0;) {
      if (open[i].kind != kind) continue;
      QuotedSpan q;
      q.outer = {open[i].begin, end};
      q.inner = {open[i].end, begin};
      open.resize(i);  // marks opened inside and never closed are dropped
      q.depth = static_cast<int>(open.size());
      if (q.inner.size() > 0) out.push_back(q);
      return true;
    }
    return false;
  };
  auto has_open = [&](MarkKind kind, bool straight_only, std::string_view text_ref) {
    for (const auto& m : open) {
      if (m.kind != kind) continue;
      if (!straight_only) return true;
      char first = text_ref[m.begin];
      if (first == '"' || first == '\'') return true;
    }
    return false;
  };
  size_t pos = paragraph.begin;
  char32_t prev = 0;
  while (pos < paragraph.end) {
    // A run of ASCII without a straight quote only moves `prev` on: skipped
    // in one tight loop, since it is nearly all of a paragraph.
    if (auto b = static_cast<unsigned char>(text[pos]); b < 0x80 && b != '"' && b != '\'') {
      size_t run = pos + 1;
      for (; run < paragraph.end; ++run) {
        auto d = static_cast<unsigned char>(text[run]);
        if (d >= 0x80 || d == '"' || d == '\'') break;
      }
      prev = static_cast<unsigned char>(text[run - 1]);
      pos = run;
      continue;
    }
    size_t at = pos;
    char32_t c = utf8::Decode(text, pos);
    size_t peek = pos;
    char32_t next = pos < paragraph.end ? utf8::Decode(text, peek) : 0;
    bool prev_word = IsWord(prev), next_word = IsWord(next);
    switch (c) {
      case 0x201C:  // “
        open.push_back({MarkKind::kDouble, at, pos});
        break;
      case 0x201D:  // ”
        close(MarkKind::kDouble, at, pos);
        break;
      case '"':
        // Straight double quotes alternate within a paragraph.
        if (has_open(MarkKind::kDouble, true, text)) {
          close(MarkKind::kDouble, at, pos);
        } else {
          open.push_back({MarkKind::kDouble, at, pos});
        }
        break;
      case 0x2018:  // ‘
        if (!prev_word) open.push_back({MarkKind::kSingle, at, pos});
        break;
      case 0x2019:  // ’ closes a single quote unless it is an apostrophe
      case '\'':
        if (prev_word && next_word) break;  // Russia’s, don't
        if (!prev_word && next_word && c == '\'') {
          open.push_back({MarkKind::kSingle, at, pos});
        } else if (!next_word && has_open(MarkKind::kSingle, false, text)) {
          close(MarkKind::kSingle, at, pos);
        }
        break;
      default:
        break;
    }
    prev = c;
  }
  std::sort(out.begin(), out.end(),
            [](const QuotedSpan& a, const QuotedSpan& b) { return a.outer.begin < b.outer.begin; });
  return out;
}

void QuoteExtractor::Extract(const Document& doc, std::vector<QuoteRecord>& out) const {
  std::string_view text = doc.text();
  const WordNet* wn = keys_.wordnet();
  auto is_noun = [&](const std::string& word) {
    if (NotAHead(word)) return false;
    if (!wn) return true;
    auto forms = wn->BaseForms(word);
    // A past tense or participle ("led", "signed") is a verb here, even where
    // WordNet also knows the spelling as a noun.
    bool inflected_verb =
        word.size() > 3 && word.compare(word.size() - 2, 2, "ed") == 0 &&
        std::any_of(forms.begin(), forms.end(), [&](const std::string& f) { return f != word; });
    if (inflected_verb) return false;
    for (const auto& f : forms) {
      if (wn->IsNoun(f)) return true;
    }
    return false;
  };
  std::string last_speaker;
  size_t last_speaker_paragraph = 0;
  const auto& paragraphs = doc.paragraphs();
  for (size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const Span para = paragraphs[pi].span;
    for (const QuotedSpan& q : FindQuotedSpans(text, para)) {
      std::string_view inner = doc.slice(q.inner);
      std::vector<std::string> words = KeyNormaliser::Words(inner);
      if (words.empty() || static_cast<int>(words.size()) > settings_.max_statement_words) continue;

      // Who says it. A quote inside a quotation is the speaker quoting someone.
      std::string speaker;
      if (q.depth == 0) {
        auto attribution = AttributionAfter(text.substr(q.outer.end, para.end - q.outer.end));
        if (!attribution) {
          attribution = AttributionBefore(text.substr(para.begin, q.outer.begin - para.begin));
        }
        if (attribution && !attribution->pronoun) {
          speaker = keys_.SpeakerKey(attribution->name);
          if (!speaker.empty()) {
            last_speaker = speaker;
            last_speaker_paragraph = pi;
          }
        } else if (attribution && !last_speaker.empty() &&
                   pi - last_speaker_paragraph <= static_cast<size_t>(settings_.pronoun_reach)) {
          speaker = last_speaker;
        }
      }

      // The head: the noun right after a short quote, else the noun ending it.
      std::string head;
      bool head_outside = false;
      size_t excerpt_end = q.outer.end;
      int n = static_cast<int>(words.size());
      // A phrase qualifies a head only when it reads straight on into it: no
      // punctuation ends the quoted words ("Coalition of the Willing," led).
      bool open_ended = !inner.empty() && !std::ispunct(static_cast<unsigned char>(inner.back()));
      if (n <= settings_.max_phrase_words && !HasSentencePunctuation(inner, false)) {
        static const RE2 next_word("^[ \\t\\x{00A0}]+(\\p{Ll}[\\p{Ll}\\-]*)", PatternOptions());
        re2::StringPiece after(text.data() + q.outer.end, para.end - q.outer.end);
        re2::StringPiece word;
        if (open_ended && RE2::PartialMatch(after, next_word, &word)) {
          auto head_words = KeyNormaliser::Words(std::string_view(word.data(), word.size()));
          std::string w = head_words.empty() ? "" : head_words[0];
          if (!w.empty() && is_noun(w)) {
            head = keys_.BaseForm(w);
            head_outside = true;
            excerpt_end = static_cast<size_t>(word.data() - text.data()) + word.size();
          }
        }
        if (head.empty() && n >= 2 && !HasSentencePunctuation(inner, true) &&
            is_noun(words.back())) {
          head = keys_.BaseForm(words.back());
        }
      }

      QuoteRecord r;
      std::vector<std::string> lemmas;
      for (const auto& w : words) lemmas.push_back(keys_.BaseForm(w));
      r.words = JoinWords(words, 0, words.size());
      r.lemmas = JoinWords(lemmas, 0, lemmas.size());
      r.head = head;
      r.head_outside = head_outside;
      r.speaker = speaker;
      if (!head.empty()) {
        int compared = n + (head_outside ? 1 : 0);
        r.groups.push_back("p|" + head + "|" + std::to_string(compared));
      }
      if (!speaker.empty() && n >= settings_.min_statement_words) {
        size_t half = lemmas.size() / 2;
        std::string prefix = "s|" + speaker + "|" + std::to_string(n) + "|";
        r.groups.push_back(prefix + "a|" + JoinWords(lemmas, 0, half));
        r.groups.push_back(prefix + "b|" + JoinWords(lemmas, half, lemmas.size()));
      }
      if (r.groups.empty()) continue;
      r.quoted = std::string(inner);
      r.excerpt = std::string(text.substr(q.outer.begin, excerpt_end - q.outer.begin));
      Position b = doc.PositionOf(q.outer.begin), e = doc.PositionOf(excerpt_end);
      r.at = {b.line, b.column, e.line, e.column};
      out.push_back(std::move(r));
    }
  }
}

}  // namespace newslint::corpus
