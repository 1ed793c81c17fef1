#include "checker/rules/synonym_swap_rule.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <set>
#include <unordered_set>

#include "checker/phrase_pattern.h"
#include "checker/utf8.h"
#include "checker/word_ids.h"
#include "checker/wordnet.h"

namespace newslint {
namespace {

struct Expression {
  std::string text;                         // as listed, the suggestion
  std::vector<std::string> words;           // lower case
  // Per word: its own inflected forms, and those of its WordNet synonyms.
  // Computed once at load; the rule numbers them (WordForms) and drops these.
  std::vector<std::unordered_set<std::string>> same;
  std::vector<std::unordered_set<std::string>> synonyms;
  std::vector<std::string> spelling;  // SpellingKey of each word
};

// Regular inflections of a lemma (plural, past, gerund, comparative). Forms
// that are not words never occur in text, so over-generating is harmless.
std::vector<std::string> Inflections(const std::string& w) {
  std::vector<std::string> out = {w, w + "s", w + "es", w + "ed", w + "ing", w + "er", w + "est"};
  if (!w.empty() && w.back() == 'e') {
    out.push_back(w + "d");
    out.push_back(w.substr(0, w.size() - 1) + "ing");
    out.push_back(w + "r");
  }
  if (w.size() > 1 && w.back() == 'y') {
    std::string stem = w.substr(0, w.size() - 1);
    out.push_back(stem + "ies");
    out.push_back(stem + "ied");
  }
  if (w.size() > 3 && w.compare(w.size() - 3, 3, "man") == 0) out.push_back(w.substr(0, w.size() - 3) + "men");
  return out;
}

// British and American spellings are one word, not synonyms:
// organisation/organization, defence/defense, labour/labor, centre/center.
std::string SpellingKey(std::string w) {
  static const std::pair<const char*, const char*> kRules[] = {
      {"isation", "ization"}, {"ise", "ize"}, {"ising", "izing"}, {"ised", "ized"},
      {"our", "or"}, {"tre", "ter"}, {"ence", "ense"}, {"mme", "m"}, {"ogue", "og"},
      {"lled", "led"}, {"lling", "ling"}, {"yse", "yze"}};
  for (auto [from, to] : kRules) {
    for (size_t at; (at = w.find(from)) != std::string::npos;) w.replace(at, std::strlen(from), to);
  }
  return w;
}

// Function words neither anchor a window nor count as a kept word: "of the"
// kept from "Council of the European Union" says nothing.
bool IsFunctionWord(const std::string& w) {
  static const std::unordered_set<std::string> kWords = {
      "the", "of", "and", "for", "in", "on", "to", "a", "an", "at", "by", "with", "from", "de",
      "la", "le", "du", "des", "or", "as", "into", "upon"};
  return kWords.count(w) > 0;
}

struct Anchor {
  size_t expression;
  size_t position;
};

// One word of an expression as the checker sees it: its forms and its
// synonyms' forms as sorted numbers of the rule's vocabulary.
struct WordForms {
  std::vector<uint32_t> same;
  std::vector<uint32_t> synonyms;
  bool function_word = false;
};

constexpr uint32_t kNotInVocabulary = WordIds::kNone;

// Every byte, ASCII capitals lowered: one load a byte in LowerWord.
constexpr std::array<unsigned char, 256> MakeAsciiLower() {
  std::array<unsigned char, 256> lower{};
  for (int c = 0; c < 256; ++c) lower[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return lower;
}
constexpr std::array<unsigned char, 256> kAsciiLower = MakeAsciiLower();

bool Contains(const std::vector<uint32_t>& sorted, uint32_t id) {
  return id != kNotInVocabulary && std::binary_search(sorted.begin(), sorted.end(), id);
}

class SynonymSwapRule : public Rule {
 public:
  SynonymSwapRule(RuleInfo info, std::vector<Expression> expressions,
                  std::unordered_set<std::string> allowed, std::shared_ptr<const WordNet> wordnet,
                  int max_swaps, int min_kept)
      : Rule(std::move(info)), expressions_(std::move(expressions)), allowed_(std::move(allowed)),
        wordnet_(std::move(wordnet)), max_swaps_(max_swaps), min_kept_(min_kept) {
    // Every form the rule knows gets a number once, here, so that checking
    // looks each token up once and compares numbers after.
    auto number = [&](const std::string& form) {
      uint32_t id = vocabulary_.Add(form);
      if (id == anchors_.size()) anchors_.emplace_back();
      return id;
    };
    for (size_t e = 0; e < expressions_.size(); ++e) {
      std::vector<WordForms> words;
      for (size_t p = 0; p < expressions_[e].words.size(); ++p) {
        WordForms w;
        w.function_word = IsFunctionWord(expressions_[e].words[p]);
        for (const auto& form : expressions_[e].same[p]) {
          uint32_t id = number(form);
          w.same.push_back(id);
          if (!w.function_word) anchors_[id].push_back({e, p});
        }
        for (const auto& form : expressions_[e].synonyms[p]) w.synonyms.push_back(number(form));
        std::sort(w.same.begin(), w.same.end());
        std::sort(w.synonyms.begin(), w.synonyms.end());
        words.push_back(std::move(w));
      }
      forms_.push_back(std::move(words));
      expressions_[e].same.clear();
      expressions_[e].synonyms.clear();
    }
  }

  void Check(const Document& doc, HitSink& sink) const override {
    const auto& tokens = doc.tokens();
    std::vector<uint32_t> ids(tokens.size(), kNotInVocabulary);
    std::string lower;
    for (size_t i = 0; i < tokens.size(); ++i) {
      std::string_view word = doc.slice(tokens[i].span);
      // Longer than any form even once each curly apostrophe (3 bytes) is one.
      if (word.size() > vocabulary_.longest() &&
          word.size() > vocabulary_.longest() +
                            2 * static_cast<size_t>(std::count(word.begin(), word.end(), '\xE2'))) {
        continue;
      }
      ids[i] = vocabulary_.Find(LowerWord(word, lower));
    }
    std::vector<Hit> hits;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (ids[i] == kNotInVocabulary) continue;
      for (const Anchor& a : anchors_[ids[i]]) {
        if (a.position > i) continue;
        size_t first = i - a.position;
        if (first + expressions_[a.expression].words.size() > tokens.size()) continue;
        // A window anchored on two of its words is tried twice; its hits are
        // the same span, which the overlap filter below keeps once.
        TryWindow(doc, a.expression, first, ids, hits);
      }
    }
    // "cold warfare" inside "cold warfare mentality": report the longer only.
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit& a, const Hit& b) { return a.span.size() > b.span.size(); });
    std::vector<Span> taken;
    for (auto& h : hits) {
      bool inside = std::any_of(taken.begin(), taken.end(), [&](Span t) {
        return t.begin < h.span.end && h.span.begin < t.end;
      });
      if (inside) continue;
      taken.push_back(h.span);
      sink.Report(std::move(h));
    }
  }

