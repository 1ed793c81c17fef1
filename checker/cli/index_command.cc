// `newslint index`: record the published corpus (its claims, quotations and
// template-line fingerprints) in an index file that `check --index` reconciles
// new batches against; remove articles from it; show what it holds.
#include <iostream>
#include <nlohmann/json.hpp>

#include "checker/cli/arguments.h"
#include "checker/cli/commands.h"
#include "checker/cli/run_steps.h"
#include "checker/cli/session.h"
#include "checker/corpus/claim_index.h"
#include "checker/corpus/corpus_pass.h"
#include "checker/corpus_runner.h"
#include "checker/corpus_walker.h"
#include "checker/rule_catalog.h"
#include "checker/yaml_view.h"
#include "reports/report_writer.h"

namespace newslint {
namespace {

constexpr const char* kIndexHelp = R"(usage: newslint index add PATH... --index FILE [options]
       newslint index remove ID|PATH... --index FILE
       newslint index stats --index FILE [--format text|json]

add     reads the articles in PATH (files, folders, - for stdin) and records
        their claims, quotations and template-line fingerprints. An article
        already recorded with the same content is left as it is; a changed
        one has its records replaced. All or nothing: an interrupted add
        leaves the index as it was.
remove  forgets articles: by article id (url, source#id, or path), by path,
        or every path under a folder.
stats   what the index holds: articles, records, sources.

Then `newslint check NEW --index FILE` checks a batch against the index and
against itself. Readers and a writer may use the index at once.

options:
  --index FILE      the index (SQLite; created by add when missing)
  --jobs N          add: articles read at a time (default: all cores)
  --config FILE, --no-config   add: the configuration whose `ignore` and
                    `limits` apply
  --limit NAME=N    add: override one of those limits (see newslint check --help)
  --stdin-name NAME add: the path to show for standard input
  --format F        stats: text (default) or json

exit status: 0 done; 1 add: some article could not be read (the others were
added); 2 the command could not be done (bad option, unreadable index).
)";

struct IndexOptions {
  std::string verb;
  std::string index;
  std::string format = "text";
  std::string stdin_name = "<stdin>";
  int jobs = 0;
  SessionOptions session;
  std::vector<std::string> operands;
};

IndexOptions ParseIndexOptions(const std::vector<std::string>& argv) {
  IndexOptions o;
  Arguments args(argv);
  while (!args.Done()) {
    auto opt = args.NextOption();
    if (!opt) {
      std::string operand = args.NextPositional();
      if (o.verb.empty()) {
        o.verb = operand;
      } else {
        o.operands.push_back(operand);
      }
      continue;
    }
    if (*opt == "--help" || *opt == "-h") {
      o.verb = "help";
      return o;
    } else if (*opt == "--index") {
      o.index = args.Value(*opt);
    } else if (*opt == "--format" || *opt == "-f") {
      o.format = args.Value(*opt);
    } else if (*opt == "--stdin-name") {
      o.stdin_name = args.Value(*opt);
    } else if (*opt == "--jobs" || *opt == "-j") {
      o.jobs = args.JobsValue(*opt);
    } else if (!ParseSessionOption(*opt, args, o.session)) {
      throw UsageError("unknown option " + *opt + " (see newslint index --help)");
    }
  }
  if (o.verb.empty()) throw UsageError("name what to do: add, remove or stats");
  if (o.verb != "add" && o.verb != "remove" && o.verb != "stats") {
    throw UsageError("unknown index command '" + o.verb + "' (add, remove or stats)");
  }
  if (o.index.empty()) throw UsageError("--index FILE is required");
  if (o.verb != "stats" && o.operands.empty()) {
    throw UsageError(o.verb == "add" ? "no input: name files or folders to add"
                                     : "name the articles to remove (id, path or folder)");
  }
  if (o.verb == "stats" && !o.operands.empty()) throw UsageError("stats takes no operands");
  if (o.format != "text" && o.format != "json") throw UsageError("--format takes text or json");
  return o;
}

int Add(const IndexOptions& o) {
  std::unique_ptr<corpus::CorpusPass> pass;
  Config config;
  try {
    std::optional<std::string> file = o.session.config_file;
    if (!file && !o.session.no_config) file = FindConfig(".");
    if (file) config = LoadConfig(*file);
    for (const auto& [name, value] : o.session.limits) SetLimit(config.limits, name, value);
    SetProcessLimits(config.limits);
    pass = corpus::CorpusPass::Load(RulesRoot());
  } catch (const LoadError& e) {
    std::cerr << e.what() << "\n";
    return 2;
  }
  WalkOptions wk;
  wk.ignore_globs = config.ignore;
  WalkResult walk = WalkCorpus(o.operands, wk);
  for (const auto& e : walk.errors) {
    std::cerr << "newslint: input error: " << TerminalSafe(e.path) << ": "
              << TerminalSafe(e.message) << "\n";
  }
  if (walk.files.empty()) {
    std::cerr << "newslint index: no input: no article files found in the given paths\n";
    return 2;
  }
  // Only records are wanted: a linter without rules reads and segments.
  Linter no_rules({});
  RunOptions ro;
  ApplyLimits(config.limits, ro);
  ro.jobs = o.jobs;
  ro.stdin_name = o.stdin_name;
  ro.after_check = [&pass](const Article& a, const Document& document, DocumentReport& doc) {
    doc.records = std::make_shared<const corpus::ArticleRecords>(pass->Extract(a, document));
  };
  RunReport report;
  RunCorpus(walk.files, no_rules, ro, report);
  PrintInputErrors(report.errors);
  std::vector<const corpus::ArticleRecords*> records;
  for (const auto& d : report.documents) {
    if (d.records) records.push_back(d.records.get());
  }
  try {
    auto index = corpus::ClaimIndex::Open(o.index, corpus::ClaimIndex::Access::kWrite);
    corpus::AddResult r = index->Add(records, pass->records_version());
    corpus::IndexStats st = index->Stats();
    std::cout << "index " << o.index << ": " << r.added << " added, " << r.replaced << " replaced, "
              << r.unchanged << " unchanged; " << st.articles << " articles in all\n";
  } catch (const corpus::IndexError& e) {
    std::cerr << "newslint index: " << e.what() << "\n";
    return 2;
  }
  return walk.errors.empty() && report.errors.empty() ? 0 : 1;
}

int Remove(const IndexOptions& o) {
  try {
    auto index = corpus::ClaimIndex::Open(o.index, corpus::ClaimIndex::Access::kWrite);
    std::vector<size_t> removed = index->Remove(o.operands);
    size_t total = 0;
    for (size_t i = 0; i < removed.size(); ++i) {
      total += removed[i];
      if (removed[i] == 0) {
        std::cerr << "newslint index: nothing recorded under " << TerminalSafe(o.operands[i])
                  << "\n";
      }
    }
    std::cout << "index " << o.index << ": " << total << " removed; " << index->Stats().articles
              << " articles left\n";
  } catch (const corpus::IndexError& e) {
    std::cerr << "newslint index: " << e.what() << "\n";
    return 2;
  }
  return 0;
}

int Stats(const IndexOptions& o) {
  corpus::IndexStats st;
  try {
    st = corpus::ClaimIndex::Open(o.index, corpus::ClaimIndex::Access::kRead)->Stats();
  } catch (const corpus::IndexError& e) {
    std::cerr << "newslint index: " << e.what() << "\n";
    return 2;
  }
  if (o.format == "json") {
    nlohmann::ordered_json j;
    j["index"] = o.index;
    j["schema_version"] = st.schema_version;
    j["records_version"] = st.records_version;
    j["articles"] = st.articles;
    j["claims"] = st.claims;
    j["quotes"] = st.quotes;
    j["template_lines"] = st.lines;
    nlohmann::ordered_json sources = nlohmann::ordered_json::object();
    for (const auto& [s, n] : st.sources) sources[s] = n;
    j["sources"] = std::move(sources);
    std::cout << j.dump(2) << "\n";
    return 0;
  }
  std::cout << "index " << o.index << " (schema " << st.schema_version << ")\n"
            << "  articles        " << st.articles << "\n"
            << "  claims          " << st.claims << "\n"
            << "  quotations      " << st.quotes << "\n"
            << "  template lines  " << st.lines << "\n"
            << "  sources         " << st.sources.size() << "\n";
  for (const auto& [s, n] : st.sources) std::cout << "    " << TerminalSafe(s) << "  " << n << "\n";
  return 0;
}

}  // namespace

int RunIndexCommand(const std::vector<std::string>& argv) {
  IndexOptions o;
  try {
    o = ParseIndexOptions(argv);
  } catch (const UsageError& e) {
    std::cerr << "newslint index: " << e.what() << "\n";
    return 2;
  }
  if (o.verb == "help") {
    std::cout << kIndexHelp;
    return 0;
  }
  if (o.verb == "add") return Add(o);
  if (o.verb == "remove") return Remove(o);
  return Stats(o);
}

}  // namespace newslint
