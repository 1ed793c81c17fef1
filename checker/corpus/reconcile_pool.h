// Shared by the three comparisons of the reconcile (claim_conflicts.cc,
// quote_variants.cc, template_residue.cc): the pool of articles they group,
// and how a finding and its related places are made from records.
#pragma once

#include <string>
#include <vector>

#include "checker/corpus/reconcile.h"

namespace newslint::corpus {

struct PoolArticle {
  const ArticleRecords* records = nullptr;
  DocumentReport* report = nullptr;  // null for a published article
  bool in_batch() const { return report != nullptr; }
};

// Batch articles first, in report order, then published ones: group members
// come out in this order, so findings do not depend on --jobs.
using Pool = std::vector<PoolArticle>;

// A finding at a record of a batch article; message filled from vars.
Finding MakeCorpusFinding(const CorpusFindingKind& kind, const PoolArticle& where,
                          const RecordPosition& at, std::string excerpt,
                          const std::vector<std::pair<std::string, std::string>>& vars);

RelatedLocation RelatedAt(const ArticleRecords& article, const RecordPosition& at,
                          std::string message);
RelatedLocation RelatedAt(const PublishedPlace& place, std::string message);

// "a.md:7", "feed.jsonl#wire-2:3"; for a list: "a.md:7, b.md:3 and 2 more".
std::string PlaceName(const RelatedLocation& r);
std::string PlaceList(const std::vector<RelatedLocation>& places, size_t total);

void FindClaimConflicts(const CorpusSettings& settings, const Pool& pool);
void FindQuoteVariants(const CorpusSettings& settings, const WordNet* wordnet, const Pool& pool,
                       const PublishedCorpus& published);
void FindTemplateLines(const CorpusSettings& settings, const Pool& pool,
                       const PublishedCorpus& published);

}  // namespace newslint::corpus
