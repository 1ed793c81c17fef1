#include "reports/json_writer.h"

#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "checker/categories.h"
#include "reports/json_pretty.h"
#include "reports/json_text.h"

namespace newslint {

namespace {
nlohmann::ordered_json Nullable(const std::optional<std::string>& s) {
  return s ? nlohmann::ordered_json(*s) : nlohmann::ordered_json(nullptr);
}

// The members a finding and each of its related locations open with.
template <class Located>
void WriteWhere(PrettyJson& j, const Located& at) {
  j.Key("path").String(at.path);
  j.Key("record").StringOrNull(at.record);
  j.Key("line").Int(at.line);
  j.Key("column").Int(at.column);
}

void WriteFinding(PrettyJson& j, const Finding& f) {
  j.BeginObject();
  WriteWhere(j, f);
  j.Key("end_line").Int(f.end_line);
  j.Key("end_column").Int(f.end_column);
  j.Key("rule").String(f.rule);
  j.Key("category").String(f.category);
  j.Key("severity").String(SeverityName(f.severity));
  j.Key("message").String(f.message);
  j.Key("excerpt").String(f.excerpt);
  j.Key("suggestion");
  if (f.suggestion.empty()) {
    j.Null();
  } else {
    j.String(f.suggestion);
  }
  j.Key("evidence").String(f.evidence);
  j.Key("related");
  j.BeginArray();
  for (const auto& r : f.related) {
    j.BeginObject();
    WriteWhere(j, r);
    j.Key("message").String(r.message);
    j.EndObject();
  }
  j.EndArray();
  j.Key("fingerprint").String(f.fingerprint);
  j.Key("fix_safe").Bool(f.fix_safe);
  j.EndObject();
}

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

// An array member of the root whose elements come from `each(emit)`: json
// values, or callables that write their element in place at level 2.
template <class Each>
void WriteArray(std::ostream& out, Each each) {
  bool empty = true;
  each([&](const auto& element) {
    out << (empty ? "[\n    " : ",\n    ");
    if constexpr (std::is_invocable_v<decltype(element)>) {
      element();
    } else {
      WriteValue(out, element, 2);
    }
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
  // Counted as the findings stream past; categories in order of first sight,
  // as the report has always listed them.
  size_t severities[3] = {0, 0, 0};  // by Severity: info, warning, error
  std::vector<std::pair<std::string, size_t>> categories;
  std::unordered_map<std::string, size_t> category_slot;
  size_t total = 0;
  WriteKey(out, "findings", false);
  PrettyJson element(out, 2);  // one for all findings: its buffer is reused
  WriteArray(out, [&](auto emit) {
    for (const auto& doc : report.documents) {
      for (const auto& f : doc.findings) {
        emit([&] { WriteFinding(element, f); });
        ++severities[static_cast<size_t>(f.severity)];
        auto [slot, added] = category_slot.emplace(f.category, categories.size());
        if (added) categories.emplace_back(f.category, 0);
        ++categories[slot->second].second;
        ++total;
      }
    }
  });
  Json by_severity = {{"error", severities[2]}, {"warning", severities[1]}, {"info", severities[0]}};
  Json by_category = Json::object();
  for (const auto& [category, count] : categories) by_category[category] = count;
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
