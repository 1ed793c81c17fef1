// The configuration's per-path overrides (`overrides:` in .newslint.yaml),
// applied to one article's findings by every command that checks articles.
#pragma once

#include "checker/config.h"
#include "checker/linter.h"

namespace newslint {

// Drops the findings of rules an override disables for the article's path
// and re-grades the severities it sets.
void ApplyPathOverrides(const Config& config, DocumentReport& doc);

}  // namespace newslint
