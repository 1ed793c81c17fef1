#include "reports/rdjsonl_writer.h"

#include <nlohmann/json.hpp>

#include "reports/file_position.h"
#include "reports/json_text.h"

namespace newslint {
namespace {

using Json = nlohmann::ordered_json;

Json Point(int line, int column) {
  Json p = {{"line", line}};
  if (column > 0) p["column"] = column;
  return p;
}

std::string_view SeverityOf(Severity s) {
  switch (s) {
    case Severity::kError:
      return "ERROR";
    case Severity::kWarning:
      return "WARNING";
    case Severity::kInfo:
      return "INFO";
  }
  return "WARNING";
}

Json Diagnostic(const std::string& message, const std::string& path, Json range,
                std::string_view severity, const std::string& code) {
  Json d;
  d["message"] = message;
  d["location"] = {{"path", path}};
  if (!range.is_null()) d["location"]["range"] = std::move(range);
  d["severity"] = severity;
  d["code"] = {{"value", code}};
  return d;
}

void WriteLine(const Json& d, std::ostream& out) {
  // Readers refuse invalid UTF-8 before it gets here; replace defensively.
  out << EscapeJsonControls(d.dump(-1, ' ', false, Json::error_handler_t::replace)) << "\n";
}

}  // namespace

void RdjsonlWriter::Write(const RunReport& report, std::ostream& out) const {
  const Json source = {{"name", report.tool_name}};
  for (const auto& e : report.errors) {
    // An input error's column counts code points in a file we cannot see:
    // give the line alone.
    Json range = e.line > 0 ? Json{{"start", Point(e.line, 0)}} : Json();
    Json d = Diagnostic(InputErrorMessage(e), e.path, std::move(range), "ERROR", "input");
    d["source"] = source;
    WriteLine(d, out);
  }
  for (const auto& doc : report.documents) {
    for (const auto& f : doc.findings) {
      FilePosition p = FilePositionOf(f);
      Json range;
      bool byte_range = !p.in_record && f.byte_column > 0 && f.byte_end_column > 0;
      if (p.in_record) {
        range = {{"start", Point(p.line, 1)}};
      } else if (byte_range) {
        range = {{"start", Point(f.line, f.byte_column)},
                 {"end", Point(f.end_line, f.byte_end_column)}};
      } else {
        range = {{"start", Point(f.line, 0)}};
      }
      Json d = Diagnostic(p.message, f.path, range, SeverityOf(f.severity), f.rule);
      if (byte_range && f.fix_safe && !f.suggestion.empty()) {
        d["suggestions"] = Json::array({{{"range", range}, {"text", f.suggestion}}});
      }
      d["source"] = source;
      WriteLine(d, out);
    }
  }
}

}  // namespace newslint
