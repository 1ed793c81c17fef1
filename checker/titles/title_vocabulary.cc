#include "checker/titles/title_vocabulary.h"
#include "checker/text_join.h"

#include <algorithm>
#include <sstream>

#include "checker/phrase_pattern.h"

namespace newslint {

std::string TitleVocabulary::NormaliseWord(std::string_view word) {
  std::string w = NormalisePhrase(word);
  if (w.size() > 2 && (w.compare(w.size() - 2, 2, "'s") == 0)) w.resize(w.size() - 2);
  if (!w.empty() && w.back() == '\'') w.pop_back();
  w.erase(std::remove(w.begin(), w.end(), '.'), w.end());
  return w;
}

bool TitleVocabulary::IsFiller(const std::string& w) const {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "his" || w == "her" ||
         w == "their" || w == "country" || w == "nation";
}

namespace {
std::vector<std::string> Words(std::string_view phrase) {
  std::vector<std::string> out;
  std::istringstream in{std::string(phrase)};
  std::string w;
  while (in >> w) out.push_back(TitleVocabulary::NormaliseWord(w));
  return out;
}
}  // namespace

TitleVocabulary::TitleVocabulary(const PeopleBase& people) {
  for (const auto& j : people.jurisdictions()) {
    auto add = [&](const std::string& phrase) {
      auto words = Words(phrase);
      words.erase(std::remove(words.begin(), words.end(), "the"), words.end());
      if (words.empty()) return;
      std::string key;
      for (const auto& w : words) AppendJoined(key, " ", w);
      jurisdictions_.emplace(key, j.id);
      longest_jurisdiction_ = std::max(longest_jurisdiction_, words.size());
    };
    for (const auto& n : j.names) add(n);
    for (const auto& n : j.adjectives) add(n);
    for (const auto& n : j.metonyms) add(n);
  }
  for (const auto& o : people.offices()) {
    for (const auto& t : o.titles) {
      std::vector<TitleWord> words;
      for (auto& w : Words(t)) words.push_back({w, "", 1});
      MarkJurisdictions(words);
      std::string key;
      for (const auto& w : words) {
        if (!w.jurisdiction.empty() || IsFiller(w.text) || w.text.empty()) continue;
        AppendJoined(key, " ", w.text);
      }
      auto& list = titles_[key];
      if (std::find(list.begin(), list.end(), &o) == list.end()) list.push_back(&o);
    }
  }
}

void TitleVocabulary::MarkJurisdictions(std::vector<TitleWord>& words) const {
  for (size_t i = 0; i < words.size(); ++i) {
    for (size_t n = std::min(longest_jurisdiction_, words.size() - i); n >= 1; --n) {
      std::string key;
      for (size_t k = i; k < i + n; ++k) key += (k == i ? "" : " ") + words[k].text;
      auto it = jurisdictions_.find(key);
      if (it == jurisdictions_.end()) continue;
      for (size_t k = i; k < i + n; ++k) words[k].jurisdiction = it->second;
      words[i].span_words = n;
      i += n - 1;
      break;
    }
  }
}

const std::vector<const Office*>* TitleVocabulary::OfficesTitled(const std::string& key) const {
  auto it = titles_.find(key);
  return it == titles_.end() ? nullptr : &it->second;
}

}  // namespace newslint
