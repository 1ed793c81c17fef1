// The cross-article pass as a run uses it: loads its settings, extractors,
// the KB's names and WordNet once; extracts an article's records (phase one,
// on the worker threads, beside the rules); reconciles a batch against itself
// and the published corpus (phase two, once, after the run).
#pragma once

#include <functional>

#include <memory>
#include <string>
#include <vector>

#include "checker/article.h"
#include "checker/config.h"
#include "checker/corpus/claim_triggers.h"
#include "checker/corpus/corpus_settings.h"
#include "checker/corpus/kb_names.h"
#include "checker/corpus/key_normaliser.h"
#include "checker/corpus/reconcile.h"
#include "checker/run_report.h"

namespace newslint::corpus {

class CorpusPass {
 public:
  // Reads rules_root/claims (corpus.yaml, extractors/) and rules_root/kb, and
  // WordNet from wordnet_dir. Throws LoadError naming the faulty file.
  static std::unique_ptr<CorpusPass> Load(const std::string& rules_root,
                                          const std::string& wordnet_dir = "/usr/share/wordnet");
  // The same with the KB's names from `kb_names` (called once, after the
  // claims are read) instead of reading rules_root/kb again: a caller that
  // reads the KB for the per-article pass hands its names over.
  static std::unique_ptr<CorpusPass> Load(const std::string& rules_root,
                                          const std::function<KbNames()>& kb_names,
                                          const std::string& wordnet_dir = "/usr/share/wordnet");

  // The configuration's enable/disable lists and severities, by rule id or
  // category, as for rules.
  void Configure(const Config& config);
  bool enabled() const;

  // Thread-safe.
  ArticleRecords Extract(const Article& article) const;
  // The same from the article's Document as the per-article pass made it.
  ArticleRecords Extract(const Article& article, const Document& doc) const;

  void Reconcile(const PublishedCorpus& published, std::vector<DocumentReport>& documents) const;

  const CorpusSettings& settings() const { return settings_; }
  const KeyNormaliser& keys() const { return *keys_; }
  // Changes with the settings, the extractors and the KB's names.
  const std::string& records_version() const { return version_; }
  // The three findings as rules, for writers that list rules.
  std::vector<RuleDescriptor> Descriptors() const;

 private:
  CorpusPass() = default;

  CorpusSettings settings_;
  KbNames kb_;
  std::shared_ptr<const WordNet> wordnet_;
  std::unique_ptr<KeyNormaliser> keys_;
  std::unique_ptr<QuoteExtractor> quotes_;
  std::unique_ptr<TemplateLineExtractor> lines_;
  std::unique_ptr<ClaimTriggers> claim_triggers_;
  std::string version_;
};

// Where an article comes from, for template lines: its `source`, else its
// URL's host, else its folder.
std::string SourceOf(const Article& article);
// Its identity across runs: the url, else the JSONL id within its source (or
// file), else the path (and record).
std::string ArticleKeyOf(const Article& article, const std::string& source);

}  // namespace newslint::corpus
