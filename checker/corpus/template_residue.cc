// boilerplate.repeated across articles: line fingerprints counted per source
// (batch articles plus the index's tallies). A candidate line in at least
// `min_articles` of a source's articles and in at least `min_share` of them is
// template residue, reported once per article with the count.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "checker/corpus/reconcile_pool.h"

namespace newslint::corpus {
namespace {

struct LineRef {
  size_t article;
  size_t line;
};

// A finding of one of these categories already covers the line.
bool Covered(const DocumentReport& doc, const std::vector<std::string>& categories, int line) {
  return std::any_of(doc.findings.begin(), doc.findings.end(), [&](const Finding& f) {
    return f.line <= line && line <= f.end_line &&
           std::find(categories.begin(), categories.end(), f.category) != categories.end();
  });
}

}  // namespace

void FindTemplateLines(const CorpusSettings& settings, const Pool& pool,
                       const PublishedCorpus& published) {
  const CorpusFindingKind& kind = settings.template_line;
  if (!kind.enabled) return;
  const TemplateLineSettings& ts = settings.template_lines;
  std::map<std::string, std::set<std::string>> source_articles;  // batch article keys
  std::map<std::pair<std::string, std::string>, std::vector<LineRef>> groups;
  for (size_t a = 0; a < pool.size(); ++a) {
    if (!pool[a].in_batch()) continue;
    const ArticleRecords& r = *pool[a].records;
    source_articles[r.source].insert(r.article_key);
    for (size_t l = 0; l < r.lines.size(); ++l)
      groups[{r.source, r.lines[l].fingerprint}].push_back({a, l});
  }
  for (const auto& [key, refs] : groups) {
    std::set<std::string> keys;
    for (const auto& r : refs) keys.insert(pool[r.article].records->article_key);
    const LineTally* tally = nullptr;
    if (auto it = published.lines.find(key); it != published.lines.end()) tally = &it->second;
    size_t count = keys.size() + (tally ? tally->articles : 0);
    size_t total = source_articles[key.first].size();
    if (auto it = published.source_articles.find(key.first);
        it != published.source_articles.end()) {
      total += it->second;
    }
    if (count < static_cast<size_t>(ts.min_articles) ||
        static_cast<double>(count) < ts.min_share * static_cast<double>(total)) {
      continue;
    }
    for (const auto& r : refs) {
      const PoolArticle& here = pool[r.article];
      const LineRecord& mine = here.records->lines[r.line];
      if (Covered(*here.report, ts.yield_to, mine.at.line)) continue;
      std::vector<RelatedLocation> related;
      for (const auto& o : refs) {
        if (related.size() >= static_cast<size_t>(settings.max_related)) break;
        const ArticleRecords& other = *pool[o.article].records;
        if (other.article_key == here.records->article_key) continue;
        related.push_back(RelatedAt(other, other.lines[o.line].at, "the same line"));
      }
      if (tally) {
        for (const auto& p : tally->examples) {
          if (related.size() >= static_cast<size_t>(settings.max_related)) break;
          related.push_back(RelatedAt(p, "the same line"));
        }
      }
      Finding f = MakeCorpusFinding(kind, here, mine.at, mine.excerpt,
                                    {{"count", std::to_string(count)},
                                     {"total", std::to_string(total)},
                                     {"source", key.first},
                                     {"line", mine.excerpt},
                                     {"where", PlaceList(related, count - 1)}});
      f.evidence = "line fingerprint " + key.second + " in " + std::to_string(count) + " of " +
                   std::to_string(total) + " articles of " + key.first;
      f.related = std::move(related);
      here.report->findings.push_back(std::move(f));
    }
  }
}

}  // namespace newslint::corpus
