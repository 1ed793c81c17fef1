// `newslint reconcile`: the reduce half of a sharded run. Reads the records
// files `newslint extract` wrote for each shard, puts the articles back in
// input order, runs the cross-article pass over all of them and writes the
// report a single `check` over the whole corpus would.
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <set>

#include "checker/cli/arguments.h"
#include "checker/cli/commands.h"
#include "checker/cli/run_steps.h"
#include "checker/cli/session.h"
#include "checker/corpus/corpus_pass.h"
#include "checker/corpus/records_file.h"
#include "checker/text_join.h"
#include "reports/report_writer.h"

namespace newslint {
namespace {

constexpr const char* kReconcileHelp = R"(usage: newslint reconcile [options] RECORDS...

The reduce half of a sharded run: reads the records files that `newslint
extract` wrote (- for standard input), runs the cross-article pass over all
their articles and writes the report, as `check` over the whole corpus would.
Shards of one split (`extract --shard K/N`) are put back in input order and
must all be there; other records files are taken in the order given.

options:
  --format F, --output FILE, --fail-on S, --index FILE, --baseline FILE,
  --color, --no-color
                    as for check
  --rules DIR, --knowledge DIR, --as-of DATE, --config FILE, --no-config
                    as for check: the same as the extract runs were given

exit status as for check: 0 no finding at or above --fail-on; 1 some; 2 the
run could not be done (bad option, a records file unreadable, malformed,
from other extractors or missing a shard).
)";

struct Loaded {
  size_t argument = 0;  // position among the RECORDS given
  corpus::RecordsFile file;
};

// The order a single run would have: by file ordinal across the shards of a
// split, else by records file and then ordinal. Empty message when the set
// is consistent.
std::string CheckSplit(const std::vector<Loaded>& loaded, bool& split) {
  split = false;
  int shards = loaded.front().file.header.shards;
  size_t files = loaded.front().file.header.files;
  bool any_split = false;
  for (const auto& l : loaded) any_split = any_split || l.file.header.shards > 1;
  if (!any_split) return "";
  std::set<int> seen;
  for (const auto& l : loaded) {
    const auto& h = l.file.header;
    if (h.shards != shards || h.files != files) {
      return "the records files come from different splits (--shard K/N over other inputs)";
    }
    if (!seen.insert(h.shard).second) {
      return "shard " + std::to_string(h.shard) + "/" + std::to_string(shards) + " given twice";
    }
  }
  std::string missing;
  for (int k = 0; k < shards; ++k) {
    if (!seen.count(k)) AppendJoined(missing, ", ", std::to_string(k) + "/" + std::to_string(shards));
  }
  if (!missing.empty()) return "missing shard " + missing;
  split = true;
  return "";
}

}  // namespace

