// claim.conflict: claims grouped by key (subject, attribute, scope); within a
// group, records with the same normalised value form one cluster, and two
// clusters conflict when their values cannot both be true. A group holds few
// distinct values, so comparing clusters costs little however many articles
// repeat the claim.
#include <algorithm>
#include <unordered_map>

#include "checker/corpus/claim_value.h"
#include "checker/corpus/reconcile_pool.h"
#include "checker/rules_root.h"

namespace newslint::corpus {
namespace {

struct ClaimRef {
  size_t article;
  size_t claim;
};

struct ValueCluster {
  ClaimValue value;
  std::vector<ClaimRef> refs;
};

}  // namespace

void FindClaimConflicts(const CorpusSettings& settings, const Pool& pool) {
  const CorpusFindingKind& kind = settings.claim_conflict;
  if (!kind.enabled) return;
  std::unordered_map<std::string, std::vector<ClaimRef>> groups;
  std::vector<const std::string*> order;
  for (size_t a = 0; a < pool.size(); ++a) {
    const auto& claims = pool[a].records->claims;
    for (size_t c = 0; c < claims.size(); ++c) {
      auto [it, fresh] = groups.try_emplace(claims[c].key);
      if (fresh) order.push_back(&it->first);
      it->second.push_back({a, c});
    }
  }
  std::unordered_map<std::string, std::string> extractor_file;
  for (const auto& x : settings.extractors) extractor_file[x->id()] = DisplayPath(x->file());
  auto claim_of = [&](const ClaimRef& r) -> const ClaimRecord& {
    return pool[r.article].records->claims[r.claim];
  };

  for (const std::string* key : order) {
    const auto& refs = groups[*key];
    if (refs.size() < 2) continue;
    if (std::none_of(refs.begin(), refs.end(),
                     [&](const ClaimRef& r) { return pool[r.article].in_batch(); })) {
      continue;
    }
    std::vector<ValueCluster> clusters;
    std::unordered_map<std::string, size_t> cluster_of;
    for (const auto& r : refs) {
      const ClaimRecord& c = claim_of(r);
      auto [it, fresh] = cluster_of.try_emplace(EncodeValue(c.value), clusters.size());
      if (fresh) clusters.push_back({c.value, {}});
      clusters[it->second].refs.push_back(r);
    }
    if (clusters.size() < 2) continue;
    // The value most places give, when more than half of them do.
    size_t majority = clusters.size();
    for (size_t i = 0; i < clusters.size(); ++i) {
      if (clusters[i].refs.size() >= 2 && clusters[i].refs.size() * 2 > refs.size()) majority = i;
    }
    for (size_t i = 0; i < clusters.size(); ++i) {
      std::vector<size_t> against;
      for (size_t j = 0; j < clusters.size(); ++j) {
        if (j != i && !ValuesAgree(clusters[i].value, clusters[j].value)) against.push_back(j);
      }
      if (against.empty()) continue;
      // The other side, largest cluster first, then in pool order.
      std::stable_sort(against.begin(), against.end(), [&](size_t x, size_t y) {
        return clusters[x].refs.size() > clusters[y].refs.size();
      });
      size_t total_against = 0;
      for (size_t j : against) total_against += clusters[j].refs.size();
      for (const auto& r : clusters[i].refs) {
        const PoolArticle& here = pool[r.article];
        if (!here.in_batch()) continue;
        const ClaimRecord& mine = claim_of(r);
        std::vector<RelatedLocation> related;
        for (size_t j : against) {
          for (const auto& o : clusters[j].refs) {
            if (related.size() >= static_cast<size_t>(settings.max_related)) break;
            const ClaimRecord& other = claim_of(o);
            related.push_back(RelatedAt(*pool[o.article].records, other.at,
                                        "gives " + other.attribute + " " + other.value_text));
          }
        }
        const ClaimRecord& first_other = claim_of(clusters[against.front()].refs.front());
        Finding f = MakeCorpusFinding(kind, here, mine.at, mine.excerpt,
                                      {{"subject", mine.subject},
                                       {"attribute", mine.attribute},
                                       {"value", mine.value_text},
                                       {"other_value", first_other.value_text},
                                       {"where", PlaceList(related, total_against)},
                                       {"count", std::to_string(total_against)}});
        if (majority < clusters.size() && majority != i &&
            std::find(against.begin(), against.end(), majority) != against.end()) {
          const std::string& usual = claim_of(clusters[majority].refs.front()).value_text;
          if (size_t at = mine.excerpt.find(mine.value_text); at != std::string::npos) {
            f.suggestion = mine.excerpt;
            f.suggestion.replace(at, mine.value_text.size(), usual);
          }
        }
        auto file = extractor_file.find(mine.extractor);
        f.evidence = (file != extractor_file.end() ? file->second + ": " : "") + mine.extractor +
                     " (" + std::to_string(refs.size()) + " places give this claim)";
        f.related = std::move(related);
        here.report->findings.push_back(std::move(f));
      }
    }
  }
}

}  // namespace newslint::corpus
