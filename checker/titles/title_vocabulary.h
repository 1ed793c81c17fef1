// How news names offices and jurisdictions, compiled from the people base:
// normalised title keys ("defence minister", "secretary of security council")
// and jurisdiction words ("chinese", "beijing", "united states", "us").
// Titles are compared after dropping articles, possessives and jurisdiction
// words, so "Secretary of Russia’s Security Council" finds the office titled
// "Secretary of the Security Council" and learns the jurisdiction on the way.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "checker/kb/people_base.h"

namespace newslint {

// One word of a title window, normalised.
struct TitleWord {
  std::string text;          // lower case, no dots, no possessive
  std::string jurisdiction;  // set when the word (or phrase it starts) names one
  size_t span_words = 1;     // words a jurisdiction phrase covers
};

class TitleVocabulary {
 public:
  explicit TitleVocabulary(const PeopleBase& people);

  static std::string NormaliseWord(std::string_view word);
  // Marks jurisdiction phrases in a word sequence (longest first).
  void MarkJurisdictions(std::vector<TitleWord>& words) const;
  // Offices whose title is exactly these words (jurisdiction words and
  // articles already removed), or none.
  const std::vector<const Office*>* OfficesTitled(const std::string& key) const;
  bool IsFiller(const std::string& word) const;

 private:
  std::map<std::string, std::vector<const Office*>> titles_;
  std::map<std::string, std::string> jurisdictions_;  // phrase -> id
  size_t longest_jurisdiction_ = 1;
};

}  // namespace newslint
