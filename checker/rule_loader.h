// Loads rule instances from YAML: one rule per file, in folders (packs).
// Loading is strict: a missing field, an unknown key, a category outside the
// spec, a bad regex all raise LoadError with the file, line and column.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "checker/rule_registry.h"

namespace newslint {

std::unique_ptr<Rule> LoadRuleFile(const std::string& path, LoadContext& ctx);

// Every *.yaml file in the folder (sorted; *.data.yaml files are data that
// rules name, not rules).
std::vector<std::unique_ptr<Rule>> LoadRuleFolder(const std::string& dir, LoadContext& ctx);

// Parses a rule from a YAML node (used by `rules test` on inline rules, too).
std::unique_ptr<Rule> LoadRuleNode(const YAML::Node& node, const std::string& file,
                                   LoadContext& ctx);

}  // namespace newslint
