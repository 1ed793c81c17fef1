// `newslint check`: walk the inputs, check every article, write the report.
#include <unistd.h>

#include <iostream>

#include "checker/cli/arguments.h"
#include "checker/cli/progress_line.h"
#include "checker/text_join.h"
#include "checker/cli/commands.h"
#include "checker/cli/run_steps.h"
#include "checker/cli/session.h"
#include "checker/corpus/claim_index.h"
#include "checker/corpus/corpus_pass.h"
#include "checker/corpus_runner.h"
#include "checker/corpus_walker.h"
#include "checker/rule_catalog.h"
#include "reports/report_writer.h"

namespace newslint {
namespace {

constexpr const char* kCheckHelp = R"(usage: newslint check [options] PATH...

Checks the articles in PATH (files, folders walked recursively, - for standard
input): .txt, .md/.markdown (YAML front matter), .jsonl (one article a line).

options:
  --format F        text (default), gcc, json, sarif, junit, github, rdjsonl,
                    checkstyle (see docs/integrations.md), html (one
                    self-contained page; use with --output)
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
  --baseline FILE   report only findings not in FILE (newslint baseline create)
                    and list the entries of FILE that no longer occur
  --progress, --no-progress   a progress line on standard error (default: on
                    a terminal, once the run takes a second)
  --limit NAME=N    override one limit of the configuration's `limits:`
                    (article_bytes, line_bytes, record_bytes, yaml_depth,
                    yaml_nodes, regex_memory, findings_per_article; K/M/G)

exit status: 0 no finding at or above --fail-on; 1 some; 2 the run could not
be done (bad option, bad rule or configuration file, no input).
)";

}  // namespace

int RunCheckCommand(const std::vector<std::string>& argv) {
  SessionOptions so;
  std::string format = "text", output, fail_on, stdin_name = "<stdin>";
  int jobs = 0;
  int color = -1;
  std::string index_path;
  bool cross_article = true;
  std::string baseline_path;
  auto progress_mode = ProgressLine::Mode::kAuto;
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
        jobs = args.JobsValue(*opt);
      } else if (*opt == "--fail-on") {
        fail_on = args.FailOnValue(*opt);
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
      } else if (*opt == "--baseline") {
        baseline_path = args.Value(*opt);
      } else if (*opt == "--progress") {
        progress_mode = ProgressLine::Mode::kOn;
      } else if (*opt == "--no-progress") {
        progress_mode = ProgressLine::Mode::kOff;
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
  auto writer = OpenWriter(format, color, output.empty(), "newslint check");
  if (!writer) return 2;
  ReportOptions report_options{"newslint check", output, ""};
  if (!LoadBaselineOption(baseline_path, report_options, std::cerr)) return 2;
  so.load_corpus_pass = cross_article;
  std::optional<Session> session = OpenSession(so, std::cerr);
  if (!session) return 2;
  if (fail_on.empty()) fail_on = session->config.fail_on.value_or("error");

  // The cross-article pass: records per article on the worker threads, then
  // one reconcile of the batch (and the index) after the run.
  std::unique_ptr<corpus::CorpusPass> pass;
  std::unique_ptr<corpus::ClaimIndex> index;
  if (cross_article) {
    if (!LoadCorpusPass(*session, pass, std::cerr)) return 2;
    if (pass && !index_path.empty() &&
        !OpenIndexForCheck(index_path, *pass, "newslint check", index, std::cerr)) {
      return 2;
    }
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
  size_t expected_articles = walk.files.size();
  for (const auto& f : walk.files) {
    if (FormatOf(f == "-" ? stdin_name : f) == "jsonl") expected_articles = 0;  // unknown
  }
  ProgressLine progress(STDERR_FILENO, progress_mode, expected_articles);
  const bool keep_articles = writer->ShowsArticles();
  // When nothing rewrites the documents after the run (no cross-article pass,
  // no baseline) and the writer does not show the articles, the documents
  // wait for the report in a temporary file, not in memory. If none can be
  // made they stay in memory: slower to grow, nothing lost.
  if (!pass && !report_options.baseline && !keep_articles) {
    std::string unused;
    report.documents.SpillToDisk(unused);
  }
  ro.after_check = [&config, cross, &progress, keep_articles](const Article& article,
                                                              const Document& document,
                                                              DocumentReport& doc) {
    progress.ArticleDone();
    AfterRules(config, cross, article, document, doc);
    if (keep_articles) doc.article = std::make_shared<const Article>(article);
  };
  RunCorpus(walk.files, *session->linter, ro, report);
  progress.Finish();
  if (report.documents.empty() && walk.files.empty()) {
    PrintInputErrors(report.errors);
    std::cerr << "newslint check: no input: no article files found in the given paths\n";
    return 2;
  }
  report_options.fail_on = fail_on;
  return FinishRun(*session, pass.get(), index.get(), *writer, report_options, report);
}

}  // namespace newslint
