#include "checker/rules/capitalization_rule.h"

#include <unordered_set>

#include "checker/phrase_pattern.h"
#include "checker/utf8.h"

namespace newslint {
namespace {

enum class Case { kLower, kCapitalised, kUpper, kOther };

Case CaseOf(std::string_view word) {
  size_t pos = 0;
  char32_t first = utf8::Decode(word, pos);
  // The first letter decides most words, before the rest is read: this runs
  // on every token of every sentence.
  if (first >= 'a' && first <= 'z') return Case::kLower;
  if (utf8::IsLower(first)) return Case::kLower;
  if (!utf8::IsUpper(first)) return Case::kOther;
  bool rest_lower = true, rest_upper = true;
  while (pos < word.size()) {
    char32_t c = utf8::Decode(word, pos);
    if (utf8::IsUpper(c)) rest_lower = false;
    if (utf8::IsLower(c)) rest_upper = false;
  }
  if (rest_lower) return Case::kCapitalised;
  return rest_upper ? Case::kUpper : Case::kOther;
}

// Lower-case words that join the capitalised words of a name or title.
const std::unordered_set<std::string> kJoiners = {"of", "the", "and", "for", "on", "in",
                                                  "de", "du", "la", "to", "at", "&"};

class CapitalizationRule : public Rule {
 public:
  CapitalizationRule(RuleInfo info, std::unordered_set<std::string> words)
      : Rule(std::move(info)), words_(std::move(words)) {}

  void Check(const Document& doc, HitSink& sink) const override {
    const auto& tokens = doc.tokens();
    std::string_view text = doc.text();
    for (const Sentence& s : doc.sentences()) {
      if (doc.lines()[doc.LineIndexOf(s.span.begin)].heading) continue;
      size_t first = doc.FirstTokenAtOrAfter(s.span.begin);
      for (size_t i = first + 1; i < tokens.size() && tokens[i].span.end <= s.span.end; ++i) {
        std::string_view word = doc.slice(tokens[i].span);
        if (CaseOf(word) != Case::kCapitalised) continue;
        if (!words_.count(NormalisePhrase(word))) continue;
        // Mid-sentence: the word before is lower case and nothing but spaces
        // lies between them (no colon, quote or bracket that may open a title).
        std::string_view prev = doc.slice(tokens[i - 1].span);
        if (CaseOf(prev) != Case::kLower) continue;
        std::string_view gap = text.substr(tokens[i - 1].span.end,
                                           tokens[i].span.begin - tokens[i - 1].span.end);
        if (gap.find_first_not_of(" ") != std::string_view::npos) continue;
        // Not inside a name with lower-case joiners: "Friends of Peace".
        if (i >= 2 && kJoiners.count(NormalisePhrase(prev)) &&
            CaseOf(doc.slice(tokens[i - 2].span)) == Case::kCapitalised) {
          continue;
        }
        // Not the start of a Title Case name: the next word is not capitalised.
        if (i + 1 < tokens.size() && tokens[i + 1].span.end <= s.span.end) {
          std::string_view next = doc.slice(tokens[i + 1].span);
          if (CaseOf(next) == Case::kCapitalised || CaseOf(next) == Case::kUpper) continue;
        }
        Hit hit;
        hit.span = tokens[i].span;
        std::string lower = NormalisePhrase(word);
        hit.suggestion = lower;
        hit.fix_safe = false;
        hit.vars.emplace_back("lower", lower);
        sink.Report(std::move(hit));
      }
    }
  }

 private:
  std::unordered_set<std::string> words_;
};

}  // namespace

std::unique_ptr<Rule> MakeCapitalizationRule(RuleInfo info, YamlView& yaml, LoadContext&) {
  std::unordered_set<std::string> words;
  for (const auto& w : yaml.StringList("words", true)) words.insert(NormalisePhrase(w));
  if (info.scope != Scope::kSentence) yaml.Fail("a capitalization rule works on scope: sentence");
  return std::make_unique<CapitalizationRule>(std::move(info), std::move(words));
}

}  // namespace newslint
