// Checks a list of input files on N threads. One reader walks the files in
// order and streams their articles through a bounded queue; workers check
// them, so a JSONL shard with thousands of records spreads over every core
// and memory holds at most the queue, never the corpus. Results carry their
// (file, position) and are handed on in input order as soon as all before
// them are done, whatever the job count.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "checker/article_reader.h"
#include "checker/limits.h"
#include "checker/linter.h"
#include "checker/run_report.h"

namespace newslint {

struct RunOptions {
  int jobs = 0;                        // 0: all cores
  ReaderLimits limits;
  // Findings kept per article (limits.findings_per_article); the rest are
  // dropped and the article gets an input error saying so.
  size_t max_findings = 1000;
  std::string stdin_name = "<stdin>";  // the path shown for "-"; its extension picks the format
  // Called on each article's report on the worker thread, after the rules
  // (per-path overrides, later passes).
  // The article's Document is the one the rules read.
  std::function<void(const Article&, const Document&, DocumentReport&)> after_check;
  // Takes each article's report in input order, with the ordinal of its file
  // in `files`, one call at a time (on the thread that completed the run of
  // done reports); unset: RunCorpus appends it to RunReport::documents.
  std::function<void(size_t file, DocumentReport&&)> on_document;
};

// Sets the reader's and the findings' bounds from the configured limits.
void ApplyLimits(const Limits& limits, RunOptions& options);

void RunCorpus(const std::vector<std::string>& files, const Linter& linter,
               const RunOptions& options, RunReport& report);

// Reads a whole file (or standard input for "-"); false and errno text on failure.
bool ReadFileBytes(const std::string& path, std::string& out, std::string& error);

}  // namespace newslint
