// Runs every claim extractor's own examples: each text must yield exactly the
// claims the file lists (subject, attribute, value as written and, when
// given, normalised). The test suite runs this, so an extractor cannot ship
// without doing what its file says.
#pragma once

#include <string>
#include <vector>

#include "checker/corpus/corpus_pass.h"

namespace newslint::corpus {

struct ClaimExampleResult {
  size_t passed = 0;
  std::vector<std::string> failures;  // "file:line: what differs"
};

ClaimExampleResult RunClaimExamples(const CorpusPass& pass);

}  // namespace newslint::corpus
