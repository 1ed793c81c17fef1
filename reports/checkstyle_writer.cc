#include "reports/checkstyle_writer.h"

#include <fmt/format.h>

#include <map>

#include "reports/file_position.h"
#include "reports/xml_text.h"

namespace newslint {
namespace {

std::string ErrorElement(int line, int column, std::string_view severity,
                         const std::string& message, const std::string& source) {
  return fmt::format(
      "    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"{}\" source=\"{}\"/>\n", line,
      column, severity, XmlAttribute(message), XmlAttribute(source));
}

}  // namespace

void CheckstyleWriter::Write(const RunReport& report, std::ostream& out) const {
  // A JSONL file's records are separate documents but one <file>: gather the
  // elements per path, keeping the order in which paths first appear.
  std::vector<std::string> paths;
  std::map<std::string, std::string> elements;
  auto add = [&](const std::string& path, std::string element) {
    auto [it, fresh] = elements.emplace(path, "");
    if (fresh) paths.push_back(path);
    it->second += element;
  };
  for (const auto& e : report.errors) {
    add(e.path, ErrorElement(std::max(e.line, 1), std::max(e.column, 1), "error",
                             InputErrorMessage(e), "input"));
  }
  for (const auto& doc : report.documents) {
    add(doc.path, "");
    for (const auto& f : doc.findings) {
      FilePosition p = FilePositionOf(f);
      add(f.path, ErrorElement(p.line, p.column, SeverityName(f.severity), p.message, f.rule));
    }
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
  for (const auto& path : paths) {
    const std::string& inner = elements[path];
    out << fmt::format("  <file name=\"{}\"", XmlAttribute(path));
    if (inner.empty()) {
      out << "/>\n";
    } else {
      out << ">\n" << inner << "  </file>\n";
    }
  }
  out << "</checkstyle>\n";
}

}  // namespace newslint
