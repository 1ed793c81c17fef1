#include "reports/json_writer.h"

#include "checker/categories.h"
#include "reports/json_text.h"

namespace newslint {

namespace {
nlohmann::ordered_json Nullable(const std::optional<std::string>& s) {
  return s ? nlohmann::ordered_json(*s) : nlohmann::ordered_json(nullptr);
}
}  // namespace

nlohmann::ordered_json FindingJson(const Finding& f) {
  nlohmann::ordered_json j;
  j["path"] = f.path;
  j["record"] = Nullable(f.record);
  j["line"] = f.line;
  j["column"] = f.column;
  j["end_line"] = f.end_line;
  j["end_column"] = f.end_column;
  j["rule"] = f.rule;
  j["category"] = f.category;
  j["severity"] = SeverityName(f.severity);
  j["message"] = f.message;
  j["excerpt"] = f.excerpt;
  j["suggestion"] = f.suggestion.empty() ? nlohmann::ordered_json(nullptr)
                                         : nlohmann::ordered_json(f.suggestion);
  j["evidence"] = f.evidence;
  auto related = nlohmann::ordered_json::array();
  for (const auto& r : f.related) {
    nlohmann::ordered_json rj;
    rj["path"] = r.path;
    rj["record"] = Nullable(r.record);
    rj["line"] = r.line;
    rj["column"] = r.column;
    rj["message"] = r.message;
    related.push_back(std::move(rj));
  }
  j["related"] = std::move(related);
  j["fingerprint"] = f.fingerprint;
  j["fix_safe"] = f.fix_safe;
  return j;
}

void JsonWriter::Write(const RunReport& report, std::ostream& out) const {
  nlohmann::ordered_json root;
  root["tool"] = {{"name", report.tool_name}, {"version", report.tool_version}};
  auto documents = nlohmann::ordered_json::array();
  auto findings = nlohmann::ordered_json::array();
  nlohmann::ordered_json by_severity = {{"error", 0}, {"warning", 0}, {"info", 0}};
  nlohmann::ordered_json by_category = nlohmann::ordered_json::object();
  size_t total = 0;
  for (const auto& doc : report.documents) {
    nlohmann::ordered_json d;
    d["path"] = doc.path;
    d["record"] = Nullable(doc.record);
    d["reference_date"] = doc.reference_date.empty() ? nlohmann::ordered_json(nullptr)
                                                     : nlohmann::ordered_json(doc.reference_date);
    d["reference_date_source"] = doc.reference_date_source;
    if (!doc.frame_first.empty() || !doc.frame_last.empty()) {
      d["time_frame"] = {{"from", doc.frame_first.empty() ? nlohmann::ordered_json(nullptr)
                                                           : nlohmann::ordered_json(doc.frame_first)},
                         {"to", doc.frame_last.empty() ? nlohmann::ordered_json(nullptr)
                                                       : nlohmann::ordered_json(doc.frame_last)}};
    }
    d["findings"] = doc.findings.size();
    documents.push_back(std::move(d));
    for (const auto& f : doc.findings) {
      findings.push_back(FindingJson(f));
      by_severity[std::string(SeverityName(f.severity))] =
          by_severity[std::string(SeverityName(f.severity))].get<int>() + 1;
      by_category[f.category] = by_category.value(f.category, 0) + 1;
      ++total;
    }
  }
  auto errors = nlohmann::ordered_json::array();
  for (const auto& e : report.errors) {
    nlohmann::ordered_json ej;
    ej["path"] = e.path;
    ej["record"] = Nullable(e.record);
    ej["line"] = e.line > 0 ? nlohmann::ordered_json(e.line) : nlohmann::ordered_json(nullptr);
    ej["column"] = e.column > 0 ? nlohmann::ordered_json(e.column) : nlohmann::ordered_json(nullptr);
    ej["byte_offset"] = e.byte_offset ? nlohmann::ordered_json(*e.byte_offset)
                                      : nlohmann::ordered_json(nullptr);
    ej["category"] = "input";
    ej["message"] = e.message;
    errors.push_back(std::move(ej));
  }
  root["documents"] = std::move(documents);
  root["findings"] = std::move(findings);
  root["errors"] = std::move(errors);
  root["summary"] = {{"documents", report.documents.size()},
                     {"findings", total},
                     {"by_severity", by_severity},
                     {"by_category", by_category},
                     {"errors", report.errors.size()}};
  if (report.baseline) {
    auto absent = nlohmann::ordered_json::array();
    for (const auto& e : report.baseline->absent) {
      absent.push_back({{"path", e.path},
                        {"record", Nullable(e.record)},
                        {"rule", e.rule},
                        {"fingerprint", e.fingerprint},
                        {"excerpt", e.excerpt}});
    }
    root["baseline"] = {{"file", report.baseline->file},
                        {"suppressed", report.baseline->suppressed},
                        {"absent", std::move(absent)}};
  }
  // Invalid UTF-8 cannot reach here (readers refuse it); replace defensively.
  out << EscapeJsonControls(root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
      << "\n";
}

}  // namespace newslint
