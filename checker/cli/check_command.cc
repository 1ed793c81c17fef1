// `newslint check`: walk the inputs, check every article, write the report.
#include <fcntl.h>
#include <fnmatch.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "checker/cli/arguments.h"
#include "checker/text_join.h"
#include "checker/cli/commands.h"
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

constexpr const char* kCheckHelp = R"(usage: newslint check [options] PATH...

Checks the articles in PATH (files, folders walked recursively, - for standard
input): .txt, .md/.markdown (YAML front matter), .jsonl (one article a line).

options:
  --format F        text (default), gcc, json, sarif, junit, github, rdjsonl,
                    checkstyle (see docs/integrations.md)
  --output FILE     write the report to FILE (atomically) instead of stdout
  --rules DIR       load the rules in DIR too (repeatable)
  --knowledge DIR   load knowledge (events/, people/, offices/) from DIR too
  --as-of DATE      the reference date of articles that state none (YYYY-MM-DD)
  --config FILE     use this configuration instead of the nearest .newslint.yaml
  --no-config       use no configuration file
  --jobs N          check N articles at a time (default: all cores)
  --fail-on S       error (default), warning, info or never: the lowest
                    severity that makes the exit status 1
  --stdin-name NAME the path to show for standard input; its extension picks
                    the format (default <stdin>, read as .txt)
  --index FILE      also reconcile the articles against the published corpus
                    recorded in FILE (see newslint index --help)
  --no-corpus       skip the cross-article pass (claim.conflict, quote.variant,
                    template lines across articles)
  --color, --no-color   colour text output (default: on a terminal only)
  --limit NAME=N    override one limit of the configuration's `limits:`
                    (article_bytes, line_bytes, record_bytes, yaml_depth,
                    yaml_nodes, regex_memory, findings_per_article; K/M/G)

exit status: 0 no finding at or above --fail-on; 1 some; 2 the run could not
be done (bad option, bad rule or configuration file, no input).
)";

// Writes through a temporary file in the same folder, renamed into place, so
// an interrupted run never leaves a half-written report.
bool WriteAtomically(const std::string& path, const std::string& content, std::string& error) {
  std::filesystem::path target(path);
  std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out) {
      error = "cannot write " + tmp;
      return false;
    }
    // Test hook: half the report, then a pause, so a test can kill the run
    // mid-write (tests/crash_safety_test.cc).
    if (const char* pause = std::getenv("NEWSLINT_TEST_OUTPUT_PAUSE_MS")) {
      out << content.substr(0, content.size() / 2) << std::flush;
      std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(pause)));
      out << content.substr(content.size() / 2);
    } else {
      out << content;
    }
    out.flush();
    if (!out) {
      error = "cannot write " + tmp;
      std::remove(tmp.c_str());
      return false;
    }
  }
  // On disk before it replaces the old report, so a crash of the machine
  // cannot leave an empty file under the report's name.
  if (int fd = ::open(tmp.c_str(), O_RDONLY); fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    error = "cannot rename " + tmp + " to " + path;
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

bool GlobMatches(const std::vector<std::string>& globs, const std::string& path) {
  for (const auto& g : globs) {
    if (fnmatch(g.c_str(), path.c_str(), 0) == 0) return true;
  }
  return false;
}

// Per-path overrides of the configuration: drop or re-grade findings.
void ApplyPathOverrides(const Config& config, DocumentReport& doc) {
  for (const auto& o : config.overrides) {
    if (!GlobMatches(o.paths, doc.path)) continue;
    std::vector<Finding> kept;
    for (auto& f : doc.findings) {
      if (!RuleEnabled(f.rule, f.category, {}, o.disable)) continue;
      if (auto s = o.severity.find(f.category); s != o.severity.end()) f.severity = s->second;
      if (auto s = o.severity.find(f.rule); s != o.severity.end()) f.severity = s->second;
      kept.push_back(std::move(f));
    }
    doc.findings = std::move(kept);
  }
}

}  // namespace

