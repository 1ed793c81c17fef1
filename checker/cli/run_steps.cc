#include "checker/cli/run_steps.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <set>

#include "checker/categories.h"
#include "checker/cli/atomic_file.h"
#include "checker/cli/commands.h"
#include "checker/cli/path_overrides.h"
#include "checker/text_join.h"
#include "checker/yaml_view.h"

namespace newslint {

namespace {

// A directive naming no rule or category in force is most likely a typing
// error that would otherwise suppress nothing.
void WarnUnknownDirectiveNames(const RunReport& report) {
  std::set<std::string> known;
  for (auto c : kCategories) known.insert(std::string(c));
  for (const auto& r : report.rules) known.insert(r.id);
  for (const auto& d : report.documents) {
    for (const auto& u : d.suppressions.UnknownNames(known)) {
      std::cerr << "newslint: warning: " << TerminalSafe(d.path) << ":" << u.directive->start_line
                << ":" << u.directive->start_column << ": '" << TerminalSafe(u.name)
                << "' names no rule or category in force\n";
    }
  }
}

}  // namespace

std::unique_ptr<ReportWriter> OpenWriter(const std::string& format, int color, bool to_stdout,
                                         const std::string& command) {
  WriterOptions wo;
  wo.color = color == 1 || (color == -1 && to_stdout && ::isatty(STDOUT_FILENO) &&
                            std::getenv("NO_COLOR") == nullptr);
  auto writer = MakeWriter(format, wo);
  if (!writer) {
    std::string known;
    for (auto f : WriterFormats()) AppendJoined(known, ", ", std::string(f));
    std::cerr << command << ": unknown format '" << format << "' (known: " << known << ")\n";
  }
  return writer;
}

bool LoadCorpusPass(Session& session, std::unique_ptr<corpus::CorpusPass>& pass,
                    std::ostream& err) {
  try {
    pass = session.corpus_pass_loading.get();
  } catch (const LoadError& e) {
    err << e.what() << "\n";
    return false;
  }
  pass->Configure(session.config);
  if (!pass->enabled()) pass.reset();
  return true;
}

bool OpenIndexForCheck(const std::string& path, const corpus::CorpusPass& pass,
                       const std::string& command, std::unique_ptr<corpus::ClaimIndex>& index,
                       std::ostream& err) {
  try {
    index = corpus::ClaimIndex::Open(path, corpus::ClaimIndex::Access::kRead);
    std::string version = index->RecordsVersion();
    if (!version.empty() && version != pass.records_version()) {
      err << command << ": warning: " << path
          << " was built with other claim extractors, settings or knowledge; re-run "
             "`newslint index add` over the published corpus to refresh it\n";
    }
  } catch (const corpus::IndexError& e) {
    err << command << ": " << e.what() << "\n";
    return false;
  }
  return true;
}

bool LoadBaselineOption(const std::string& path, ReportOptions& options, std::ostream& err) {
  if (path.empty()) return true;
  try {
    options.baseline = Baseline::Load(path);
  } catch (const LoadError& e) {
    err << options.command << ": " << e.what() << "\n";
    return false;
  }
  options.baseline_path = path;
  return true;
}

void AfterRules(const Config& config, const corpus::CorpusPass* cross, const Article& article,
                const Document& document, DocumentReport& doc) {
  ApplyPathOverrides(config, doc);
  if (cross) {
    doc.records = std::make_shared<const corpus::ArticleRecords>(cross->Extract(article, document));
  }
}

void PrintInputErrors(const std::vector<InputError>& errors) {
  for (const auto& e : errors) {
    std::cerr << "newslint: input error: " << TerminalSafe(e.path)
              << (e.record ? "#" + TerminalSafe(*e.record) : "")
              << (e.line > 0 ? ":" + std::to_string(e.line) + ":" + std::to_string(e.column) : "")
              << ": " << TerminalSafe(e.message) << "\n";
  }
}

int FinishRun(const Session& session, const corpus::CorpusPass* pass, corpus::ClaimIndex* index,
              const ReportWriter& writer, const ReportOptions& options, RunReport& report) {
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
        std::cerr << options.command << ": " << e.what() << "\n";
        return 2;
      }
    }
    pass->Reconcile(published, report.documents.InMemory());
    for (auto& d : report.documents.InMemory()) {
      // Again, for the findings the reconcile added.
      ApplyPathOverrides(session.config, d);
      d.suppressions.Apply(d.findings);
      d.records.reset();
    }
  }
  for (const auto& r : session.linter->rules()) {
    const RuleInfo& i = r->info();
    report.rules.push_back({i.id, i.category, std::string(SeverityName(i.severity)), i.message,
                            i.description, i.file});
  }
  if (pass) {
    for (auto& d : pass->Descriptors()) report.rules.push_back(std::move(d));
  }
  WarnUnknownDirectiveNames(report);
  PrintInputErrors(report.errors);
  if (options.baseline) report.baseline = options.baseline->ApplyTo(report, options.baseline_path);

  // Streamed to its destination, not rendered in memory first: a report can
  // be as large as the corpus.
  if (options.output.empty()) {
    writer.Write(report, std::cout);
    std::cout << std::flush;
  } else {
    std::string error;
    if (!WriteAtomically(
            options.output, [&](std::ostream& out) { writer.Write(report, out); }, error)) {
      std::cerr << options.command << ": " << error << "\n";
      return 2;
    }
  }

  if (options.fail_on == "never") return 0;
  Severity threshold = *ParseSeverity(options.fail_on);
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
