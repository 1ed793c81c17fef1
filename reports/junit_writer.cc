#include "reports/junit_writer.h"

#include <fmt/format.h>

#include <set>

#include "reports/file_position.h"
#include "reports/xml_text.h"

namespace newslint {
namespace {

std::string SuiteName(const std::string& path, const std::optional<std::string>& record) {
  return record ? path + "#" + *record : path;
}

}  // namespace

void JunitWriter::Write(const RunReport& report, std::ostream& out) const {
  // The rules every article was checked with, then any rule a finding names
  // that the list lacks, so no finding is left without its test case.
  std::vector<std::string> rules;
  std::set<std::string> listed;
  auto list = [&](const std::string& id) {
    if (listed.insert(id).second) rules.push_back(id);
  };
  for (const auto& r : report.rules) list(r.id);
  for (const auto& doc : report.documents) {
    for (const auto& f : doc.findings) list(f.rule);
  }

  size_t findings = 0;
  for (const auto& doc : report.documents) findings += doc.findings.size();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << fmt::format("<testsuites name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n",
                     XmlAttribute(report.tool_name),
                     rules.size() * report.documents.size() + report.errors.size(), findings,
                     report.errors.size());

  for (const auto& e : report.errors) {
    std::string name = XmlAttribute(SuiteName(e.path, e.record));
    out << fmt::format("  <testsuite name=\"{}\" tests=\"1\" failures=\"0\" errors=\"1\">\n", name);
    out << fmt::format("    <testcase classname=\"{}\" name=\"input\">\n", name);
    out << fmt::format("      <error message=\"{}\" type=\"input\">{}</error>\n",
                       XmlAttribute(InputErrorMessage(e)),
                       XmlContent(fmt::format("{}:{} {}", std::max(e.line, 1),
                                              std::max(e.column, 1), InputErrorMessage(e))));
    out << "    </testcase>\n  </testsuite>\n";
  }

  for (const auto& doc : report.documents) {
    std::string name = XmlAttribute(SuiteName(doc.path, doc.record));
    out << fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n",
                       name, rules.size(), doc.findings.size());
    for (const auto& rule : rules) {
      std::string failures;
      for (const auto& f : doc.findings) {
        if (f.rule != rule) continue;
        failures += fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n",
                                XmlAttribute(f.message), XmlAttribute(f.category),
                                XmlContent(fmt::format("{}:{} {}", f.line, f.column, f.message)));
      }
      out << fmt::format("    <testcase classname=\"{}\" name=\"{}\"", name, XmlAttribute(rule));
      if (failures.empty()) {
        out << "/>\n";
      } else {
        out << ">\n" << failures << "    </testcase>\n";
      }
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace newslint
