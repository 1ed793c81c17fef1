// `--format sarif`: SARIF 2.1.0, the format GitHub code scanning and other
// static-analysis dashboards import. One run: the driver lists every rule of
// the run (RunReport::rules) as a reportingDescriptor; each finding is a
// result with its region, related locations, fingerprint and our own fields
// in `properties`; input errors are toolExecutionNotifications of the one
// invocation (the run itself succeeded: the other articles were checked).
//
// Columns count code points (run.columnKind "unicodeCodePoints"). Artifact
// URIs are the paths as given, percent-encoded (absolute ones as file://
// URIs). A JSONL finding's region is its record's line in the file, since
// its own positions count inside the record's text: those go to
// properties.recordRegion, and the record itself to a logicalLocation.
#pragma once

#include "reports/report_writer.h"

namespace newslint {

class SarifWriter : public ReportWriter {
 public:
  void Write(const RunReport& report, std::ostream& out) const override;
};

}  // namespace newslint
