// The subcommands of the newslint command line. Each returns the exit status
// of ../shared/spec/findings.md: 0 clean, 1 findings at or above --fail-on,
// 2 the run could not be done as asked.
#pragma once

#include <string>
#include <vector>

namespace newslint {

inline constexpr const char* kVersion = "0.1.0";

int RunCheckCommand(const std::vector<std::string>& args);
int RunRulesCommand(const std::vector<std::string>& args);
int RunKbCommand(const std::vector<std::string>& args);
int RunIndexCommand(const std::vector<std::string>& args);
int RunExtractCommand(const std::vector<std::string>& args);
int RunReconcileCommand(const std::vector<std::string>& args);
int RunFixCommand(const std::vector<std::string>& args);
int RunBaselineCommand(const std::vector<std::string>& args);

}  // namespace newslint
