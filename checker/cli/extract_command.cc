// `newslint extract`: the map half of a sharded run. Checks one shard's
// articles exactly as `check` does and writes their findings and their
// cross-article records to a records file for `newslint reconcile`.
#include <iostream>
#include <string>
#include <unordered_map>

#include "checker/cli/arguments.h"
#include "checker/cli/atomic_file.h"
#include "checker/cli/commands.h"
#include "checker/cli/run_steps.h"
#include "checker/cli/session.h"
#include "checker/corpus/corpus_pass.h"
#include "checker/corpus/records_file.h"
#include "checker/corpus_runner.h"
#include "checker/corpus_walker.h"

namespace newslint {
namespace {

constexpr const char* kExtractHelp = R"(usage: newslint extract --records FILE [options] PATH...

The map half of a sharded run: checks the articles in PATH as `check` does
and writes their findings and cross-article records to FILE, one JSON object
a line (docs/records-format.md). `newslint reconcile` then reads the records
files of all shards and writes the report a single `check` would.

options:
  --records FILE    where to write the records (atomically); - for stdout
  --shard K/N       take only the K-th of N shares of the files PATH names
                    (K from 0; file i goes to shard i mod N), so N tasks
                    given the same PATH split the corpus between them
  --jobs N          check N articles at a time (default: all cores)
  --stdin-name NAME the path to show for standard input
  --no-corpus       no cross-article records, findings only
  --rules DIR, --knowledge DIR, --as-of DATE, --config FILE, --no-config
                    as for check; reconcile must be given the same

exit status: 0 the records were written (findings are gated by reconcile);
2 the run could not be done (bad option, rule or configuration, no input,
the records file not writable).
)";

// "K/N" with 0 <= K < N.
bool ParseShard(const std::string& text, int& shard, int& shards) {
  size_t slash = text.find('/');
  if (slash == std::string::npos) return false;
  try {
    size_t a = 0, b = 0;
    shard = std::stoi(text.substr(0, slash), &a);
    shards = std::stoi(text.substr(slash + 1), &b);
    if (a != slash || b != text.size() - slash - 1) return false;
  } catch (const std::exception&) {
    return false;
  }
  return shards >= 1 && shard >= 0 && shard < shards;
}

}  // namespace

int RunExtractCommand(const std::vector<std::string>& argv) {
  SessionOptions so;
  std::string records_path, stdin_name = "<stdin>";
  int jobs = 0, shard = 0, shards = 1;
  bool cross_article = true;
  std::vector<std::string> paths;
  try {
    Arguments args(argv);
    while (!args.Done()) {
      auto opt = args.NextOption();
      if (!opt) {
        paths.push_back(args.NextPositional());
        continue;
      }
      if (*opt == "--help" || *opt == "-h") {
        std::cout << kExtractHelp;
        return 0;
      } else if (*opt == "--records" || *opt == "-o") {
        records_path = args.Value(*opt);
      } else if (*opt == "--shard") {
        std::string v = args.Value(*opt);
        if (!ParseShard(v, shard, shards)) {
          throw UsageError("--shard takes K/N with 0 <= K < N, not '" + v + "'");
        }
      } else if (*opt == "--jobs" || *opt == "-j") {
        jobs = args.JobsValue(*opt);
      } else if (*opt == "--stdin-name") {
        stdin_name = args.Value(*opt);
      } else if (*opt == "--no-corpus") {
        cross_article = false;
      } else if (!ParseSessionOption(*opt, args, so)) {
        throw UsageError("unknown option " + *opt + " (see newslint extract --help)");
      }
    }
    if (records_path.empty()) throw UsageError("--records FILE is required");
    if (paths.empty()) throw UsageError("no input: name files or folders to extract");
  } catch (const UsageError& e) {
    std::cerr << "newslint extract: " << e.what() << "\n";
    return 2;
  }
  so.load_corpus_pass = cross_article;
  std::optional<Session> session = OpenSession(so, std::cerr);
  if (!session) return 2;
  std::unique_ptr<corpus::CorpusPass> pass;
  if (cross_article && !LoadCorpusPass(*session, pass, std::cerr)) return 2;

  WalkOptions wk;
  wk.ignore_globs = session->config.ignore;
  WalkResult walk = WalkCorpus(paths, wk);
  if (walk.files.empty()) {
    PrintInputErrors(walk.errors);
    std::cerr << "newslint extract: no input: no article files found in the given paths\n";
    return 2;
  }
  std::vector<std::string> mine, shown;
  std::vector<long> ordinal;
  for (size_t i = 0; i < walk.files.size(); ++i) {
    if (static_cast<int>(i % static_cast<size_t>(shards)) != shard) continue;
    mine.push_back(walk.files[i]);
    shown.push_back(walk.files[i] == "-" ? stdin_name : walk.files[i]);
    ordinal.push_back(static_cast<long>(i));
  }

  corpus::RecordsHeader header;
  header.tool_version = kVersion;
  header.records_version = pass ? pass->records_version() : "";
  header.shard = shard;
  header.shards = shards;
  header.files = walk.files.size();
  RunOptions ro;
  ApplyLimits(session->config.limits, ro);
  ro.jobs = jobs;
  ro.stdin_name = stdin_name;
  const Config& config = session->config;
  const corpus::CorpusPass* cross = pass.get();
  ro.after_check = [&config, cross](const Article& article, const Document& document,
                                    DocumentReport& doc) {
    AfterRules(config, cross, article, document, doc);
  };
  std::unordered_map<std::string, long> ordinal_of;  // shown path -> file ordinal
  for (size_t i = 0; i < shown.size(); ++i) ordinal_of.emplace(shown[i], ordinal[i]);
  // Each document is written as soon as it and those before it are done, so
  // the shard's memory does not grow with its size.
  auto write_records = [&](std::ostream& out) {
    corpus::RecordsWriter records(out, header);
    // Faults of the walk belong to no file; shard 0 carries them so a
    // reconcile reports them once.
    if (shard == 0) {
      for (const auto& e : walk.errors) records.Write(corpus::ShardError{-1, e});
    }
    ro.on_document = [&](size_t file, DocumentReport&& doc) {
      records.Write(corpus::ShardDocument{ordinal[file], std::move(doc)});
    };
    RunReport report;
    RunCorpus(mine, *session->linter, ro, report);
    for (const auto& e : report.errors) {
      auto it = ordinal_of.find(e.path);
      records.Write(corpus::ShardError{it == ordinal_of.end() ? -1 : it->second, e});
    }
  };
  // Streamed to standard output or the records file, not built in memory.
  if (records_path == "-") {
    write_records(std::cout);
    std::cout << std::flush;
    return 0;
  }
  std::string error;
  if (!WriteAtomically(records_path, write_records, error)) {
    std::cerr << "newslint extract: " << error << "\n";
    return 2;
  }
  return 0;
}

}  // namespace newslint