 private:
  // ASCII lower case, typographic apostrophe made plain, into out (reused, so
  // no allocation per token); the result views out.
  static std::string_view LowerWord(std::string_view w, std::string& out) {
    // Grown only, never shrunk: resizing to each word's length zero-filled
    // and cut it back every time, which cost more than the lowering.
    if (out.size() < w.size()) out.resize(w.size());
    // Through plain pointers: a store through the string's operator[] may
    // alias its own members, which made the compiler reload them every byte.
    const char* in = w.data();
    const size_t size = w.size();
    char* to = out.data();
    // Most words hold no curly apostrophe: lower them without a branch a
    // byte, and fold the apostrophes only in the words that have one.
    bool curly = false;
    for (size_t i = 0; i < size; ++i) {
      auto c = static_cast<unsigned char>(in[i]);
      curly |= c == 0xE2;
      to[i] = static_cast<char>(kAsciiLower[c]);
    }
    if (!curly) return std::string_view(to, size);
    size_t n = 0;
    for (size_t i = 0; i < size; ++i) {
      if (to[i] == '\xE2' && i + 2 < size && to[i + 1] == '\x80' && to[i + 2] == '\x99') {
        to[n++] = '\'';
        i += 2;
        continue;
      }
      to[n++] = to[i];
    }
    return std::string_view(to, n);
  }

