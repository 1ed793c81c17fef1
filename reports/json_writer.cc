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

namespace {

using Json = nlohmann::ordered_json;

// One value as nlohmann's dump(2) prints it `level` levels into the report:
// the report is written piece by piece, never built whole, so writing it
// takes no memory beyond one finding (strings hold no raw newline, so
// re-indenting after each one is exact).
void WriteValue(std::ostream& out, const Json& value, int level) {
  // Invalid UTF-8 cannot reach here (readers refuse it); replace defensively.
  std::string text = EscapeJsonControls(value.dump(2, ' ', false, Json::error_handler_t::replace));
  std::string indent(static_cast<size_t>(level) * 2, ' ');
  size_t from = 0;
  for (size_t nl; (nl = text.find('\n', from)) != std::string::npos; from = nl + 1) {
    out.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
    out << indent;
  }
  out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

// `"key": ` at level 1 of the root object, with the comma that ends the member before.
void WriteKey(std::ostream& out, std::string_view key, bool first) {
  out << (first ? "\n  " : ",\n  ") << Json(key).dump() << ": ";
}

// An array member of the root whose elements come from `each(emit)`.
template <class Each>
void WriteArray(std::ostream& out, Each each) {
  bool empty = true;
  each([&](const Json& element) {
    out << (empty ? "[\n    " : ",\n    ");
    WriteValue(out, element, 2);
    empty = false;
  });
  out << (empty ? "[]" : "\n  ]");
}

Json DocumentJson(const DocumentReport& doc) {
  Json d;
  d["path"] = doc.path;
  d["record"] = Nullable(doc.record);
  d["reference_date"] =
      doc.reference_date.empty() ? Json(nullptr) : Json(doc.reference_date);
  d["reference_date_source"] = doc.reference_date_source;
  if (!doc.frame_first.empty() || !doc.frame_last.empty()) {
    d["time_frame"] = {{"from", doc.frame_first.empty() ? Json(nullptr) : Json(doc.frame_first)},
                       {"to", doc.frame_last.empty() ? Json(nullptr) : Json(doc.frame_last)}};
  }
  d["findings"] = doc.findings.size();
  return d;
}

Json ErrorJson(const InputError& e) {
  Json ej;
  ej["path"] = e.path;
  ej["record"] = Nullable(e.record);
  ej["line"] = e.line > 0 ? Json(e.line) : Json(nullptr);
  ej["column"] = e.column > 0 ? Json(e.column) : Json(nullptr);
  ej["byte_offset"] = e.byte_offset ? Json(*e.byte_offset) : Json(nullptr);
  ej["category"] = "input";
  ej["message"] = e.message;
  return ej;
}

}  // namespace

void JsonWriter::Write(const RunReport& report, std::ostream& out) const {
  out << "{";
  WriteKey(out, "tool", true);
  WriteValue(out, Json{{"name", report.tool_name}, {"version", report.tool_version}}, 1);
  WriteKey(out, "documents", false);
  WriteArray(out, [&](auto emit) {
    for (const auto& doc : report.documents) emit(DocumentJson(doc));
  });
  Json by_severity = {{"error", 0}, {"warning", 0}, {"info", 0}};
  Json by_category = Json::object();
  size_t total = 0;
  WriteKey(out, "findings", false);
  WriteArray(out, [&](auto emit) {
    for (const auto& doc : report.documents) {
      for (const auto& f : doc.findings) {
        emit(FindingJson(f));
        std::string severity(SeverityName(f.severity));
        by_severity[severity] = by_severity[severity].get<int>() + 1;
        by_category[f.category] = by_category.value(f.category, 0) + 1;
        ++total;
      }
    }
  });
  WriteKey(out, "errors", false);
  WriteArray(out, [&](auto emit) {
    for (const auto& e : report.errors) emit(ErrorJson(e));
  });
  WriteKey(out, "summary", false);
  WriteValue(out,
             Json{{"documents", report.documents.size()},
                  {"findings", total},
                  {"by_severity", by_severity},
                  {"by_category", by_category},
                  {"errors", report.errors.size()}},
             1);
  if (report.baseline) {
    auto absent = Json::array();
    for (const auto& e : report.baseline->absent) {
      absent.push_back({{"path", e.path},
                        {"record", Nullable(e.record)},
                        {"rule", e.rule},
                        {"fingerprint", e.fingerprint},
                        {"excerpt", e.excerpt}});
    }
    WriteKey(out, "baseline", false);
    WriteValue(out,
               Json{{"file", report.baseline->file},
                    {"suppressed", report.baseline->suppressed},
                    {"absent", std::move(absent)}},
               1);
  }
  out << "\n}\n";
}

}  // namespace newslint
