// The settings of the cross-article pass, from rules/claims/corpus.yaml: the
// three findings it reports (rule id, severity, message), the claim
// comparison (approximation, spellings), the quotation groups and the
// template-line thresholds. The claim extractors are the YAML files of
// rules/claims/extractors/.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "checker/corpus/claim_extractor.h"
#include "checker/corpus/quote_extractor.h"
#include "checker/corpus/template_lines.h"
#include "checker/finding.h"

namespace newslint::corpus {

// One kind of finding the pass reports, as a rule would declare it.
struct CorpusFindingKind {
  std::string id;        // "corpus.claim-conflict"
  std::string category;  // "claim.conflict"
  Severity severity = Severity::kWarning;
  std::string message;  // template; placeholders per kind (see corpus.yaml)
  std::string description;
  std::string file;
  bool enabled = true;
};

struct ClaimSettings {
  double approximation = 0.1;
  std::map<std::string, std::string> spellings;  // variant -> preferred
};

struct QuoteVariantSettings {
  QuoteSettings extraction;
  int max_swaps = 2;            // substituted words a variant may have
  double min_kept_share = 0.5;  // of the compared words, at least this share kept
};

struct CorpusSettings {
  std::string file;  // corpus.yaml
  CorpusFindingKind claim_conflict, quote_variant, template_line;
  int max_related = 3;  // other places listed per finding
  ClaimSettings claims;
  QuoteVariantSettings quotes;
  TemplateLineSettings template_lines;
  std::vector<std::unique_ptr<ClaimExtractor>> extractors;
  // Changes whenever a setting, an extractor or a KB name changes: records
  // made under another version are re-extracted when re-added to an index.
  std::string version;
};

// Reads claims_dir/corpus.yaml and claims_dir/extractors/*.yaml; throws
// LoadError naming file, line and column.
CorpusSettings LoadCorpusSettings(const std::string& claims_dir);

}  // namespace newslint::corpus
