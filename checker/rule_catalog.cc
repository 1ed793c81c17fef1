#include "checker/rule_catalog.h"

#include <cstdlib>
#include <map>

#include "checker/rule_loader.h"
#include "checker/rules_root.h"

namespace newslint {

const std::vector<std::string>& DefaultPacks() {
  static const std::vector<std::string> packs = {"boilerplate", "typography", "duplicates",
                                                 "spinner", "dates", "titles"};
  return packs;
}

std::vector<std::unique_ptr<Rule>> LoadConfiguredRules(const Config& config,
                                                       const std::vector<std::string>& extra_dirs) {
  std::vector<std::string> dirs;
  for (const auto& pack : config.packs ? *config.packs : DefaultPacks()) {
    dirs.push_back(RulesRoot() + "/" + pack);
  }
  dirs.insert(dirs.end(), config.rule_dirs.begin(), config.rule_dirs.end());
  dirs.insert(dirs.end(), extra_dirs.begin(), extra_dirs.end());
  LoadContext ctx;
  std::vector<std::unique_ptr<Rule>> out;
  std::map<std::string, std::string> where;
  for (const auto& dir : dirs) {
    for (auto& rule : LoadRuleFolder(dir, ctx)) {
      const RuleInfo& info = rule->info();
      auto [it, fresh] = where.emplace(info.id, info.file);
      if (!fresh) {
        throw LoadError(info.file, info.line, 1,
                        "rule id '" + info.id + "' is already defined in " + it->second);
      }
      if (!RuleEnabled(info.id, info.category, config.enable, config.disable)) continue;
      RuleInfo& mut = rule->mutable_info();
      if (auto s = config.severity.find(info.category); s != config.severity.end()) {
        mut.severity = s->second;
      }
      if (auto s = config.severity.find(info.id); s != config.severity.end()) {
        mut.severity = s->second;
      }
      out.push_back(std::move(rule));
    }
  }
  return out;
}

}  // namespace newslint
