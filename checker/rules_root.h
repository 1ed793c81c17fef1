// Where the shipped rules and knowledge live, and how their files are named
// in reports: relative ("rules/kb/people/cn.yaml"), so reports do not depend
// on where the checkout is.
#pragma once

#include <string>

namespace newslint {

// $NEWSLINT_RULES_DIR, else the folder the build recorded.
std::string RulesRoot();

// A file under the rules root as "rules/...", any other path unchanged.
std::string DisplayPath(const std::string& path);

}  // namespace newslint