int RunReconcileCommand(const std::vector<std::string>& argv) {
  SessionOptions so;
  std::string format = "text", output, fail_on, index_path, baseline_path;
  int color = -1;
  std::vector<std::string> inputs;
  try {
    Arguments args(argv);
    while (!args.Done()) {
      auto opt = args.NextOption();
      if (!opt) {
        inputs.push_back(args.NextPositional());
        continue;
      }
      if (*opt == "--help" || *opt == "-h") {
        std::cout << kReconcileHelp;
        return 0;
      } else if (*opt == "--format" || *opt == "-f") {
        format = args.Value(*opt);
      } else if (*opt == "--output" || *opt == "-o") {
        output = args.Value(*opt);
      } else if (*opt == "--fail-on") {
        fail_on = args.FailOnValue(*opt);
      } else if (*opt == "--index") {
        index_path = args.Value(*opt);
      } else if (*opt == "--baseline") {
        baseline_path = args.Value(*opt);
      } else if (*opt == "--color") {
        color = 1;
      } else if (*opt == "--no-color") {
        color = 0;
      } else if (!ParseSessionOption(*opt, args, so)) {
        throw UsageError("unknown option " + *opt + " (see newslint reconcile --help)");
      }
    }
    if (inputs.empty()) throw UsageError("no input: name the records files of the shards");
  } catch (const UsageError& e) {
    std::cerr << "newslint reconcile: " << e.what() << "\n";
    return 2;
  }
  auto writer = OpenWriter(format, color, output.empty(), "newslint reconcile");
  if (!writer) return 2;
  ReportOptions report_options{"newslint reconcile", output, ""};
  if (!LoadBaselineOption(baseline_path, report_options, std::cerr)) return 2;
  so.load_corpus_pass = true;
  std::optional<Session> session = OpenSession(so, std::cerr);
  if (!session) return 2;
  if (fail_on.empty()) fail_on = session->config.fail_on.value_or("error");
  std::unique_ptr<corpus::CorpusPass> pass;
  if (!LoadCorpusPass(*session, pass, std::cerr)) return 2;

  std::vector<Loaded> loaded;
  for (size_t i = 0; i < inputs.size(); ++i) {
    try {
      if (inputs[i] == "-") {
        loaded.push_back({i, corpus::ReadRecordsFile(std::cin, "<stdin>")});
      } else {
        std::ifstream in(inputs[i], std::ios::binary);
        if (!in) {
          std::cerr << "newslint reconcile: " << inputs[i] << ": cannot read\n";
          return 2;
        }
        loaded.push_back({i, corpus::ReadRecordsFile(in, inputs[i])});
      }
    } catch (const corpus::RecordsError& e) {
      std::cerr << "newslint reconcile: " << e.what() << "\n";
      return 2;
    }
    const auto& h = loaded.back().file.header;
    // Records of other extractors or knowledge would not compare: refuse
    // rather than report conflicts that are artefacts of the mix.
    if (pass && !h.records_version.empty() && h.records_version != pass->records_version()) {
      std::cerr << "newslint reconcile: " << inputs[i]
                << ": extracted with other claim extractors, settings or knowledge than this "
                   "run's; give reconcile the same --rules, --knowledge and --config as extract\n";
      return 2;
    }
  }
  bool split = false;
  if (std::string problem = CheckSplit(loaded, split); !problem.empty()) {
    std::cerr << "newslint reconcile: " << problem << "\n";
    return 2;
  }

  std::unique_ptr<corpus::ClaimIndex> index;
  if (pass && !index_path.empty() &&
      !OpenIndexForCheck(index_path, *pass, "newslint reconcile", index, std::cerr)) {
    return 2;
  }

  struct Keyed {
    size_t argument;
    long file;
    size_t at;  // position within its records file, for a stable order
  };
  auto key = [split](const Keyed& k) {
    return std::make_tuple(split ? 0 : k.argument, k.file, k.at);
  };
  std::vector<std::pair<Keyed, DocumentReport*>> documents;
  std::vector<std::pair<Keyed, InputError*>> errors;
  for (auto& l : loaded) {
    for (size_t j = 0; j < l.file.documents.size(); ++j) {
      documents.push_back({{l.argument, l.file.documents[j].file, j}, &l.file.documents[j].report});
    }
    for (size_t j = 0; j < l.file.errors.size(); ++j) {
      errors.push_back({{l.argument, l.file.errors[j].file, j}, &l.file.errors[j].error});
    }
  }
  std::stable_sort(documents.begin(), documents.end(),
                   [&](const auto& a, const auto& b) { return key(a.first) < key(b.first); });
  std::stable_sort(errors.begin(), errors.end(),
                   [&](const auto& a, const auto& b) { return key(a.first) < key(b.first); });

  RunReport report;
  report.tool_version = kVersion;
  for (auto& [k, e] : errors) report.errors.push_back(std::move(*e));
  for (auto& [k, d] : documents) report.documents.push_back(std::move(*d));
  loaded.clear();
  report_options.fail_on = fail_on;
  return FinishRun(*session, pass.get(), index.get(), *writer, report_options, report);
}

}  // namespace newslint
