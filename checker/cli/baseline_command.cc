// `newslint baseline create`: records the findings of a run as a baseline
// file, so that `check --baseline FILE` reports only what is new. It is a
// `check` run whose report is the baseline (reports/baseline_writer.h), so
// the two always see the same findings for the same options.
#include <iostream>
#include <string>
#include <vector>

#include "checker/cli/commands.h"

namespace newslint {
namespace {

constexpr const char* kBaselineHelp =
    R"(usage: newslint baseline create --output FILE [options] PATH...

Records the current findings of PATH in FILE (JSON, sorted, one entry a line),
so that `newslint check --baseline FILE PATH...` fails only on new findings.
Run both from the same folder with the same paths: findings are matched by
rule, article path (and record) and flagged text, not by line, so edits
elsewhere in an article keep its findings matched.

options: those of `newslint check` that choose what is checked (--rules,
--knowledge, --config, --no-config, --as-of, --jobs, --stdin-name, --index,
--no-corpus, --progress, --no-progress); --format, --fail-on and --baseline
do not apply.

exit status: 0 the baseline was written; 2 it could not be (bad option, rule
or configuration file, no input, unwritable FILE).
)";

}  // namespace

int RunBaselineCommand(const std::vector<std::string>& argv) {
  if (argv.empty() || argv[0] == "--help" || argv[0] == "-h") {
    (argv.empty() ? std::cerr : std::cout) << kBaselineHelp;
    return argv.empty() ? 2 : 0;
  }
  if (argv[0] != "create") {
    std::cerr << "newslint baseline: unknown subcommand '" << argv[0]
              << "' (see newslint baseline --help)\n";
    return 2;
  }
  std::vector<std::string> check(argv.begin() + 1, argv.end());
  bool has_output = false;
  for (const auto& a : check) {
    if (a == "--") break;  // paths only from here
    if (a == "--help" || a == "-h") {
      std::cout << kBaselineHelp;
      return 0;
    }
    for (const char* refused : {"--format", "-f", "--fail-on", "--baseline"}) {
      if (a == refused || a.rfind(std::string(refused) + "=", 0) == 0) {
        std::cerr << "newslint baseline create: " << refused << " does not apply here\n";
        return 2;
      }
    }
    if (a == "--output" || a == "-o" || a.rfind("--output=", 0) == 0) has_output = true;
  }
  if (!has_output) {
    std::cerr << "newslint baseline create: name the file to write with --output FILE\n";
    return 2;
  }
  // An article that cannot be read is reported on standard error by the run;
  // the baseline records the others.
  // First, so that a "--" among the arguments cannot turn them into paths.
  check.insert(check.begin(), {"--format", "baseline", "--fail-on", "never"});
  return RunCheckCommand(check);
}

}  // namespace newslint
