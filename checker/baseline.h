// A baseline: the findings a corpus had when it was recorded, so that a gate
// fails only on what is new. Findings are matched by fingerprint (rule,
// article, flagged text and its occurrence number, see Linter::Finish): a
// finding survives edits elsewhere in its article, not edits of its text.
//
// The file (`newslint baseline create`) is JSON, one entry a line, sorted:
//   {"format": "newslint-baseline", "version": 1, "findings": [
//     {"path": "a.md", "record": null, "rule": "...", "fingerprint": "...", "excerpt": "..."},
//     ...]}
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace newslint {

struct RunReport;

inline constexpr int kBaselineVersion = 1;

struct BaselineEntry {
  std::string path;
  std::optional<std::string> record;
  std::string rule;
  std::string fingerprint;
  std::string excerpt;  // for the reader of the file; matching ignores it
};

// What applying a baseline did to a run, for the report writers.
struct BaselineOutcome {
  std::string file;
  size_t suppressed = 0;  // findings of the run found in the baseline
  // Entries of articles checked in this run that no longer occur (fixed, or
  // their text edited); entries of articles not in the run are left out.
  std::vector<BaselineEntry> absent;
};

class Baseline {
 public:
  // The findings of a run, sorted by path, record, rule, fingerprint.
  static Baseline FromReport(const RunReport& report);
  // Throws LoadError "FILE:LINE:COL: what is wrong".
  static Baseline Load(const std::string& file);

  const std::vector<BaselineEntry>& entries() const { return entries_; }
  // The file's text: stable, sorted, one entry a line.
  std::string Serialise() const;

  // Removes the run's findings that the baseline holds; the outcome lists
  // what was suppressed and what no longer occurs.
  BaselineOutcome ApplyTo(RunReport& report, const std::string& file) const;

 private:
  std::vector<BaselineEntry> entries_;
};

}  // namespace newslint
