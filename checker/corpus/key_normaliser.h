// Turns the ways news names a thing into one key: case, hyphens ("no-limits"
// = "no limits"), possessives ("China's plan" = "China plan"), dotted
// acronyms ("U.S." = "US"), British and American spellings, plurals (WordNet
// base forms), word order ("Treaty of Rome" = "Rome Treaty"), and the
// knowledge base's aliases: a jurisdiction's names, adjectives and metonyms
// are one key (Beijing = China = Chinese), and a known person is one speaker
// however the article names and titles them.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checker/corpus/kb_names.h"

namespace newslint {
class WordNet;
}

namespace newslint::corpus {

class KeyNormaliser {
 public:
  // `spellings`: variant -> preferred ("organisation" -> "organization").
  // `wordnet` may be null: words are then kept as written (lower case).
  KeyNormaliser(const KbNames& names, std::map<std::string, std::string> spellings,
                std::shared_ptr<const WordNet> wordnet);

  // Lower-case words: split at spaces, hyphens, quotation marks and
  // punctuation; possessive 's and dots of acronyms dropped.
  static std::vector<std::string> Words(std::string_view text);

  // The key of a subject: its words, aliases resolved, spellings unified,
  // base forms, articles and prepositions dropped, sorted.
  std::string SubjectKey(std::string_view text) const;
  // The key of an attribution or other short phrase: like SubjectKey but in
  // the words' own order.
  std::string PhraseKey(std::string_view text) const;
  // Who is quoted: a KB person's id when the name is known (full name, alias,
  // variant, or a family name only one person bears), else the last word of
  // the name with titles removed. Empty when no name is left.
  std::string SpeakerKey(std::string_view name) const;

  // The base form of a lower-case word (the word itself when WordNet does not
  // know it or lists it as a lemma).
  std::string BaseForm(const std::string& word) const;
  const WordNet* wordnet() const { return wordnet_.get(); }

  // Whether the words (from Words()) start with a jurisdiction alias or a
  // known person's name at position i; returns the number of words matched.
  size_t MatchesKnownName(const std::vector<std::string>& words, size_t i) const;

 private:
  std::vector<std::string> Canonical(std::string_view text, bool keep_order) const;
  std::string LookUpBaseForm(const std::string& word) const;  // BaseForm, uncached
  // Longest alias starting at words[i]: its length and id (0 when none).
  std::pair<size_t, std::string> LongestAlias(
      const std::unordered_map<std::string, std::string>& table, size_t max_words,
      const std::vector<std::string>& words, size_t i) const;

  std::unordered_map<std::string, std::string> jurisdiction_;  // joined words -> id
  std::unordered_map<std::string, std::string> person_;
  std::unordered_map<std::string, std::string> family_;
  std::unordered_map<std::string, bool> title_;  // joined title words
  size_t max_jurisdiction_words_ = 0, max_person_words_ = 0, max_title_words_ = 0;
  std::map<std::string, std::string> spellings_;
  std::shared_ptr<const WordNet> wordnet_;
  // Tells this normaliser's BaseForm cache from another's (see BaseForm).
  uint64_t instance_ = 0;
};

}  // namespace newslint::corpus
