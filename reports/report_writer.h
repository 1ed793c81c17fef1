// One interface for every output format. Writers lay out a RunReport; they
// never analyse text. Adding a format touches reports/ only.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "checker/run_report.h"

namespace newslint {

struct WriterOptions {
  bool color = false;  // ANSI colours (text format, on a terminal only)
};

class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  virtual void Write(const RunReport& report, std::ostream& out) const = 0;
  // True for writers that lay out the articles themselves: the run then keeps
  // each DocumentReport::article for them.
  virtual bool ShowsArticles() const { return false; }
};

// nullptr for an unknown format name.
std::unique_ptr<ReportWriter> MakeWriter(std::string_view format, const WriterOptions& options);
std::vector<std::string_view> WriterFormats();

// Article text and messages made safe for a terminal: control characters
// (escape sequences included) shown as \xNN, tabs and newlines as spaces.
std::string TerminalSafe(std::string_view text);

}  // namespace newslint
