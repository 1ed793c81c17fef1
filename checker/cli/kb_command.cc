// `newslint kb check`: validates the knowledge files (schema, dates in order,
// duplicate and unknown ids, overlapping terms of single-holder offices) and
// lists every fault as file:line:col.
#include <fmt/format.h>

#include <iostream>

#include "checker/cli/arguments.h"
#include "checker/cli/commands.h"
#include "checker/cli/session.h"
#include "checker/kb/event_base.h"
#include "checker/kb/people_base.h"

namespace newslint {
namespace {

constexpr const char* kKbHelp = R"(usage: newslint kb check [options] [DIR...]

Validates knowledge folders (each with events/, people/, offices/): the
shipped rules/kb, those of the configuration and --knowledge, and the DIRs
named. Prints file:line:col: fault for each problem; exit 1 if any.

options: --knowledge DIR, --config FILE, --no-config
)";

}  // namespace

int RunKbCommand(const std::vector<std::string>& argv) {
  SessionOptions so;
  std::vector<std::string> positional;
  try {
    Arguments args(argv);
    while (!args.Done()) {
      auto opt = args.NextOption();
      if (!opt) {
        positional.push_back(args.NextPositional());
      } else if (*opt == "--help" || *opt == "-h") {
        std::cout << kKbHelp;
        return 0;
      } else if (!ParseSessionOption(*opt, args, so)) {
        throw UsageError("unknown option " + *opt);
      }
    }
    if (positional.empty() || positional[0] != "check") throw UsageError("say: kb check [DIR...]");
  } catch (const UsageError& e) {
    std::cerr << "newslint kb: " << e.what() << "\n" << kKbHelp;
    return 2;
  }
  Config config;
  try {
    if (so.config_file) config = LoadConfig(*so.config_file);
    else if (!so.no_config) {
      if (auto f = FindConfig(".")) config = LoadConfig(*f);
    }
  } catch (const LoadError& e) {
    std::cerr << e.what() << "\n";
    return 2;
  }
  std::vector<std::string> dirs = KnowledgeDirs(config, so);
  dirs.insert(dirs.end(), positional.begin() + 1, positional.end());
  std::vector<LoadError> errors;
  EventBase events;
  PeopleBase people;
  for (const auto& d : dirs) {
    events.LoadFolder(d + "/events", &errors);
    people.LoadFolder(d, &errors);
  }
  events.Validate(errors);
  people.Validate(errors);
  for (const auto& e : errors) std::cout << e.what() << "\n";
  std::cout << fmt::format(
      "{} events, {} jurisdictions, {} offices, {} people, {} terms; {} problem{}\n",
      events.events().size(), people.jurisdictions().size(), people.offices().size(),
      people.people().size(), people.terms().size(), errors.size(), errors.size() == 1 ? "" : "s");
  return errors.empty() ? 0 : 1;
}

}  // namespace newslint