int RunCheckCommand(const std::vector<std::string>& argv) {
  SessionOptions so;
  std::string format = "text", output, fail_on, stdin_name = "<stdin>";
  int jobs = 0;
  int color = -1;
  std::string index_path;
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
        std::cout << kCheckHelp;
        return 0;
      } else if (*opt == "--format" || *opt == "-f") {
        format = args.Value(*opt);
      } else if (*opt == "--output" || *opt == "-o") {
        output = args.Value(*opt);
      } else if (*opt == "--jobs" || *opt == "-j") {
        std::string v = args.Value(*opt);
        try {
          jobs = std::stoi(v);
        } catch (const std::exception&) {
          throw UsageError("--jobs takes a whole number, not '" + v + "'");
        }
        if (jobs < 1) throw UsageError("--jobs must be at least 1");
      } else if (*opt == "--fail-on") {
        fail_on = args.Value(*opt);
        if (fail_on != "never" && !ParseSeverity(fail_on)) {
          throw UsageError("--fail-on takes error, warning, info or never");
        }
      } else if (*opt == "--stdin-name") {
        stdin_name = args.Value(*opt);
      } else if (*opt == "--index") {
        index_path = args.Value(*opt);
      } else if (*opt == "--no-corpus") {
        cross_article = false;
      } else if (*opt == "--color") {
        color = 1;
      } else if (*opt == "--no-color") {
        color = 0;
      } else if (!ParseSessionOption(*opt, args, so)) {
        throw UsageError("unknown option " + *opt + " (see newslint check --help)");
      }
    }
    if (paths.empty()) throw UsageError("no input: name files or folders to check, or - for stdin");
    if (!cross_article && !index_path.empty()) {
      throw UsageError("--index needs the cross-article pass: drop --no-corpus");
    }
  } catch (const UsageError& e) {
    std::cerr << "newslint check: " << e.what() << "\n";
    return 2;
  }
  WriterOptions wo;
  wo.color = color == 1 || (color == -1 && output.empty() && ::isatty(STDOUT_FILENO) &&
                            std::getenv("NO_COLOR") == nullptr);
  auto writer = MakeWriter(format, wo);
  if (!writer) {
    std::string known;
    for (auto f : WriterFormats()) AppendJoined(known, ", ", std::string(f));
    std::cerr << "newslint check: unknown format '" << format << "' (known: " << known << ")\n";
    return 2;
  }
  std::optional<Session> session = OpenSession(so, std::cerr);
  if (!session) return 2;
  if (fail_on.empty()) fail_on = session->config.fail_on.value_or("error");

  // The cross-article pass: records per article on the worker threads, then
  // one reconcile of the batch (and the index) after the run.
  std::unique_ptr<corpus::CorpusPass> pass;
  std::unique_ptr<corpus::ClaimIndex> index;
  if (cross_article) {
    try {
      pass = corpus::CorpusPass::Load(RulesRoot());
    } catch (const LoadError& e) {
      std::cerr << e.what() << "\n";
      return 2;
    }
    pass->Configure(session->config);
    if (!index_path.empty()) {
      try {
        index = corpus::ClaimIndex::Open(index_path, corpus::ClaimIndex::Access::kRead);
        std::string version = index->RecordsVersion();
        if (!version.empty() && version != pass->records_version()) {
          std::cerr << "newslint check: warning: " << index_path
                    << " was built with other claim extractors, settings or knowledge; re-run "
                       "`newslint index add` over the published corpus to refresh it\n";
        }
      } catch (const corpus::IndexError& e) {
        std::cerr << "newslint check: " << e.what() << "\n";
        return 2;
      }
    }
    if (!pass->enabled()) pass.reset();
  }

  WalkOptions wk;
  wk.ignore_globs = session->config.ignore;
  WalkResult walk = WalkCorpus(paths, wk);
  RunReport report;
  report.tool_version = kVersion;
  report.errors = walk.errors;
  // Test hook: a command run between the walk and the reading, to remove or
  // replace files mid-run as a busy corpus folder would.
  if (const char* hook = std::getenv("NEWSLINT_TEST_AFTER_WALK")) {
    int status = std::system(hook);
    (void)status;  // the test checks what the run made of it
  }
  RunOptions ro;
  ApplyLimits(session->config.limits, ro);
  ro.jobs = jobs;
  ro.stdin_name = stdin_name;
  const Config& config = session->config;
  const corpus::CorpusPass* cross = pass.get();
  ro.after_check = [&config, cross](const Article& article, DocumentReport& doc) {
    ApplyPathOverrides(config, doc);
    if (!cross) return;
    doc.records = std::make_shared<const corpus::ArticleRecords>(cross->Extract(article));
  };
  RunCorpus(walk.files, *session->linter, ro, report);
  if (pass) {
    corpus::PublishedCorpus published;
    if (index) {
      std::vector<const corpus::ArticleRecords*> batch;
      for (const auto& d : report.documents) {
        if (d.records) batch.push_back(d.records.get());
      }
      try {
        published = index->Published(batch, static_cast<size_t>(pass->settings().max_related));
      } catch (const corpus::IndexError& e) {
        std::cerr << "newslint check: " << e.what() << "\n";
        return 2;
      }
    }
    pass->Reconcile(published, report.documents);
    for (auto& d : report.documents) {
      ApplyPathOverrides(config, d);  // again, for the findings the reconcile added
      d.records.reset();
    }
  }
  for (const auto& r : session->linter->rules()) {
    const RuleInfo& i = r->info();
    report.rules.push_back({i.id, i.category, std::string(SeverityName(i.severity)), i.message,
                            i.description, i.file});
  }
  if (pass) {
    for (auto& d : pass->Descriptors()) report.rules.push_back(std::move(d));
  }
  for (const auto& e : report.errors) {
    std::cerr << "newslint: input error: " << TerminalSafe(e.path)
              << (e.record ? "#" + TerminalSafe(*e.record) : "")
              << (e.line > 0 ? ":" + std::to_string(e.line) + ":" + std::to_string(e.column) : "")
              << ": " << TerminalSafe(e.message) << "\n";
  }
  if (report.documents.empty() && walk.files.empty()) {
    std::cerr << "newslint check: no input: no article files found in the given paths\n";
    return 2;
  }

  std::ostringstream rendered;
  writer->Write(report, rendered);
  if (output.empty()) {
    std::cout << rendered.str() << std::flush;
  } else {
    std::string error;
    if (!WriteAtomically(output, rendered.str(), error)) {
      std::cerr << "newslint check: " << error << "\n";
      return 2;
    }
  }

  if (fail_on == "never") return 0;
  Severity threshold = *ParseSeverity(fail_on);
  // An article that could not be read fails the gate like an error would:
  // a batch is not clean when part of it went unchecked.
  if (!report.errors.empty()) return 1;
  for (const auto& d : report.documents) {
    for (const auto& f : d.findings) {
      if (f.severity >= threshold) return 1;
    }
  }
  return 0;
}

}  // namespace newslint
