#include "checker/cli/path_overrides.h"

#include <fnmatch.h>

namespace newslint {
namespace {

bool GlobMatches(const std::vector<std::string>& globs, const std::string& path) {
  for (const auto& g : globs) {
    if (fnmatch(g.c_str(), path.c_str(), 0) == 0) return true;
  }
  return false;
}

}  // namespace

void ApplyPathOverrides(const Config& config, DocumentReport& doc) {
  for (const auto& o : config.overrides) {
    if (!GlobMatches(o.paths, doc.path)) continue;
    std::vector<Finding> kept;
    for (auto& f : doc.findings) {
      if (!RuleEnabled(f.rule, f.category, {}, o.disable)) continue;
      if (auto s = o.severity.find(f.category); s != o.severity.end()) f.severity = s->second;
      if (auto s = o.severity.find(f.rule); s != o.severity.end()) f.severity = s->second;
      kept.push_back(std::move(f));
    }
    doc.findings = std::move(kept);
  }
}

}  // namespace newslint
