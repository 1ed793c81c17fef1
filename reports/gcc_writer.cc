#include "reports/gcc_writer.h"

#include <fmt/format.h>

#include "reports/file_position.h"

namespace newslint {

void GccWriter::Write(const RunReport& report, std::ostream& out) const {
  for (const auto& e : report.errors) {
    out << TerminalSafe(fmt::format("{}:{}:{}: error: {} [input]", e.path, std::max(e.line, 1),
                                    std::max(e.column, 1), InputErrorMessage(e)))
        << "\n";
  }
  for (const auto& doc : report.documents) {
    for (const auto& f : doc.findings) {
      FilePosition p = FilePositionOf(f);
      out << TerminalSafe(fmt::format("{}:{}:{}: {}: {} [{}]", f.path, p.line, p.column,
                                      SeverityName(f.severity), p.message, f.rule))
          << "\n";
    }
  }
}

}  // namespace newslint
