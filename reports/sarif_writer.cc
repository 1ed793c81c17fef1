#include "reports/sarif_writer.h"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "reports/file_position.h"
#include "reports/json_text.h"

namespace newslint {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

// A path as a URI reference: every byte outside the unreserved set and '/'
// percent-encoded, so spaces, '#', '%' and non-ASCII names stay one path, and
// a ':' in the first segment is not read as a scheme.
std::string PathUri(const std::string& path) {
  std::string out = path.starts_with('/') ? "file://" : "";
  for (unsigned char c : path) {
    bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    out += plain ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return out;
}

std::string LevelOf(std::string_view severity) {
  if (severity == "error") return "error";
  if (severity == "info") return "note";
  return "warning";
}

std::string Trimmed(const std::string& s) {  // YAML block scalars end in a newline
  size_t end = s.find_last_not_of(" \n\t");
  return end == std::string::npos ? "" : s.substr(0, end + 1);
}

Json ArtifactLocation(const std::string& path) { return {{"uri", PathUri(path)}}; }

Json Region(int line, int column, int end_line, int end_column) {
  Json r = {{"startLine", line}};
  if (column > 0) r["startColumn"] = column;
  if (end_line >= line && end_column > 0) {
    r["endLine"] = end_line;
    r["endColumn"] = end_column;
  }
  return r;
}

Json RecordLocation(const std::string& path, const std::string& record) {
  return Json::array(
      {{{"name", record}, {"fullyQualifiedName", path + "#" + record}, {"kind", "object"}}});
}

Json ReportingDescriptor(const RuleDescriptor& r) {
  std::string description = Trimmed(r.description.empty() ? r.message : r.description);
  Json d;
  d["id"] = r.id;
  d["name"] = r.id;
  d["shortDescription"] = {{"text", r.message}};
  d["fullDescription"] = {{"text", description}};
  d["defaultConfiguration"] = {{"level", LevelOf(r.severity)}};
  std::string help = description + "\n\nCategory: " + r.category + ".";
  if (!r.file.empty()) help += " Defined in " + r.file + ".";
  d["help"] = {{"text", help}};
  d["properties"] = {{"tags", Json::array({r.category})}};
  return d;
}

Json Location(const Finding& f) {
  Json physical = {{"artifactLocation", ArtifactLocation(f.path)}};
  Json location;
  if (f.record) {
    physical["region"] = Region(static_cast<int>(f.record_line), 0, 0, 0);
    location["physicalLocation"] = std::move(physical);
    location["logicalLocations"] = RecordLocation(f.path, *f.record);
    return location;
  }
  Json region = Region(f.line, f.column, f.end_line, f.end_column);
  if (!f.excerpt.empty()) region["snippet"] = {{"text", f.excerpt}};
  physical["region"] = std::move(region);
  location["physicalLocation"] = std::move(physical);
  return location;
}

// A related place in the same JSONL record shares the finding's file line;
// one in another record is named by its logical location alone, since the
// report does not carry that record's line.
Json SarifRelatedLocation(const Finding& f, const RelatedLocation& r) {
  Json physical = {{"artifactLocation", ArtifactLocation(r.path)}};
  Json location;
  if (!r.record) {
    physical["region"] = Region(r.line, r.column, r.end_line, r.end_column);
  } else if (r.path == f.path && r.record == f.record) {
    physical["region"] = Region(static_cast<int>(f.record_line), 0, 0, 0);
  }
  location["physicalLocation"] = std::move(physical);
  if (r.record) location["logicalLocations"] = RecordLocation(r.path, *r.record);
  if (!r.message.empty()) location["message"] = {{"text", r.message}};
  if (r.record) {
    location["properties"] = {{"recordRegion", Region(r.line, r.column, r.end_line, r.end_column)}};
  }
  return location;
}

Json Result(const Finding& f, const std::map<std::string, size_t>& rule_index) {
  Json result;
  result["ruleId"] = f.rule;
  if (auto it = rule_index.find(f.rule); it != rule_index.end()) result["ruleIndex"] = it->second;
  result["level"] = LevelOf(SeverityName(f.severity));
  result["message"] = {{"text", FilePositionOf(f).message}};
  result["locations"] = Json::array({Location(f)});
  if (!f.related.empty()) {
    Json related = Json::array();
    for (const auto& r : f.related) related.push_back(SarifRelatedLocation(f, r));
    result["relatedLocations"] = std::move(related);
  }
  if (!f.fingerprint.empty()) result["partialFingerprints"] = {{"newslint/v1", f.fingerprint}};
  Json props;
  props["category"] = f.category;
  if (!f.suggestion.empty()) props["suggestion"] = f.suggestion;
  if (!f.evidence.empty()) props["evidence"] = f.evidence;
  if (f.record) {
    props["record"] = *f.record;
    props["recordRegion"] = Region(f.line, f.column, f.end_line, f.end_column);
    props["excerpt"] = f.excerpt;
  }
  result["properties"] = std::move(props);
  return result;
}

Json Notification(const InputError& e) {
  Json physical = {{"artifactLocation", ArtifactLocation(e.path)}};
  if (e.line > 0) physical["region"] = Region(e.line, e.column, 0, 0);
  Json location = {{"physicalLocation", std::move(physical)}};
  if (e.record) location["logicalLocations"] = RecordLocation(e.path, *e.record);
  Json n;
  n["level"] = "error";
  n["message"] = {{"text", InputErrorMessage(e)}};
  n["locations"] = Json::array({std::move(location)});
  n["descriptor"] = {{"id", "input"}};
  if (e.byte_offset) n["properties"] = {{"byteOffset", *e.byte_offset}};
  return n;
}

}  // namespace

void SarifWriter::Write(const RunReport& report, std::ostream& out) const {
  Json driver;
  driver["name"] = report.tool_name;
  if (!report.tool_version.empty()) driver["version"] = report.tool_version;
  Json rules = Json::array();
  std::map<std::string, size_t> rule_index;
  for (const auto& r : report.rules) {
    if (!rule_index.emplace(r.id, rules.size()).second) continue;
    rules.push_back(ReportingDescriptor(r));
  }
  driver["rules"] = std::move(rules);

  Json invocation = {{"executionSuccessful", true}};
  if (!report.errors.empty()) {
    Json notifications = Json::array();
    for (const auto& e : report.errors) notifications.push_back(Notification(e));
    invocation["toolExecutionNotifications"] = std::move(notifications);
  }

  Json results = Json::array();
  for (const auto& doc : report.documents) {
    for (const auto& f : doc.findings) results.push_back(Result(f, rule_index));
  }

  Json run;
  run["tool"] = {{"driver", std::move(driver)}};
  run["invocations"] = Json::array({std::move(invocation)});
  run["results"] = std::move(results);
  run["columnKind"] = "unicodeCodePoints";

  Json root;
  root["$schema"] = kSchema;
  root["version"] = "2.1.0";
  root["runs"] = Json::array({std::move(run)});
  // Readers refuse invalid UTF-8 before it gets here; replace defensively.
  out << EscapeJsonControls(root.dump(2, ' ', false, Json::error_handler_t::replace)) << "\n";
}

}  // namespace newslint
