#include "checker/rules_root.h"

#include <cstdlib>

#ifndef NEWSLINT_DEFAULT_RULES_DIR
#define NEWSLINT_DEFAULT_RULES_DIR "rules"
#endif

namespace newslint {

std::string RulesRoot() {
  if (const char* env = std::getenv("NEWSLINT_RULES_DIR"); env && *env) return env;
  return NEWSLINT_DEFAULT_RULES_DIR;
}

std::string DisplayPath(const std::string& path) {
  std::string root = RulesRoot();
  if (path.size() > root.size() && path.compare(0, root.size(), root) == 0 && path[root.size()] == '/') {
    return "rules" + path.substr(root.size());
  }
  return path;
}

}  // namespace newslint
