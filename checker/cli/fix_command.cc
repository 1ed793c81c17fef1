// `newslint fix`: applies the fixes rules mark safe (page furniture lines,
// tortured phrases, a space before punctuation) and nothing that needs
// judgement. Says what it would fix by default; --diff shows the change as a
// unified diff; --in-place rewrites the files. The fixing itself lives in
// checker/fix/; this file reads options, files and prints.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <sstream>

#include "checker/cli/arguments.h"
#include "checker/cli/atomic_file.h"
#include "checker/cli/commands.h"
#include "checker/cli/path_overrides.h"
#include "checker/cli/session.h"
#include "checker/corpus_runner.h"
#include "checker/corpus_walker.h"
#include "checker/fix/file_fixer.h"
#include "checker/fix/unified_diff.h"
#include "reports/report_writer.h"

namespace newslint {
namespace {

constexpr const char* kFixHelp = R"(usage: newslint fix [options] PATH...

Applies the fixes that need no judgement: drops page-furniture lines
(boilerplate), swaps tortured phrases back, removes a space before
punctuation. Dates, titles and claims are never touched. Overlapping fixes
are applied over several passes, so one run reaches a fixed point: a second
run changes nothing. JSONL files are skipped (fix the source of the records).

Without --diff or --in-place, says what it would fix and changes nothing.

options:
  --diff            print the change as a unified diff on stdout (patch -p0)
  --in-place        rewrite the files (atomically; untouched bytes, line ends
                    and front matter stay as they were)
  --rules DIR, --knowledge DIR, --config FILE, --no-config, --as-of DATE
                    as for newslint check
  --fail-on S       error (default), warning, info or never: the lowest
                    severity of a finding left after the fixes that makes
                    the exit status 1

exit status: 0 nothing at or above --fail-on remains after the fixes; 1 some
finding does (or a file could not be read); 2 bad option, no input, or a file
could not be written.
)";

std::string Quoted(const std::string& s) { return "\u201C" + TerminalSafe(s) + "\u201D"; }

std::string Describe(const AppliedFix& fix) {
  const Finding& f = fix.finding;
  std::string what = fix.drops_line ? "drop the line " + Quoted(f.excerpt)
                     : fix.replacement.empty()
                         ? "delete " + Quoted(f.excerpt)
                         : Quoted(f.excerpt) + " \u2192 " + Quoted(fix.replacement);
  std::string where = fmt::format("{}:{}:{}", TerminalSafe(f.path), f.line, f.column);
  if (fix.pass > 1) where += fmt::format(" (pass {})", fix.pass);
  return where + ": " + what + "  [" + f.rule + "]";
}

// The file to rewrite for a path: a symlink's target, so that the link stays
// a link (the rename would otherwise replace it with a copy).
std::string WriteTarget(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_symlink(path, ec)) return path;
  std::filesystem::path target = std::filesystem::canonical(path, ec);
  return ec ? path : target.string();
}

}  // namespace

int RunFixCommand(const std::vector<std::string>& argv) {
  SessionOptions so;
  bool diff = false, in_place = false;
  std::string fail_on;
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
        std::cout << kFixHelp;
        return 0;
      } else if (*opt == "--diff") {
        diff = true;
      } else if (*opt == "--in-place" || *opt == "-i") {
        in_place = true;
      } else if (*opt == "--fail-on") {
        fail_on = args.FailOnValue(*opt);
      } else if (!ParseSessionOption(*opt, args, so)) {
        throw UsageError("unknown option " + *opt + " (see newslint fix --help)");
      }
    }
    if (paths.empty()) throw UsageError("no input: name the files or folders to fix");
    for (const auto& p : paths) {
      if (p == "-") throw UsageError("standard input cannot be fixed; name the file");
    }
  } catch (const UsageError& e) {
    std::cerr << "newslint fix: " << e.what() << "\n";
    return 2;
  }
  std::optional<Session> session = OpenSession(so, std::cerr);
  if (!session) return 2;
  if (fail_on.empty()) fail_on = session->config.fail_on.value_or("error");

  WalkOptions wk;
  wk.ignore_globs = session->config.ignore;
  WalkResult walk = WalkCorpus(paths, wk);
  if (walk.files.empty() && walk.errors.empty()) {
    std::cerr << "newslint fix: no input: no article files found in the given paths\n";
    return 2;
  }
  // With --diff, stdout carries the diff alone so it can be piped to patch.
  std::ostream& say = diff ? std::cerr : std::cout;
  const Config& config = session->config;
  FixOptions fo;
  fo.after_check = [&config](DocumentReport& doc) { ApplyPathOverrides(config, doc); };

  RunReport remaining;  // what the fixed files still hold, for the text writer
  remaining.tool_version = kVersion;
  remaining.errors = walk.errors;
  size_t fixes = 0, files_changed = 0;
  bool write_failed = false;
  for (const auto& file : walk.files) {
    std::string bytes, error;
    if (!ReadFileBytes(file, bytes, error)) {
      remaining.errors.push_back({file, std::nullopt, 0, 0, std::nullopt, "cannot read: " + error});
      continue;
    }
    FileFix fix = FixFileBytes(file, std::move(bytes), *session->linter, fo);
    for (auto& e : fix.errors) remaining.errors.push_back(std::move(e));
    if (!fix.skipped.empty()) {
      if (fix.errors.empty()) say << TerminalSafe(file) << ": skipped: " << fix.skipped << "\n";
      continue;
    }
    for (const auto& a : fix.applied)
      say << (in_place ? "fixed " : "would fix ") << Describe(a) << "\n";
    if (fix.pending > 0) {
      say << TerminalSafe(file) << ": " << fix.pending << " safe fix(es) still apply after "
          << kMaxFixPasses << " passes: rules that undo each other? run newslint check\n";
    }
    fixes += fix.applied.size();
    if (fix.changed()) {
      ++files_changed;
      if (diff) std::cout << UnifiedDiff(fix.original, fix.fixed, file);
      if (in_place && !WriteAtomically(WriteTarget(file), fix.fixed, error)) {
        std::cerr << "newslint fix: " << error << "\n";
        write_failed = true;
      }
    }
    DocumentReport doc;
    doc.path = file;
    doc.findings = std::move(fix.remaining);
    remaining.documents.push_back(std::move(doc));
  }
  std::cout.flush();
  say << fmt::format("{} {} {} in {} file{}", in_place ? "applied" : "would apply", fixes,
                     fixes == 1 ? "fix" : "fixes", files_changed, files_changed == 1 ? "" : "s")
      << "; left after the fixes (need judgement; cross-article findings: newslint check):\n";
  MakeWriter("text", WriterOptions{})->Write(remaining, say);
  if (write_failed) return 2;
  if (!remaining.errors.empty()) return 1;
  if (fail_on == "never") return 0;
  Severity threshold = *ParseSeverity(fail_on);
  for (const auto& d : remaining.documents) {
    for (const auto& f : d.findings) {
      if (f.severity >= threshold) return 1;
    }
  }
  return 0;
}

}  // namespace newslint
