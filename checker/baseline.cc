#include "checker/baseline.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>

#include "checker/run_report.h"
#include "checker/yaml_view.h"

namespace newslint {
namespace {

// Long excerpts (a repeated paragraph) are cut: the file stays readable and
// matching never looks at them.
constexpr size_t kExcerptBytes = 120;

std::string ShortExcerpt(const std::string& s) {
  if (s.size() <= kExcerptBytes) return s;
  size_t cut = kExcerptBytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "\xE2\x80\xA6";  // …
}

auto SortKey(const BaselineEntry& e) { return std::tie(e.path, e.record, e.rule, e.fingerprint); }

// 1-based line and column of a byte offset, for parse errors.
std::pair<int, int> LineColumn(const std::string& text, size_t offset) {
  int line = 1, column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

}  // namespace

Baseline Baseline::FromReport(const RunReport& report) {
  Baseline b;
  for (const auto& d : report.documents) {
    for (const auto& f : d.findings) {
      b.entries_.push_back({f.path, f.record, f.rule, f.fingerprint, ShortExcerpt(f.excerpt)});
    }
  }
  std::sort(b.entries_.begin(), b.entries_.end(),
            [](const BaselineEntry& x, const BaselineEntry& y) { return SortKey(x) < SortKey(y); });
  return b;
}

std::string Baseline::Serialise() const {
  // One entry a line, so that a re-recorded baseline diffs entry by entry.
  std::string out = "{\n  \"format\": \"newslint-baseline\",\n  \"version\": " +
                    std::to_string(kBaselineVersion) + ",\n  \"findings\": [";
  for (size_t i = 0; i < entries_.size(); ++i) {
    const BaselineEntry& e = entries_[i];
    nlohmann::ordered_json j;
    j["path"] = e.path;
    j["record"] = e.record ? nlohmann::ordered_json(*e.record) : nlohmann::ordered_json(nullptr);
    j["rule"] = e.rule;
    j["fingerprint"] = e.fingerprint;
    j["excerpt"] = e.excerpt;
    out += i == 0 ? "\n    " : ",\n    ";
    out += j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  }
  out += entries_.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

Baseline Baseline::Load(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw LoadError(file, 0, 0, "cannot read the baseline");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    auto [line, column] = LineColumn(text, e.byte > 0 ? e.byte - 1 : 0);
    std::string what = e.what();
    if (size_t p = what.find(": "); p != std::string::npos) what = what.substr(p + 2);
    throw LoadError(file, line, column, "not a JSON baseline: " + what);
  } catch (const nlohmann::json::exception& e) {  // a number out of range
    std::string what = e.what();
    if (size_t p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
    throw LoadError(file, 1, 1, "not a JSON baseline: " + what);
  }
  auto fail = [&](const std::string& message) { throw LoadError(file, 1, 1, message); };
  if (!root.is_object() || !root.contains("format") || !root["format"].is_string() ||
      root["format"].get<std::string>() != "newslint-baseline") {
    fail("not a newslint baseline (no \"format\": \"newslint-baseline\")");
  }
  if (!root.contains("version") || !root["version"].is_number_integer()) fail("no \"version\"");
  int version = root["version"].get<int>();
  if (version > kBaselineVersion) {
    fail("baseline version " + std::to_string(version) + " is newer than this newslint reads (" +
         std::to_string(kBaselineVersion) + ")");
  }
  if (!root.contains("findings") || !root["findings"].is_array()) fail("no \"findings\" list");
  Baseline b;
  size_t i = 0;
  for (const auto& j : root["findings"]) {
    std::string at = "findings[" + std::to_string(i++) + "]: ";
    if (!j.is_object()) fail(at + "an entry must be an object");
    for (const char* key : {"path", "rule", "fingerprint"}) {
      if (!j.contains(key) || !j[key].is_string()) fail(at + "'" + key + "' must be a string");
    }
    BaselineEntry e;
    e.path = j["path"].get<std::string>();
    if (j.contains("record") && j["record"].is_string()) e.record = j["record"].get<std::string>();
    e.rule = j["rule"].get<std::string>();
    e.fingerprint = j["fingerprint"].get<std::string>();
    if (j.contains("excerpt") && j["excerpt"].is_string())
      e.excerpt = j["excerpt"].get<std::string>();
    b.entries_.push_back(std::move(e));
  }
  return b;
}

BaselineOutcome Baseline::ApplyTo(RunReport& report, const std::string& file) const {
  BaselineOutcome outcome;
  outcome.file = file;
  std::set<std::string> known;
  for (const auto& e : entries_) known.insert(e.fingerprint);
  std::set<std::string> seen;     // fingerprints of this run
  std::set<std::string> checked;  // files of this run
  for (auto& d : report.documents.InMemory()) {
    checked.insert(d.path);
    std::erase_if(d.findings, [&](const Finding& f) {
      seen.insert(f.fingerprint);
      if (!known.count(f.fingerprint)) return false;
      ++outcome.suppressed;
      return true;
    });
  }
  // An article that could not be read says nothing of its entries.
  for (const auto& e : report.errors) checked.erase(e.path);
  for (const auto& e : entries_) {
    if (checked.count(e.path) && !seen.count(e.fingerprint)) outcome.absent.push_back(e);
  }
  return outcome;
}

}  // namespace newslint
