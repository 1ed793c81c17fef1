// The records file of the sharded mode: what `newslint extract` writes for a
// shard and `newslint reconcile` reads back. One JSON object a line, so shards
// can be concatenated, streamed and split with line tools; the full format is
// in docs/records-format.md. It carries each article's findings of the
// per-article pass (at full fidelity: positions, byte columns, offsets,
// fingerprints) and its records for the cross-article pass, tagged with the
// ordinal of the file it came from so a reconcile can restore input order.
#pragma once

#include <istream>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "checker/article.h"
#include "checker/linter.h"

namespace newslint::corpus {

inline constexpr int kRecordsFormat = 1;

struct RecordsHeader {
  int format = kRecordsFormat;
  std::string tool_version;
  // CorpusPass::records_version() of the extracting run; empty when the
  // cross-article pass was off.
  std::string records_version;
  // `--shard K/N`; a file extracted without it is shard 0 of 1.
  int shard = 0;
  int shards = 1;
  // How many files the walk found in all (every shard of one split agrees).
  size_t files = 0;
};

// One document or one input error, with the ordinal of its file in the walk
// (-1 for faults of the walk itself, which name no file).
struct ShardDocument {
  long file = 0;
  DocumentReport report;
};
struct ShardError {
  long file = -1;
  InputError error;
};

class RecordsError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class RecordsWriter {
 public:
  RecordsWriter(std::ostream& out, const RecordsHeader& header);
  void Write(const ShardDocument& document);
  void Write(const ShardError& error);

 private:
  std::ostream& out_;
};

struct RecordsFile {
  RecordsHeader header;
  std::vector<ShardDocument> documents;
  std::vector<ShardError> errors;
};

// Reads a whole records file; `name` is what messages call it. Throws
// RecordsError naming name:line for a malformed line, a missing header or a
// format this build does not read.
RecordsFile ReadRecordsFile(std::istream& in, const std::string& name);

}  // namespace newslint::corpus
