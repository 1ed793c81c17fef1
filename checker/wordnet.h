// A small reader of WordNet 3.0's database files (Debian's wordnet-base:
// index.*, data.* and *.exc under /usr/share/wordnet): lemmas, base forms
// (WordNet's "morphy" rules and exception lists) and single-word synonyms.
// Index and data files are mapped into memory (checker/mapped_file.h);
// synsets are read from the data files by their byte offset, which is what
// WordNet's offsets are.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "checker/mapped_file.h"

namespace newslint {

class WordNet {
 public:
  // Throws std::runtime_error naming the missing file.
  static std::shared_ptr<const WordNet> Load(const std::string& dir);

  bool IsLemma(std::string_view word) const;
  // Whether the lemma is listed as a noun (the head a coined phrase qualifies).
  bool IsNoun(std::string_view lemma) const;
  // How many of the lemma's senses were seen in WordNet's tagged corpus, over
  // all parts of speech: a rough measure of how common the word is ("war" 3,
  // "warfare" 2), to tell an original wording from a synonym swapped in.
  int TaggedSenseCount(std::string_view lemma) const;
  // The lemmas a lower-case word form may be an inflection of (itself included
  // when it is a lemma).
  std::vector<std::string> BaseForms(std::string_view word) const;
  // Single-word lemmas sharing a synset with the lemma, in any part of speech.
  std::set<std::string> Synonyms(std::string_view lemma) const;

 private:
  struct PartOfSpeech {
    std::string name;                // noun, verb, adj, adv
    std::unique_ptr<const MappedFile> index_file, data_file;
    std::vector<size_t> line_starts;  // sorted lemma lines of the index file
    std::string_view index() const { return index_file->bytes(); }
    std::string_view data() const { return data_file->bytes(); }
    std::unordered_map<std::string, std::vector<std::string>> exceptions;
  };

  std::string_view FindIndexLine(const PartOfSpeech& pos, std::string_view lemma) const;

  std::vector<PartOfSpeech> parts_;
};

}  // namespace newslint
