// The index of the published corpus: every article's records (claims,
// quotations, template-line fingerprints), its identity and content hash, in
// one SQLite file, so that a CI gate checks a new batch against everything
// already published without reading those articles again.
//
// Guarantees:
//   - Adding is one transaction: an interrupted `add` (even SIGKILL) leaves
//     the index as it was. Re-adding an unchanged article changes nothing; a
//     changed one (content hash or extractor version) has its records replaced.
//   - WAL journal and a busy timeout: readers (`check --index`) run while a
//     writer adds, and two writers take turns instead of failing.
//   - The schema is versioned (PRAGMA user_version); an index written by a
//     newer newslint is refused rather than misread.
//
// Tables (one row per record; see README "Across articles"):
//   meta(key, value)            format, schema and records versions
//   articles(id, article_key, path, record, record_line, source,
//            content_hash, records_version, added_at)
//   claims(article, key, extractor, subject, attribute, value, value_text,
//          excerpt, line, col, end_line, end_col)     value: EncodeValue()
//   quotes(id, article, words, lemmas, head, head_outside, speaker, quoted,
//          excerpt, line, col, end_line, end_col)
//   quote_groups(quote, grp)    the groups a quotation is compared in
//   lines(article, source, fingerprint, excerpt, line, col, end_line, end_col)
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "checker/corpus/article_records.h"
#include "checker/corpus/reconcile.h"

struct sqlite3;

namespace newslint::corpus {

// Why the index could not be opened, read or written; the message names the file.
class IndexError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct IndexStats {
  int schema_version = 0;
  std::string records_version;  // of the last add
  size_t articles = 0, claims = 0, quotes = 0, lines = 0;
  std::vector<std::pair<std::string, size_t>> sources;  // source -> articles, by name
};

struct AddResult {
  size_t added = 0, replaced = 0, unchanged = 0;
};

class ClaimIndex {
 public:
  static constexpr int kSchemaVersion = 1;
  enum class Access { kRead, kWrite };

  // kWrite creates the file (and its schema) when missing; kRead needs an
  // existing index and never writes to it. Throws IndexError.
  static std::unique_ptr<ClaimIndex> Open(const std::string& path, Access access,
                                          int busy_timeout_ms = 60000);
  ~ClaimIndex();
  ClaimIndex(const ClaimIndex&) = delete;
  ClaimIndex& operator=(const ClaimIndex&) = delete;

  const std::string& path() const { return path_; }

  // Records the articles in one transaction (all or none). Test seam: with
  // NEWSLINT_TEST_INDEX_WRITE_DELAY_MS set, waits that long after each
  // article, so a test can kill the writer mid-transaction.
  AddResult Add(const std::vector<const ArticleRecords*>& articles,
                const std::string& records_version);

  // Removes the articles each selector names: an article key, a path, or a
  // folder (every path under it). One transaction. Returns, per selector, the
  // number of articles removed.
  std::vector<size_t> Remove(const std::vector<std::string>& selectors);

  IndexStats Stats();
  // The records version of the last add (empty for an empty index).
  std::string RecordsVersion();

  // What the published corpus holds that bears on the batch (see
  // PublishedCorpus); articles whose key is in the batch are left out. Read
  // in one transaction, so a concurrent add is seen whole or not at all.
  PublishedCorpus Published(const std::vector<const ArticleRecords*>& batch, size_t max_examples);

 private:
  ClaimIndex(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  void Exec(const char* sql);
  void CreateOrCheckSchema(Access access);

  sqlite3* db_ = nullptr;
  std::string path_;
};

}  // namespace newslint::corpus
