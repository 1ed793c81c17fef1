#include "checker/corpus/key_normaliser.h"

#include <algorithm>
#include <array>
#include <atomic>

#include "checker/phrase_pattern.h"
#include "checker/utf8.h"
#include "checker/wordnet.h"

namespace newslint::corpus {
namespace {

// Words that carry no identity in a subject.
constexpr std::array<std::string_view, 16> kFunctionWords = {
    "the", "a",  "an", "of",   "for", "and",   "on", "in",
    "to",  "at", "by", "with", "its", "their", "so", "called"};

// Forms of address and generic titles news puts before a name; the KB's
// office titles are added to these.
constexpr std::array<std::string_view, 24> kGenericTitles = {
    "mr",        "mrs",          "ms",        "dr",          "prof",       "professor",
    "sir",       "dame",         "president", "minister",    "premier",    "chancellor",
    "secretary", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy",
    "general",   "gen",          "senator",   "sen",         "governor",   "mayor"};

std::string Join(const std::vector<std::string>& words, size_t from, size_t n) {
  std::string out;
  for (size_t i = from; i < from + n; ++i) {
    if (i > from) out += ' ';
    out += words[i];
  }
  return out;
}

bool IsFunctionWord(const std::string& w) {
  return std::find(kFunctionWords.begin(), kFunctionWords.end(), w) != kFunctionWords.end();
}

}  // namespace

KeyNormaliser::KeyNormaliser(const KbNames& names, std::map<std::string, std::string> spellings,
                             std::shared_ptr<const WordNet> wordnet)
    : spellings_(std::move(spellings)), wordnet_(std::move(wordnet)) {
  static std::atomic<uint64_t> instances{0};
  instance_ = ++instances;
  for (const auto& [name, id] : names.jurisdiction_names) {
    auto w = Words(name);
    if (w.empty()) continue;
    jurisdiction_.emplace(Join(w, 0, w.size()), id);
    max_jurisdiction_words_ = std::max(max_jurisdiction_words_, w.size());
  }
  for (const auto& [name, id] : names.person_names) {
    auto w = Words(name);
    if (w.empty()) continue;
    person_.emplace(Join(w, 0, w.size()), id);
    max_person_words_ = std::max(max_person_words_, w.size());
  }
  for (const auto& [family, id] : names.family_names) {
    auto w = Words(family);
    if (!w.empty()) family_.emplace(Join(w, 0, w.size()), id);
  }
  auto add_title = [&](std::string_view t) {
    auto w = Words(t);
    if (w.empty()) return;
    title_.emplace(Join(w, 0, w.size()), true);
    max_title_words_ = std::max(max_title_words_, w.size());
  };
  for (const auto& t : names.titles) add_title(t);
  for (auto t : kGenericTitles) add_title(t);
}

std::vector<std::string> KeyNormaliser::Words(std::string_view text) {
  std::string n = NormalisePhrase(text);
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    // Possessives and the marks around a word.
    while (!cur.empty() && (cur.back() == '\'' || cur.back() == '.')) cur.pop_back();
    if (cur.size() > 2 && cur.compare(cur.size() - 2, 2, "'s") == 0) cur.resize(cur.size() - 2);
    std::string clean;
    for (char c : cur) {
      if (c != '.' && c != '\'') clean += c;
    }
    if (!clean.empty()) out.push_back(std::move(clean));
    cur.clear();
  };
  size_t pos = 0;
  while (pos < n.size()) {
    size_t at = pos;
    char32_t c = utf8::Decode(n, pos);
    bool joiner = (c == '\'' || c == '.') && !cur.empty();
    if (utf8::IsWordChar(c) || joiner) {
      cur.append(n, at, pos - at);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

std::pair<size_t, std::string> KeyNormaliser::LongestAlias(
    const std::unordered_map<std::string, std::string>& table, size_t max_words,
    const std::vector<std::string>& words, size_t i) const {
  for (size_t n = std::min(max_words, words.size() - i); n >= 1; --n) {
    auto it = table.find(Join(words, i, n));
    if (it != table.end()) return {n, it->second};
  }
  return {0, ""};
}

size_t KeyNormaliser::MatchesKnownName(const std::vector<std::string>& words, size_t i) const {
  if (i >= words.size()) return 0;
  size_t j = LongestAlias(jurisdiction_, max_jurisdiction_words_, words, i).first;
  size_t p = LongestAlias(person_, max_person_words_, words, i).first;
  return std::max(j, p);
}

std::string KeyNormaliser::BaseForm(const std::string& word) const {
  if (!wordnet_ || word.empty() || std::isdigit(static_cast<unsigned char>(word[0]))) return word;
  // News repeats its words, and a WordNet lookup tries every suffix rule of
  // every part of speech: remember the answers, per thread (no lock) and per
  // normaliser, in a bounded cache.
  thread_local uint64_t cache_of = 0;
  thread_local std::unordered_map<std::string, std::string> cache;
  if (cache_of != instance_ || cache.size() > 50000) {
    cache.clear();
    cache_of = instance_;
  }
  if (auto hit = cache.find(word); hit != cache.end()) return hit->second;
  std::string base = LookUpBaseForm(word);
  cache.emplace(word, base);
  return base;
}

std::string KeyNormaliser::LookUpBaseForm(const std::string& word) const {
  auto forms = wordnet_->BaseForms(word);
  if (forms.empty() || std::find(forms.begin(), forms.end(), word) != forms.end()) return word;
  // Of several readings ("has": "ha" or "have"), the longest is the one a
  // reader means far more often.
  return *std::max_element(
      forms.begin(), forms.end(),
      [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
}

std::vector<std::string> KeyNormaliser::Canonical(std::string_view text, bool keep_order) const {
  std::vector<std::string> words = Words(text);
  std::vector<std::string> out;
  for (size_t i = 0; i < words.size();) {
    auto [n, id] = LongestAlias(jurisdiction_, max_jurisdiction_words_, words, i);
    if (n > 0) {
      out.push_back("@" + id);
      i += n;
      continue;
    }
    std::string w = words[i++];
    if (auto s = spellings_.find(w); s != spellings_.end()) w = s->second;
    if (IsFunctionWord(w)) continue;
    out.push_back(BaseForm(w));
  }
  if (!keep_order) std::sort(out.begin(), out.end());
  return out;
}

std::string KeyNormaliser::SubjectKey(std::string_view text) const {
  auto words = Canonical(text, false);
  return Join(words, 0, words.size());
}

std::string KeyNormaliser::PhraseKey(std::string_view text) const {
  auto words = Canonical(text, true);
  return Join(words, 0, words.size());
}

std::string KeyNormaliser::SpeakerKey(std::string_view name) const {
  std::vector<std::string> words = Words(name);
  for (size_t i = 0; i < words.size(); ++i) {
    auto [n, id] = LongestAlias(person_, max_person_words_, words, i);
    if (n > 0) return id;
  }
  // Drop titles and nationality adjectives: what is left is the name.
  std::vector<std::string> rest;
  for (size_t i = 0; i < words.size();) {
    size_t t = 0;
    for (size_t n = std::min(max_title_words_, words.size() - i); n >= 1 && t == 0; --n) {
      if (title_.count(Join(words, i, n))) t = n;
    }
    if (t == 0) t = LongestAlias(jurisdiction_, max_jurisdiction_words_, words, i).first;
    if (t > 0) {
      i += t;
      continue;
    }
    rest.push_back(words[i++]);
  }
  if (rest.empty()) return "";
  for (const auto& w : {rest.back(), rest.front()}) {
    if (auto f = family_.find(w); f != family_.end()) return f->second;
  }
  return rest.back();
}

}  // namespace newslint::corpus
