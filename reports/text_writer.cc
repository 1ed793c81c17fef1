#include "reports/text_writer.h"

#include <fmt/format.h>

#include <map>

namespace newslint {
namespace {

const char* ColourOf(Severity s) {
  switch (s) {
    case Severity::kError: return "\x1b[31m";
    case Severity::kWarning: return "\x1b[33m";
    case Severity::kInfo: return "\x1b[36m";
  }
  return "";
}

std::string Where(const std::string& path, const std::optional<std::string>& record) {
  return record ? fmt::format("{}#{}", path, *record) : path;
}

// A short note: how much the baseline held back, and which of its entries
// no longer occur (so that it can be re-recorded).
void WriteBaselineNote(const BaselineOutcome& b, std::ostream& out) {
  constexpr size_t kListed = 10;
  out << fmt::format("baseline {}: {} finding{} suppressed", TerminalSafe(b.file), b.suppressed,
                     b.suppressed == 1 ? "" : "s");
  if (b.absent.empty()) {
    out << "\n";
    return;
  }
  out << fmt::format("; {} entr{} no longer occur{}:\n", b.absent.size(),
                     b.absent.size() == 1 ? "y" : "ies", b.absent.size() == 1 ? "s" : "");
  for (size_t i = 0; i < b.absent.size() && i < kListed; ++i) {
    const BaselineEntry& e = b.absent[i];
    out << "  " << TerminalSafe(Where(e.path, e.record)) << ": \u201c" << TerminalSafe(e.excerpt)
        << "\u201d  [" << e.rule << "]\n";
  }
  if (b.absent.size() > kListed) {
    out << fmt::format("  and {} more (see --format json)\n", b.absent.size() - kListed);
  }
}

}  // namespace

void TextWriter::Write(const RunReport& report, std::ostream& out) const {
  auto paint = [&](const char* code, const std::string& s) {
    return color_ ? std::string(code) + s + "\x1b[0m" : s;
  };
  size_t counts[3] = {0, 0, 0};
  size_t total = 0;
  for (const auto& e : report.errors) {
    std::string pos = e.line > 0 ? fmt::format(":{}:{}", e.line, e.column) : "";
    out << paint("\x1b[31m", "input error") << ": "
        << TerminalSafe(Where(e.path, e.record) + pos) << ": " << TerminalSafe(e.message) << "\n";
  }
  if (!report.errors.empty()) out << "\n";
  for (const auto& doc : report.documents) {
    if (doc.findings.empty()) continue;
    out << paint("\x1b[1m", TerminalSafe(Where(doc.path, doc.record))) << "\n";
    for (const auto& f : doc.findings) {
      ++counts[static_cast<int>(f.severity)];
      ++total;
      std::string sev(SeverityName(f.severity));
      out << fmt::format("  {:>4}:{:<3} ", f.line, f.column)
          << paint(ColourOf(f.severity), fmt::format("{:<7}", sev)) << " "
          << TerminalSafe(f.message);
      if (!f.suggestion.empty()) out << " (suggestion: " << TerminalSafe(f.suggestion) << ")";
      out << "  " << paint("\x1b[2m", "[" + f.rule + "]") << "\n";
    }
    out << "\n";
  }
  out << fmt::format("{} {} ({} error{}, {} warning{}, {} info) in {} document{}", total,
                     total == 1 ? "finding" : "findings", counts[2], counts[2] == 1 ? "" : "s",
                     counts[1], counts[1] == 1 ? "" : "s", counts[0], report.documents.size(),
                     report.documents.size() == 1 ? "" : "s");
  if (!report.errors.empty()) {
    out << fmt::format(", {} input error{}", report.errors.size(),
                       report.errors.size() == 1 ? "" : "s");
  }
  out << "\n";
  if (report.baseline) WriteBaselineNote(*report.baseline, out);
}

}  // namespace newslint
