// Everything one run produced, in the deterministic order of the input: what
// report writers receive.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checker/article.h"
#include "checker/baseline.h"
#include "checker/document_list.h"
#include "checker/linter.h"

namespace newslint {

struct RuleDescriptor {  // for writers that list the rules (SARIF, JUnit)
  std::string id, category, severity, message, description, file;
};

struct RunReport {
  std::string tool_name = "newslint";
  std::string tool_version;
  DocumentList documents;
  std::vector<InputError> errors;
  std::vector<RuleDescriptor> rules;
  std::optional<BaselineOutcome> baseline;  // when checked against one (--baseline)
};

}  // namespace newslint
