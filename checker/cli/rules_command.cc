// `newslint rules list|show ID|test`: what the configured rules are, and
// whether each does what its examples say.
#include <fmt/format.h>

#include <iostream>

#include "checker/cli/arguments.h"
#include "checker/cli/commands.h"
#include "checker/cli/session.h"
#include "checker/rule_examples.h"

namespace newslint {
namespace {

constexpr const char* kRulesHelp = R"(usage: newslint rules list [options]
       newslint rules show ID [options]
       newslint rules test [ID...] [options]

  list   one line a rule: id, category, severity, type
  show   a rule's definition: file, message, scope, description, examples
  test   run every rule's examples (texts it must flag and must pass);
         exit 1 when any fails

options: --rules DIR (repeatable), --config FILE, --no-config
)";

}  // namespace

int RunRulesCommand(const std::vector<std::string>& argv) {
  SessionOptions so;
  std::vector<std::string> positional;
  try {
    Arguments args(argv);
    while (!args.Done()) {
      auto opt = args.NextOption();
      if (!opt) {
        positional.push_back(args.NextPositional());
      } else if (*opt == "--help" || *opt == "-h") {
        std::cout << kRulesHelp;
        return 0;
      } else if (!ParseSessionOption(*opt, args, so)) {
        throw UsageError("unknown option " + *opt);
      }
    }
    if (positional.empty()) throw UsageError("say list, show ID or test");
  } catch (const UsageError& e) {
    std::cerr << "newslint rules: " << e.what() << "\n" << kRulesHelp;
    return 2;
  }
  auto session = OpenSession(so, std::cerr);
  if (!session) return 2;
  const auto& rules = session->linter->rules();
  const std::string verb = positional[0];
  std::vector<std::string> ids(positional.begin() + 1, positional.end());

  if (verb == "list") {
    for (const auto& r : rules) {
      const RuleInfo& i = r->info();
      std::cout << fmt::format("{:<40} {:<22} {:<8} {}\n", i.id, i.category,
                               SeverityName(i.severity), i.type);
    }
    std::cout << rules.size() << " rules\n";
    return 0;
  }
  if (verb == "show") {
    if (ids.size() != 1) {
      std::cerr << "newslint rules show: name one rule id\n";
      return 2;
    }
    for (const auto& r : rules) {
      const RuleInfo& i = r->info();
      if (i.id != ids[0]) continue;
      std::cout << "id:        " << i.id << "\n"
                << "defined:   " << i.file << ":" << i.line << "\n"
                << "type:      " << i.type << "\n"
                << "category:  " << i.category << "\n"
                << "severity:  " << SeverityName(i.severity) << "\n"
                << "scope:     " << ScopeName(i.scope) << "\n"
                << "message:   " << i.message << "\n";
      if (!i.description.empty()) std::cout << "\n" << i.description << "\n";
      std::cout << "\nflags:\n";
      for (const auto& e : i.examples.flag) std::cout << "  - " << e << "\n";
      std::cout << "passes:\n";
      for (const auto& e : i.examples.pass) std::cout << "  - " << e << "\n";
      return 0;
    }
    std::cerr << "newslint rules show: no rule '" << ids[0] << "'\n";
    return 2;
  }
  if (verb == "test") {
    size_t passed = 0, failed = 0, ran = 0;
    for (const auto& r : rules) {
      if (!ids.empty() && std::find(ids.begin(), ids.end(), r->info().id) == ids.end()) continue;
      ++ran;
      ExampleResult res = RunRuleExamples(*session->linter, *r);
      passed += res.passed;
      failed += res.failures.size();
      if (res.failures.empty()) {
        std::cout << fmt::format("ok    {} ({} examples)\n", r->info().id, res.passed);
      }
      for (const auto& f : res.failures) {
        std::cout << fmt::format("FAIL  {} {} example {}: {}\n      text: {}\n", f.rule, f.kind,
                                 f.index, f.detail, f.text);
      }
    }
    if (!ids.empty() && ran != ids.size()) {
      std::cerr << "newslint rules test: some named rules do not exist\n";
      return 2;
    }
    std::cout << fmt::format("{} passed, {} failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
  }
  std::cerr << "newslint rules: unknown verb '" << verb << "'\n" << kRulesHelp;
  return 2;
}

}  // namespace newslint
