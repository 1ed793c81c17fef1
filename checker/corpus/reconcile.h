// The corpus reconcile: the second phase of a corpus run. Records of the
// batch (carried in each DocumentReport) and of the published corpus (from
// the index, only those sharing a key with the batch) are grouped by key in
// hash maps and compared within each group, so the cost is linear in the
// number of records: no article is compared with every other. Findings are
// appended to the batch's DocumentReports, never to published articles.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "checker/corpus/article_records.h"
#include "checker/corpus/corpus_settings.h"
#include "checker/linter.h"

namespace newslint {
class WordNet;
}

namespace newslint::corpus {

// A place in a published article, for a finding's `related`.
struct PublishedPlace {
  std::string path;
  std::optional<std::string> record;
  RecordPosition at;
};

struct LineTally {
  size_t articles = 0;                   // published articles holding the line
  std::vector<PublishedPlace> examples;  // a few of them
};

// What the index knows that bears on a batch. Published articles that are
// also in the batch (same article key) are left out: the batch supersedes them.
struct PublishedCorpus {
  // Published articles with the claims and quotations that share a claim key
  // or quotation group with the batch (and only those records).
  std::vector<ArticleRecords> articles;
  // Source -> published articles of that source.
  std::map<std::string, size_t> source_articles;
  // (source, line fingerprint) -> published articles with that line.
  std::map<std::pair<std::string, std::string>, LineTally> lines;
  // Quoted words (base forms) -> published quotations with those words, for
  // choosing the usual rendering among variants.
  std::map<std::string, size_t> renderings;
};

// `wordnet` may be null: no two words are then synonyms (no quote.variant).
void Reconcile(const CorpusSettings& settings, const WordNet* wordnet,
               const PublishedCorpus& published, std::vector<DocumentReport>& documents);

}  // namespace newslint::corpus