  // Whether the word's first three bytes, lowered, are the expression
  // word's: spelling variants share their start, and most windows that
  // reach the spelling test fail here without lowering the whole word.
  static bool SameStart(std::string_view word, std::string_view expected) {
    size_t n = std::min<size_t>(3, expected.size());
    if (word.size() < n) return false;
    for (size_t i = 0; i < n; ++i) {
      char c = word[i];
      if (static_cast<unsigned char>(c) >= 0x80) return true;  // an apostrophe? the full test says
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != expected[i]) return false;
    }
    return true;
  }

  void TryWindow(const Document& doc, size_t e, size_t first, const std::vector<uint32_t>& ids,
                 std::vector<Hit>& hits) const {
    const Expression& ex = expressions_[e];
    const auto& tokens = doc.tokens();
    int swaps = 0, kept = 0;
    std::string lower;
    for (size_t j = 0; j < ex.words.size(); ++j) {
      size_t t = first + j;
      if (j > 0 && !Adjacent(doc, tokens[t - 1].span, tokens[t].span)) return;
      const WordForms& forms = forms_[e][j];
      if (Contains(forms.same, ids[t])) {
        kept += !forms.function_word;
        continue;
      }
      if (Contains(forms.synonyms, ids[t])) {
        ++swaps;
        continue;
      }
      std::string_view raw = doc.slice(tokens[t].span);
      if (!SameStart(raw, ex.words[j])) return;
      std::string_view word = LowerWord(raw, lower);
      if (word.substr(0, 3) != std::string_view(ex.words[j]).substr(0, 3) ||
          SpellingKey(std::string(word)) != ex.spelling[j]) {
        return;
      }
      kept += !forms.function_word;
    }
    if (swaps == 0 || swaps > max_swaps_ || kept < min_kept_) return;
    Span span{tokens[first].span.begin, tokens[first + ex.words.size() - 1].span.end};
    if (allowed_.count(NormalisePhrase(doc.slice(span)))) return;
    Hit hit;
    hit.span = span;
    hit.suggestion = ex.text;
    hit.evidence = "WordNet synonyms of the fixed expression \"" + ex.text + "\"";
    hit.vars.emplace_back("expected", ex.text);
    hits.push_back(std::move(hit));
  }

  // Words of one expression: only spaces, hyphens or quotation marks between.
  static bool Adjacent(const Document& doc, Span a, Span b) {
    std::string_view gap = doc.text().substr(a.end, b.begin - a.end);
    size_t pos = 0;
    while (pos < gap.size()) {
      char32_t c = utf8::Decode(gap, pos);
      if (!(c == ' ' || c == '-' || c == '"' || c == '\'' || c == 0x201C || c == 0x201D ||
            c == 0x2018 || c == 0x2019 || c == 0xA0)) {
        return false;
      }
    }
    return true;
  }

  std::vector<Expression> expressions_;
  std::unordered_set<std::string> allowed_;
  std::shared_ptr<const WordNet> wordnet_;
  int max_swaps_, min_kept_;
  WordIds vocabulary_;  // every form, numbered
  std::vector<std::vector<Anchor>> anchors_;        // by vocabulary number
  std::vector<std::vector<WordForms>> forms_;       // by expression, word
};

}  // namespace

std::unique_ptr<Rule> MakeSynonymSwapRule(RuleInfo info, YamlView& yaml, LoadContext& ctx) {
  std::vector<std::string> listed = yaml.StringList("expressions");
  if (auto file = yaml.OptionalString("expressions_file")) {
    std::string path = ctx.file_dir + "/" + *file;
    YamlView data(LoadYamlFile(path), path);
    for (auto& e : data.StringList("expressions", true)) listed.push_back(std::move(e));
    data.OptionalString("origin");
    data.RejectUnknownKeys();
  }
  std::unordered_set<std::string> allowed;
  for (const auto& a : yaml.StringList("allowed")) allowed.insert(NormalisePhrase(a));
  int max_swaps = yaml.Int("max_swaps", 2);
  int min_kept = yaml.Int("min_kept", 1);
  if (listed.empty()) yaml.Fail("a synonym-swap rule needs 'expressions' or 'expressions_file'");
  if (min_kept < 1) yaml.Fail(yaml.node()["min_kept"], "'min_kept' must be at least 1");
  if (!ctx.wordnet) {
    try {
      ctx.wordnet = WordNet::Load(ctx.wordnet_dir);
    } catch (const std::runtime_error& e) {
      yaml.Fail(std::string(e.what()) + " (install Debian's wordnet-base, or disable this rule)");
    }
  }
  std::vector<Expression> expressions;
  std::set<std::string> seen;
  for (const auto& text : listed) {
    Expression ex;
    ex.text = text;
    std::string norm = NormalisePhrase(text);
    if (!seen.insert(norm).second) continue;
    size_t start = 0;
    while (start <= norm.size()) {
      size_t sp = norm.find(' ', start);
      if (sp == std::string::npos) sp = norm.size();
      if (sp > start) ex.words.push_back(norm.substr(start, sp - start));
      start = sp + 1;
    }
    if (ex.words.size() < 2) yaml.Fail("fixed expression '" + text + "' has fewer than two words");
    for (const auto& w : ex.words) {
      std::unordered_set<std::string> same, synonyms;
      for (auto& f : Inflections(w)) same.insert(std::move(f));
      for (const auto& syn : ctx.wordnet->Synonyms(w)) {
        if (SpellingKey(syn) == SpellingKey(w)) continue;  // organisation/organization
        for (auto& f : Inflections(syn)) {
          if (!same.count(f)) synonyms.insert(std::move(f));
        }
      }
      ex.same.push_back(std::move(same));
      ex.spelling.push_back(SpellingKey(w));
      ex.synonyms.push_back(std::move(synonyms));
    }
    expressions.push_back(std::move(ex));
  }
  return std::make_unique<SynonymSwapRule>(std::move(info), std::move(expressions),
                                           std::move(allowed), ctx.wordnet, max_swaps, min_kept);
}

}  // namespace newslint
