#include "checker/wordnet.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>

namespace newslint {
namespace {

// The fields of a database line: WordNet separates them by single spaces.
std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos < line.size()) {
    size_t end = line.find(' ', pos);
    if (end == std::string_view::npos) end = line.size();
    if (end > pos) out.push_back(line.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

// A whole field as a number in `base`; nullopt when it is not one.
std::optional<long> Number(std::string_view field, int base = 10) {
  long value = 0;
  auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value, base);
  if (error != std::errc() || end != field.data() + field.size()) return std::nullopt;
  return value;
}

// An index line: lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt
// tagsense_cnt synset_offset... Parsed by splitting, not through a string
// stream: the synonym-swap rule reads a few thousand of them at start-up.
struct IndexEntry {
  long tagged_senses = 0;
  std::vector<long> offsets;  // of the lemma's synsets in the data file
};

std::optional<IndexEntry> ParseIndexLine(std::string_view line) {
  std::vector<std::string_view> f = Fields(line);
  if (f.size() < 4) return std::nullopt;
  auto synsets = Number(f[2]), pointers = Number(f[3]);
  if (!synsets || !pointers || *pointers < 0) return std::nullopt;
  size_t at = 4 + static_cast<size_t>(*pointers);  // sense_cnt
  if (f.size() < at + 2) return std::nullopt;
  auto tagged = Number(f[at + 1]);
  if (!tagged) return std::nullopt;
  IndexEntry entry;
  entry.tagged_senses = *tagged;
  for (size_t i = at + 2; i < f.size() && entry.offsets.size() < static_cast<size_t>(*synsets);
       ++i) {
    auto offset = Number(f[i]);
    if (!offset) break;
    entry.offsets.push_back(*offset);
  }
  return entry;
}

// WordNet's detachment rules, per part of speech: suffix -> ending.
struct Detach {
  const char* suffix;
  const char* ending;
};
constexpr Detach kNounRules[] = {{"s", ""},     {"ses", "s"},  {"xes", "x"},  {"zes", "z"},
                                 {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Detach kVerbRules[] = {{"s", ""},  {"ies", "y"}, {"es", "e"}, {"es", ""},
                                 {"ed", "e"}, {"ed", ""},  {"ing", "e"}, {"ing", ""}};
constexpr Detach kAdjRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

}  // namespace

std::shared_ptr<const WordNet> WordNet::Load(const std::string& dir) {
  auto wn = std::shared_ptr<WordNet>(new WordNet());
  for (const char* name : {"noun", "verb", "adj", "adv"}) {
    PartOfSpeech p;
    p.name = name;
    // Mapped, not read: the synonym-swap rule's start-up looked up a few
    // thousand synsets, each through a newly opened data file.
    p.index_file = MappedFile::Open(dir + "/index." + name);
    p.data_file = MappedFile::Open(dir + "/data." + name);
    const std::string_view index = p.index();
    size_t pos = 0;
    while (pos < index.size()) {
      size_t eol = index.find('\n', pos);
      if (eol == std::string_view::npos) eol = index.size();
      if (index[pos] != ' ') p.line_starts.push_back(pos);  // header lines start with spaces
      pos = eol + 1;
    }
    std::ifstream exc(dir + "/" + name + ".exc");
    std::string line;
    while (std::getline(exc, line)) {
      std::istringstream ls(line);
      std::string form, base;
      ls >> form;
      while (ls >> base) p.exceptions[form].push_back(base);
    }
    wn->parts_.push_back(std::move(p));
  }
  return wn;
}

std::string_view WordNet::FindIndexLine(const PartOfSpeech& p, std::string_view lemma) const {
  const std::string_view index = p.index();
  auto lemma_of = [&](size_t start) {
    size_t sp = index.find(' ', start);
    return index.substr(start, sp - start);
  };
  auto it = std::lower_bound(p.line_starts.begin(), p.line_starts.end(), lemma,
                             [&](size_t start, std::string_view l) { return lemma_of(start) < l; });
  if (it == p.line_starts.end() || lemma_of(*it) != lemma) return {};
  size_t eol = index.find('\n', *it);
  return index.substr(*it, eol - *it);
}

bool WordNet::IsLemma(std::string_view word) const {
  for (const auto& p : parts_) {
    if (!FindIndexLine(p, word).empty()) return true;
  }
  return false;
}

bool WordNet::IsNoun(std::string_view lemma) const {
  for (const auto& p : parts_) {
    if (p.name == "noun") return !FindIndexLine(p, lemma).empty();
  }
  return false;
}

int WordNet::TaggedSenseCount(std::string_view lemma) const {
  int total = 0;
  for (const auto& p : parts_) {
    std::string_view line = FindIndexLine(p, lemma);
    if (line.empty()) continue;
    if (auto entry = ParseIndexLine(line)) total += static_cast<int>(entry->tagged_senses);
  }
  return total;
}

std::vector<std::string> WordNet::BaseForms(std::string_view word) const {
  std::vector<std::string> out;
  auto add = [&](const std::string& w) {
    if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(w);
  };
  for (const auto& p : parts_) {
    if (!FindIndexLine(p, word).empty()) add(std::string(word));
    if (auto it = p.exceptions.find(std::string(word)); it != p.exceptions.end()) {
      for (const auto& b : it->second) add(b);
    }
    const Detach* begin = nullptr;
    size_t n = 0;
    if (p.name == "noun") begin = kNounRules, n = std::size(kNounRules);
    if (p.name == "verb") begin = kVerbRules, n = std::size(kVerbRules);
    if (p.name == "adj") begin = kAdjRules, n = std::size(kAdjRules);
    for (size_t i = 0; i < n; ++i) {
      std::string_view suf = begin[i].suffix;
      if (word.size() <= suf.size() || word.substr(word.size() - suf.size()) != suf) continue;
      std::string base = std::string(word.substr(0, word.size() - suf.size())) + begin[i].ending;
      if (!FindIndexLine(p, base).empty()) add(base);
    }
  }
  return out;
}

std::set<std::string> WordNet::Synonyms(std::string_view lemma) const {
  std::set<std::string> out;
  for (const auto& p : parts_) {
    std::string_view line = FindIndexLine(p, lemma);
    if (line.empty()) continue;
    auto entry = ParseIndexLine(line);
    if (!entry) continue;
    const std::string_view data = p.data();
    for (long offset : entry->offsets) {
      if (offset < 0 || static_cast<size_t>(offset) >= data.size()) break;
      // synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] ...
      std::string_view rest = data.substr(static_cast<size_t>(offset));
      std::vector<std::string_view> f = Fields(rest.substr(0, rest.find('\n')));
      if (f.size() < 4) continue;
      auto words = Number(f[3], 16);
      if (!words) continue;
      for (long w = 0; w < *words && 4 + 2 * static_cast<size_t>(w) < f.size(); ++w) {
        std::string word(f[4 + 2 * static_cast<size_t>(w)]);
        if (auto paren = word.find('('); paren != std::string::npos) word.resize(paren);
        std::transform(word.begin(), word.end(), word.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (word.find('_') == std::string::npos && word != lemma) out.insert(word);
      }
    }
  }
  return out;
}

}  // namespace newslint
