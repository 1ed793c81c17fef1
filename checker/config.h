// `.newslint.yaml`: which rule packs and folders to load, which rules to turn
// off or re-grade, per-path overrides and ignored paths. Found from the
// current folder upward, or named with --config; command-line flags win.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "checker/finding.h"
#include "checker/limits.h"

namespace newslint {

struct PathOverride {
  std::vector<std::string> paths;  // fnmatch globs
  std::vector<std::string> disable;
  std::map<std::string, Severity> severity;
};

struct Config {
  std::string file;                      // the file it came from; empty for defaults
  std::optional<std::vector<std::string>> packs;  // pack names under the rules root
  std::vector<std::string> rule_dirs;    // extra rule folders
  std::vector<std::string> knowledge;    // extra knowledge folders (events, people...)
  std::vector<std::string> enable;       // rule ids re-enabled inside a disabled category
  std::vector<std::string> disable;      // rule ids or categories
  std::map<std::string, Severity> severity;  // rule id or category -> severity
  std::vector<PathOverride> overrides;
  std::vector<std::string> ignore;       // globs of paths not to read
  std::optional<std::string> fail_on;
  std::optional<std::string> as_of;
  Limits limits;                         // `limits:`, see checker/limits.h
};

// Throws LoadError naming the file, line and column of a fault.
Config LoadConfig(const std::string& path);

// The nearest .newslint.yaml from `start` upward, if any.
std::optional<std::string> FindConfig(const std::string& start);

// Whether a rule (by id and category) is on under the lists.
bool RuleEnabled(const std::string& id, const std::string& category,
                 const std::vector<std::string>& enable, const std::vector<std::string>& disable);

}  // namespace newslint
