// newslint: a lint tool for corpora of news articles. This file only routes
// to the subcommands; see README.md for the command line.
#include <iostream>
#include <string>
#include <vector>

#include "checker/cli/commands.h"

namespace {

constexpr const char* kUsage = R"(newslint: checks news articles for conflicting dates, stale titles,
claims against the record, page residue and spinner text.

usage:
  newslint check [options] PATH...      check articles (files, folders, - for stdin)
  newslint fix [options] PATH...        apply the fixes that need no judgement
  newslint rules list|show ID|test      list, describe or self-test the rules
  newslint kb check [DIR...]            validate the knowledge base
  newslint index add|remove|stats       the index of published articles (check --index)
  newslint extract --records OUT PATH... a shard's findings and records (sharded runs)
  newslint reconcile RECORDS...         the report of all shards' records
  newslint baseline create --output F   record today's findings (check --baseline F)
  newslint --version

Run 'newslint COMMAND --help' for a command's options.
)";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  const std::string cmd = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (cmd == "--version" || cmd == "version") {
    std::cout << "newslint " << newslint::kVersion << "\n";
    return 0;
  }
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (cmd == "check") return newslint::RunCheckCommand(rest);
  if (cmd == "rules") return newslint::RunRulesCommand(rest);
  if (cmd == "kb") return newslint::RunKbCommand(rest);
  if (cmd == "index") return newslint::RunIndexCommand(rest);
  if (cmd == "extract") return newslint::RunExtractCommand(rest);
  if (cmd == "reconcile") return newslint::RunReconcileCommand(rest);
  if (cmd == "fix") return newslint::RunFixCommand(rest);
  if (cmd == "baseline") return newslint::RunBaselineCommand(rest);
  std::cerr << "newslint: unknown command '" << cmd << "'\n\n" << kUsage;
  return 2;
}
