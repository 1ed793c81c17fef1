// The table of rule types: the one place a new C++ rule type is listed.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "checker/rule.h"
#include "checker/yaml_view.h"

namespace newslint {

class WordNet;

// What a rule type may need while loading besides its own YAML.
struct LoadContext {
  std::string file_dir;                     // folder of the rule file, for data files it names
  std::string wordnet_dir = "/usr/share/wordnet";
  std::shared_ptr<const WordNet> wordnet;   // loaded on first use, shared by rules
};

using RuleFactory = std::unique_ptr<Rule> (*)(RuleInfo info, YamlView& yaml, LoadContext& ctx);

struct RuleType {
  std::string_view name;
  RuleFactory make;
  std::string_view summary;
};

std::span<const RuleType> RuleTypes();
const RuleType* FindRuleType(std::string_view name);

}  // namespace newslint
