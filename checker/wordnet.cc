#include "checker/wordnet.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace newslint {
namespace {

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
    p.index = p.index_file->bytes();
    p.data_file = MappedFile::Open(dir + "/data." + name);
    p.data = p.data_file->bytes();
    size_t pos = 0;
    while (pos < p.index.size()) {
      size_t eol = p.index.find('\n', pos);
      if (eol == std::string_view::npos) eol = p.index.size();
      if (p.index[pos] != ' ') p.line_starts.push_back(pos);  // header lines start with spaces
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
  auto lemma_of = [&](size_t start) {
    size_t sp = p.index.find(' ', start);
    return p.index.substr(start, sp - start);
  };
  auto it = std::lower_bound(p.line_starts.begin(), p.line_starts.end(), lemma,
                             [&](size_t start, std::string_view l) { return lemma_of(start) < l; });
  if (it == p.line_starts.end() || lemma_of(*it) != lemma) return {};
  size_t eol = p.index.find('\n', *it);
  return p.index.substr(*it, eol - *it);
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
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt ...
    std::istringstream ls{std::string(line)};
    std::string word, pos_tag, skip;
    int synset_cnt = 0, p_cnt = 0, sense_cnt = 0, tagged = 0;
    ls >> word >> pos_tag >> synset_cnt >> p_cnt;
    for (int i = 0; i < p_cnt; ++i) ls >> skip;
    if (ls >> sense_cnt >> tagged) total += tagged;
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
    std::istringstream ls{std::string(line)};
    std::string word, pos_tag;
    int synset_cnt = 0, p_cnt = 0;
    ls >> word >> pos_tag >> synset_cnt >> p_cnt;
    std::string skip;
    for (int i = 0; i < p_cnt; ++i) ls >> skip;
    int sense_cnt = 0, tagsense_cnt = 0;
    ls >> sense_cnt >> tagsense_cnt;
    for (int i = 0; i < synset_cnt; ++i) {
      long offset = 0;
      if (!(ls >> offset)) break;
      if (offset < 0 || static_cast<size_t>(offset) >= p.data.size()) break;
      std::string_view rest = p.data.substr(static_cast<size_t>(offset));
      std::istringstream ss{std::string(rest.substr(0, rest.find('\n')))};
      std::string off, lex_filenum, ss_type, w_cnt_hex;
      ss >> off >> lex_filenum >> ss_type >> w_cnt_hex;
      int w_cnt = static_cast<int>(std::stoul(w_cnt_hex, nullptr, 16));
      for (int w = 0; w < w_cnt; ++w) {
        std::string lemma_w, lex_id;
        ss >> lemma_w >> lex_id;
        if (auto paren = lemma_w.find('('); paren != std::string::npos) lemma_w.resize(paren);
        std::transform(lemma_w.begin(), lemma_w.end(), lemma_w.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (lemma_w.find('_') == std::string::npos && lemma_w != lemma) out.insert(lemma_w);
      }
    }
  }
  return out;
}

}  // namespace newslint
