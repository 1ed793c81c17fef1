#include "reports/github_writer.h"

#include <fmt/format.h>

#include "reports/file_position.h"

namespace newslint {
namespace {

// The toolkit's escapeData; then TerminalSafe, since the log viewer would
// otherwise obey escape sequences hidden in an article (the escaped text
// holds no line break or tab for TerminalSafe to flatten).
std::string EscapeData(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else {
      out += c;
    }
  }
  return TerminalSafe(out);
}

// The toolkit's escapeProperty: ':' and ',' would end a property value.
std::string EscapeProperty(std::string_view s) {
  std::string out;
  for (char c : EscapeData(s)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

std::string_view CommandOf(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "notice";
  }
  return "warning";
}

}  // namespace

void GithubWriter::Write(const RunReport& report, std::ostream& out) const {
  for (const auto& e : report.errors) {
    std::string where = "file=" + EscapeProperty(e.path);
    if (e.line > 0) where += fmt::format(",line={},col={}", e.line, std::max(e.column, 1));
    out << fmt::format("::error {},title=input::{}\n", where, EscapeData(InputErrorMessage(e)));
  }
  for (const auto& doc : report.documents) {
    for (const auto& f : doc.findings) {
      FilePosition p = FilePositionOf(f);
      std::string where =
          fmt::format("file={},line={},col={}", EscapeProperty(f.path), p.line, p.column);
      if (!p.in_record && f.end_line > 0) {
        where += fmt::format(",endLine={},endColumn={}", f.end_line, f.end_column);
      }
      out << fmt::format("::{} {},title={}::{}\n", CommandOf(f.severity), where,
                         EscapeProperty(f.rule), EscapeData(p.message));
    }
  }
}

}  // namespace newslint
