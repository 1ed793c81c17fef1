// A claim extractor: one YAML file under rules/claims/extractors/ that reads
// one kind of claim news repeats ("the X agreement was signed on D", "a
// N-point plan", "N people were evacuated from P, officials said") with RE2
// patterns whose named groups give the claim's parts:
//
//   subject    what the claim is about (required)       "the Minsk II agreement"
//   owner      whose it is, joined to the subject       "China's" 12-point plan
//   attribute  what is said of it, mapped through `attributes` to its
//              canonical word (or fixed with `attribute:`)   "inked" -> signed
//   value      the value, typed by `value:` (required)  "12 February 2015"
//   time       when a count held ("on Monday")          report-scoped claims
//   source     who gives the value ("officials said")   joins the key
//
// Patterns may use {date}, {count} and {number} (the wordings the value
// parsers read) and the extractor's own `define:` names. An optional
// `trigger:` (a small RE2, case-insensitive) must match a paragraph before the
// patterns run on it: the patterns are large, most paragraphs hold no claim.
// The file's examples say what each text yields; the test suite runs them.
#pragma once

#include <re2/re2.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "checker/corpus/article_records.h"
#include "checker/corpus/key_normaliser.h"
#include "checker/document.h"

namespace newslint::corpus {

// What makes two claims of one subject and attribute the same claim.
enum class ClaimScope {
  kOnce,    // the subject happens once: signed, founded
  kYear,    // a recurring subject (a summit "held"): the value's year joins the key
  kReport,  // a figure that changes (casualties): the day it held joins the key
};

struct ExpectedClaim {
  std::string subject;     // as captured (owner included), trimmed
  std::string attribute;   // canonical
  std::string value;       // as written
  std::string normalised;  // EncodeValue of the value; empty: not checked
};

struct ClaimExample {
  std::string text;
  std::string date;  // the article's date, for report-scoped claims
  std::vector<ExpectedClaim> claims;
  int line = 0;  // in the extractor file
};

struct ExtractContext {
  const KeyNormaliser* keys = nullptr;
  std::string article_date;    // ISO date of the article, empty when unknown
  double approximation = 0.1;  // relative tolerance of "about" and its kin
};

class ClaimExtractor {
 public:
  // Strict like the rule loader: unknown keys, missing groups, bad patterns
  // raise LoadError with file, line and column.
  static std::unique_ptr<ClaimExtractor> Load(const std::string& path);

  const std::string& id() const { return id_; }
  const std::string& file() const { return file_; }
  ValueType value_type() const { return type_; }
  const std::vector<ClaimExample>& examples() const { return examples_; }

  // Appends the claims of the document; positions resolved.
  void Extract(const Document& doc, const ExtractContext& ctx, std::vector<ClaimRecord>& out) const;
  // The same, trying only the paragraphs marked in `tried` (one flag a
  // paragraph): what ClaimTriggers says the trigger matches.
  void Extract(const Document& doc, const ExtractContext& ctx, const std::vector<bool>& tried,
               std::vector<ClaimRecord>& out) const;
  // Null when every paragraph is tried.
  const RE2* trigger() const { return trigger_.get(); }

 private:
  ClaimExtractor() = default;

  struct Pattern {
    std::unique_ptr<RE2> re;
    std::map<std::string, int> groups;  // name -> 1-based group index
  };

  std::string id_, file_, description_;
  ValueType type_ = ValueType::kPhrase;
  ClaimScope scope_ = ClaimScope::kOnce;
  bool require_name_ = true;
  std::string fixed_attribute_;
  std::map<std::string, std::string> attributes_;  // normalised word -> canonical
  std::unique_ptr<RE2> trigger_;                   // null: every paragraph is tried
  std::vector<Pattern> patterns_;
  std::vector<ClaimExample> examples_;
};

}  // namespace newslint::corpus
