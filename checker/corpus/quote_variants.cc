// quote.variant: within a quotation group (a coined phrase's head and length,
// or a speaker, length and half of the words), the distinct renderings are
// compared word by word. Two renderings are variants when they differ only by
// substituting WordNet synonyms for a few words and keep enough of the rest;
// an exact repeat ("no limits" / "no-limits") is one rendering, and quotes of
// different things differ by more than synonyms. In each set of variants the
// usual rendering is the one most places use (then the one the others are
// variants of, then the one quoted most across the corpus, then the one in
// commoner words: spinners swap in rarer synonyms); the others are flagged,
// pointing at it. With no usual rendering, every side is flagged.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "checker/corpus/key_normaliser.h"
#include "checker/corpus/reconcile_pool.h"
#include "checker/wordnet.h"

namespace newslint::corpus {
namespace {

struct QuoteRef {
  size_t article;
  size_t quote;
};

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t sp = s.find(' ', start);
    if (sp == std::string::npos) sp = s.size();
    if (sp > start) out.push_back(s.substr(start, sp - start));
    start = sp + 1;
  }
  return out;
}

// One distinct rendering in a group.
struct Rendering {
  std::vector<std::string> words;  // as compared: quoted words (+ head outside)
  std::vector<std::string> lemmas;
  size_t quoted_words = 0;    // of which inside the quotation marks
  std::string quoted_lemmas;  // the quoted part, for its corpus-wide count
  std::vector<QuoteRef> refs;
  std::set<std::string> speakers;  // "" for unattributed
};

class SynonymOracle {
 public:
  explicit SynonymOracle(const WordNet* wn) : wn_(wn) {}

  bool Synonymous(const std::string& a, const std::string& b) {
    if (!wn_) return false;
    auto key = a < b ? std::make_pair(a, b) : std::make_pair(b, a);
    if (auto it = known_.find(key); it != known_.end()) return it->second;
    bool yes = false;
    const auto& fa = Forms(a);
    const auto& fb = Forms(b);
    for (const auto& x : fa) {
      for (const auto& y : fb) {
        yes = yes || x == y || Synonyms(x).count(y) > 0;
      }
    }
    known_[key] = yes;
    return yes;
  }

  const std::vector<std::string>& Forms(const std::string& w) {
    auto it = forms_.find(w);
    if (it != forms_.end()) return it->second;
    auto f = wn_->BaseForms(w);
    if (std::find(f.begin(), f.end(), w) == f.end()) f.push_back(w);
    return forms_.emplace(w, std::move(f)).first->second;
  }
  // How common the words are, by WordNet's tagged-sense counts.
  long Familiarity(const std::vector<std::string>& words) {
    long total = 0;
    if (!wn_) return total;
    for (const auto& w : words) {
      int best = 0;
      for (const auto& f : Forms(w)) best = std::max(best, wn_->TaggedSenseCount(f));
      total += best;
    }
    return total;
  }

 private:
  const std::set<std::string>& Synonyms(const std::string& lemma) {
    auto it = synonyms_.find(lemma);
    if (it != synonyms_.end()) return it->second;
    return synonyms_.emplace(lemma, wn_->Synonyms(lemma)).first->second;
  }

  const WordNet* wn_;
  std::map<std::pair<std::string, std::string>, bool> known_;
  std::unordered_map<std::string, std::vector<std::string>> forms_;
  std::unordered_map<std::string, std::set<std::string>> synonyms_;
};

bool SpeakersCompatible(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.count("") || b.count("")) return true;
  for (const auto& s : a) {
    if (b.count(s)) return true;
  }
  return false;
}

// Per flagged quotation: the renderings it is set against.
struct Verdict {
  std::vector<QuoteRef> others;  // in order, no repeats
  size_t total_others = 0;
  bool usual_known = false;
  const QuoteRecord* usual = nullptr;
  std::string identity;
};

}  // namespace

