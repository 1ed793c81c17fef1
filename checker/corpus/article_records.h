// What the per-article pass keeps of an article for the cross-article pass:
// its claims, quotations and template-line candidates, each with its position
// already resolved. Records hold short excerpts, never the article's text, so
// a corpus run (and the index) grows with the number of records, not with the
// size of the articles.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace newslint::corpus {

// Where a record sits, as findings report it: 1-based lines counted in the
// file (front matter included), columns in code points.
struct RecordPosition {
  int line = 0;
  int column = 0;
  int end_line = 0;
  int end_column = 0;
  bool operator==(const RecordPosition&) const = default;
};

enum class ValueType { kDate, kNumber, kCount, kPhrase };

// A claim's value, typed and normalised so that two wordings of one value
// compare equal: a date to the precision it was stated at, a number or count
// as the interval its wording allows ("about 320", "at least 1"), a phrase as
// its normalised words.
struct ClaimValue {
  ValueType type = ValueType::kPhrase;
  int year = 0, month = 0, day = 0;  // dates: 0 where the text did not say
  double low = 0, high = 0;          // numbers and counts: closed interval
  std::string phrase;                // phrases: normalised words
  bool operator==(const ClaimValue&) const = default;
};

struct ClaimRecord {
  std::string extractor;  // id of the extractor that found it
  std::string key;        // what the claim is about: subject, attribute, scope
  std::string subject;    // as written
  std::string attribute;  // canonical attribute ("signed", "points", "killed")
  ClaimValue value;
  std::string value_text;  // the value as written
  std::string excerpt;     // the whole claim as written
  RecordPosition at;
};

struct QuoteRecord {
  std::string words;                // the quoted words, lower case, one space between
  std::string lemmas;               // the same words as base forms: what "the same
                                    // rendering" means ("no limit" = "no limits")
  std::string head;                 // base form of the noun the phrase qualifies; empty
                                    // for a statement
  bool head_outside = false;        // the head follows the quote (the “no limits”
                                    // partnership) rather than ending it
  std::string speaker;              // who is quoted, normalised; empty when unattributed
  std::vector<std::string> groups;  // keys of the groups it is compared in
  std::string quoted;               // the quoted text as written, without its marks
  std::string excerpt;              // what a finding shows: marks, quote and head
  RecordPosition at;
};

struct LineRecord {
  std::string fingerprint;  // of the normalised line
  std::string excerpt;      // the line as written, trimmed
  RecordPosition at;
};

struct ArticleRecords {
  // Identity across runs and in the index: the url, else the JSONL id within
  // its source (or file), else the path (and record).
  std::string article_key;
  std::string path;
  std::optional<std::string> record;
  size_t record_line = 0;    // JSONL: the record's line in the file
  std::string source;        // front matter or JSONL source, else URL host, else folder
  std::string content_hash;  // of the text and the metadata records depend on
  std::vector<ClaimRecord> claims;
  std::vector<QuoteRecord> quotes;
  std::vector<LineRecord> lines;
};

}  // namespace newslint::corpus
