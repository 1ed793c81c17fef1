#include "checker/corpus/reconcile.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "checker/corpus/reconcile_pool.h"
#include "checker/message_template.h"
#include "checker/phrase_pattern.h"

namespace newslint::corpus {

Finding MakeCorpusFinding(const CorpusFindingKind& kind, const PoolArticle& where,
                          const RecordPosition& at, std::string excerpt,
                          const std::vector<std::pair<std::string, std::string>>& vars) {
  const ArticleRecords& a = *where.records;
  Finding f;
  f.path = a.path;
  f.record = a.record;
  f.record_line = a.record_line;
  f.line = at.line;
  f.column = at.column;
  f.end_line = at.end_line;
  f.end_column = at.end_column;
  f.rule = kind.id;
  f.category = kind.category;
  f.severity = kind.severity;
  f.excerpt = std::move(excerpt);
  auto all = vars;
  all.emplace_back("match", f.excerpt);
  f.message = FillTemplate(kind.message, all);
  return f;
}

RelatedLocation RelatedAt(const ArticleRecords& article, const RecordPosition& at,
                          std::string message) {
  return {article.path, article.record, at.line,           at.column,
          at.end_line,  at.end_column,  std::move(message)};
}

RelatedLocation RelatedAt(const PublishedPlace& place, std::string message) {
  return {place.path,        place.record,        place.at.line,     place.at.column,
          place.at.end_line, place.at.end_column, std::move(message)};
}

std::string PlaceName(const RelatedLocation& r) {
  return r.path + (r.record ? "#" + *r.record : "") + ":" + std::to_string(r.line);
}

std::string PlaceList(const std::vector<RelatedLocation>& places, size_t total) {
  std::string out;
  for (size_t i = 0; i < places.size(); ++i) {
    if (i > 0) out += i + 1 == places.size() && total == places.size() ? " and " : ", ";
    out += PlaceName(places[i]);
  }
  if (total > places.size()) out += fmt::format(" and {} more", total - places.size());
  return out;
}

namespace {

// Fingerprints as the linter makes them (rule, article, normalised excerpt,
// occurrence), then the linter's order: line, column, rule.
void Finish(DocumentReport& doc, size_t first_new) {
  std::map<std::string, int> seen;
  for (size_t i = first_new; i < doc.findings.size(); ++i) {
    Finding& f = doc.findings[i];
    std::string key = f.rule + '\x1f' + f.path + '\x1f' + f.record.value_or("") + '\x1f' +
                      NormalisePhrase(f.excerpt);
    int n = seen[key]++;
    f.fingerprint = StableHash(key + '\x1f' + std::to_string(n));
  }
  std::stable_sort(doc.findings.begin(), doc.findings.end(),
                   [](const Finding& x, const Finding& y) {
                     return std::tie(x.line, x.column, x.rule) < std::tie(y.line, y.column, y.rule);
                   });
}

}  // namespace

void Reconcile(const CorpusSettings& settings, const WordNet* wordnet,
               const PublishedCorpus& published, std::vector<DocumentReport>& documents) {
  Pool pool;
  std::vector<size_t> before;
  for (auto& d : documents) {
    before.push_back(d.findings.size());
    if (d.records) pool.push_back({d.records.get(), &d});
  }
  for (const auto& a : published.articles) pool.push_back({&a, nullptr});
  FindClaimConflicts(settings, pool);
  FindQuoteVariants(settings, wordnet, pool, published);
  FindTemplateLines(settings, pool, published);
  for (size_t i = 0; i < documents.size(); ++i) {
    if (documents[i].findings.size() > before[i]) Finish(documents[i], before[i]);
  }
}

}  // namespace newslint::corpus
