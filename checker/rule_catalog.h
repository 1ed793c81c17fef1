// Which rules a run uses: the packs under the rules root (all default packs,
// or the config's `packs:`), extra folders from the config and --rules, then
// the config's enable/disable lists and severity overrides.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "checker/config.h"
#include "checker/rule.h"
#include "checker/rules_root.h"

namespace newslint {

// The packs loaded when the configuration names none.
const std::vector<std::string>& DefaultPacks();


// Throws LoadError. Duplicate rule ids across folders are an error.
std::vector<std::unique_ptr<Rule>> LoadConfiguredRules(const Config& config,
                                                       const std::vector<std::string>& extra_dirs);

}  // namespace newslint