void FindQuoteVariants(const CorpusSettings& settings, const WordNet* wordnet, const Pool& pool,
                       const PublishedCorpus& published) {
  const CorpusFindingKind& kind = settings.quote_variant;
  if (!kind.enabled || !wordnet) return;
  const QuoteVariantSettings& qs = settings.quotes;
  std::unordered_map<std::string, std::vector<QuoteRef>> groups;
  std::vector<const std::string*> order;
  std::unordered_map<std::string, size_t> corpus_count = {};  // quoted lemmas -> quotations
  for (size_t a = 0; a < pool.size(); ++a) {
    const auto& quotes = pool[a].records->quotes;
    for (size_t q = 0; q < quotes.size(); ++q) {
      if (pool[a].in_batch()) ++corpus_count[quotes[q].lemmas];
      for (const auto& g : quotes[q].groups) {
        auto [it, fresh] = groups.try_emplace(g);
        if (fresh) order.push_back(&it->first);
        it->second.push_back({a, q});
      }
    }
  }
  for (const auto& [lemmas, n] : published.renderings) corpus_count[lemmas] += n;
  auto quote_of = [&](const QuoteRef& r) -> const QuoteRecord& {
    return pool[r.article].records->quotes[r.quote];
  };

  SynonymOracle oracle(wordnet);
  std::map<std::pair<size_t, size_t>, Verdict> verdicts;  // (article, quote)

  for (const std::string* key : order) {
    const auto& refs = groups[*key];
    if (refs.size() < 2) continue;
    if (std::none_of(refs.begin(), refs.end(),
                     [&](const QuoteRef& r) { return pool[r.article].in_batch(); })) {
      continue;
    }
    bool phrase_group = key->rfind("p|", 0) == 0;
    std::vector<Rendering> renderings;
    std::unordered_map<std::string, size_t> rendering_of;
    for (const auto& r : refs) {
      const QuoteRecord& q = quote_of(r);
      std::string id = q.lemmas + (phrase_group && q.head_outside ? " " + q.head : "");
      auto [it, fresh] = rendering_of.try_emplace(id, renderings.size());
      if (fresh) {
        Rendering rd;
        rd.words = Split(q.words);
        rd.lemmas = Split(q.lemmas);
        rd.quoted_words = rd.words.size();
        if (phrase_group && q.head_outside) {
          rd.words.push_back(q.head);
          rd.lemmas.push_back(q.head);
        }
        rd.quoted_lemmas = q.lemmas;
        renderings.push_back(std::move(rd));
      }
      renderings[it->second].refs.push_back(r);
      renderings[it->second].speakers.insert(q.speaker);
    }
    size_t n = renderings.size();
    if (n < 2) continue;
    // Variant edges between renderings.
    std::vector<std::vector<size_t>> edges(n);
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; j < n; ++j) {
        const Rendering& x = renderings[i];
        const Rendering& y = renderings[j];
        if (x.words.size() != y.words.size()) continue;
        if (!SpeakersCompatible(x.speakers, y.speakers)) continue;
        size_t swaps = 0, kept_inside = 0;
        bool variant = true;
        for (size_t w = 0; w < x.words.size() && variant; ++w) {
          if (x.lemmas[w] == y.lemmas[w] || x.words[w] == y.words[w]) {
            kept_inside += w < std::min(x.quoted_words, y.quoted_words) ? 1 : 0;
            continue;
          }
          ++swaps;
          variant = swaps <= static_cast<size_t>(qs.max_swaps) &&
                    oracle.Synonymous(x.words[w], y.words[w]);
        }
        size_t kept = x.words.size() - swaps;
        if (!variant || swaps == 0 || kept_inside == 0 ||
            static_cast<double>(kept) < qs.min_kept_share * static_cast<double>(x.words.size())) {
          continue;
        }
        edges[i].push_back(j);
        edges[j].push_back(i);
      }
    }
    // The usual rendering of each set of variants (connected renderings).
    std::vector<int> component(n, -1);
    int components = 0;
    for (size_t s = 0; s < n; ++s) {
      if (component[s] >= 0 || edges[s].empty()) continue;
      std::vector<size_t> stack = {s};
      component[s] = components;
      while (!stack.empty()) {
        size_t v = stack.back();
        stack.pop_back();
        for (size_t w : edges[v]) {
          if (component[w] < 0) {
            component[w] = components;
            stack.push_back(w);
          }
        }
      }
      ++components;
    }
    std::vector<long> familiarity(n);
    for (size_t i = 0; i < n; ++i) {
      if (!edges[i].empty()) familiarity[i] = oracle.Familiarity(renderings[i].words);
    }
    auto score = [&](size_t i) {
      return std::make_tuple(renderings[i].refs.size(), edges[i].size(),
                             corpus_count[renderings[i].quoted_lemmas], familiarity[i]);
    };
    std::vector<long> usual(static_cast<size_t>(components), -1);
    for (int c = 0; c < components; ++c) {
      long best = -1;
      bool tie = false;
      for (size_t i = 0; i < n; ++i) {
        if (component[i] != c) continue;
        if (best < 0 || score(i) > score(static_cast<size_t>(best))) {
          best = static_cast<long>(i);
          tie = false;
        } else if (score(i) == score(static_cast<size_t>(best))) {
          tie = true;
        }
      }
      usual[static_cast<size_t>(c)] = tie ? -1 : best;
    }
    std::string identity = phrase_group
                               ? "the phrase qualifying “" + quote_of(refs.front()).head + "”"
                               : "the words of " + quote_of(refs.front()).speaker;
    for (size_t i = 0; i < n; ++i) {
      if (component[i] < 0) continue;
      long u = usual[static_cast<size_t>(component[i])];
      if (u == static_cast<long>(i)) continue;
      bool next_to_usual = u >= 0 && std::find(edges[i].begin(), edges[i].end(),
                                               static_cast<size_t>(u)) != edges[i].end();
      std::vector<size_t> targets =
          next_to_usual ? std::vector<size_t>{static_cast<size_t>(u)} : edges[i];
      for (const auto& r : renderings[i].refs) {
        if (!pool[r.article].in_batch()) continue;
        Verdict& v = verdicts[{r.article, r.quote}];
        if (v.identity.empty()) v.identity = identity;
        if (next_to_usual && !v.usual_known) {
          v.usual_known = true;
          v.usual = &quote_of(renderings[static_cast<size_t>(u)].refs.front());
        }
        for (size_t t : targets) {
          for (const auto& o : renderings[t].refs) {
            bool dup = std::any_of(v.others.begin(), v.others.end(), [&](const QuoteRef& x) {
              return x.article == o.article && x.quote == o.quote;
            });
            if (dup) continue;
            v.others.push_back(o);
            ++v.total_others;
          }
        }
      }
    }
  }

  for (auto& [where, v] : verdicts) {
    const PoolArticle& here = pool[where.first];
    const QuoteRecord& mine = here.records->quotes[where.second];
    std::vector<RelatedLocation> related;
    for (const auto& o : v.others) {
      if (related.size() >= static_cast<size_t>(settings.max_related)) break;
      const QuoteRecord& other = quote_of(o);
      related.push_back(
          RelatedAt(*pool[o.article].records, other.at, "quoted as " + other.excerpt));
    }
    const QuoteRecord& shown = v.usual ? *v.usual : quote_of(v.others.front());
    Finding f = MakeCorpusFinding(kind, here, mine.at, mine.excerpt,
                                  {{"rendering", mine.excerpt},
                                   {"other", shown.excerpt},
                                   {"where", PlaceList(related, v.total_others)},
                                   {"identity", v.identity},
                                   {"count", std::to_string(v.total_others)}});
    if (v.usual) {
      if (size_t at = mine.excerpt.find(mine.quoted); at != std::string::npos) {
        f.suggestion = mine.excerpt;
        f.suggestion.replace(at, mine.quoted.size(), v.usual->quoted);
      }
    }
    // Which words were swapped, as WordNet relates them.
    std::string swaps;
    auto a = Split(mine.words), b = Split(shown.words);
    for (size_t w = 0; w < std::min(a.size(), b.size()); ++w) {
      if (a[w] != b[w]) swaps += (swaps.empty() ? "" : ", ") + a[w] + " ~ " + b[w];
    }
    f.evidence = "WordNet synonyms: " + swaps;
    f.related = std::move(related);
    here.report->findings.push_back(std::move(f));
  }
}

}  // namespace newslint::corpus
