// The steps that `check`, `extract` and `reconcile` share, so that a sharded
// run (extract on each shard, then one reconcile) goes through exactly the
// code a single `check` does and gives the same report.
#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "checker/baseline.h"
#include "checker/cli/atomic_file.h"
#include "checker/cli/path_overrides.h"
#include "checker/cli/session.h"
#include "checker/corpus/claim_index.h"
#include "checker/corpus/corpus_pass.h"
#include "checker/run_report.h"
#include "reports/report_writer.h"

namespace newslint {

// The cross-article pass as the configuration sets it: null when it is
// switched off there, from the files the session read
// (SessionOptions::load_corpus_pass). Prints the fault and returns false when
// they do not load.
bool LoadCorpusPass(Session& session, std::unique_ptr<corpus::CorpusPass>& pass,
                    std::ostream& err);

// Opens --index FILE for reading; warns when it was built with other
// extractors. Prints the fault (prefixed with `command`) and returns false.
bool OpenIndexForCheck(const std::string& path, const corpus::CorpusPass& pass,
                       const std::string& command, std::unique_ptr<corpus::ClaimIndex>& index,
                       std::ostream& err);

// Each input error as `newslint: input error: path:line:col: message` on
// standard error, with article-borne text made safe for a terminal.
void PrintInputErrors(const std::vector<InputError>& errors);

// The writer for --format F, in colour when --color (1) says so, or when
// unset (-1) and the report goes to a terminal without NO_COLOR. Prints the
// known formats (prefixed with `command`) and returns null for an unknown one.
std::unique_ptr<ReportWriter> OpenWriter(const std::string& format, int color, bool to_stdout,
                                         const std::string& command);

struct ReportOptions {
  std::string command;  // for messages: "newslint check"
  std::string output;   // empty: standard output
  std::string fail_on;  // error|warning|info|never
  // --baseline: applied last, so the report and the gate count new findings only.
  std::optional<Baseline> baseline;
  std::string baseline_path;
};

// --baseline FILE into options (nothing for an empty path). Prints the fault
// (prefixed with options.command) and returns false.
bool LoadBaselineOption(const std::string& path, ReportOptions& options, std::ostream& err);

// What every checked article gets after the rules, on the worker thread:
// the configuration's per-path overrides, then its cross-article records
// when that pass is on. check and extract share it, so a sharded run sees
// exactly the findings and records a single check does.
void AfterRules(const Config& config, const corpus::CorpusPass* cross, const Article& article,
                const Document& document, DocumentReport& doc);

// After the per-article pass: reconciles the batch (and the index), applies
// the overrides and inline suppressions to what that added, lists the rules,
// warns of directives naming no rule, applies the baseline, prints input
// errors, writes the report and returns the exit status of the spec.
int FinishRun(const Session& session, const corpus::CorpusPass* pass, corpus::ClaimIndex* index,
              const ReportWriter& writer, const ReportOptions& options, RunReport& report);

}  // namespace newslint
