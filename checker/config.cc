#include "checker/config.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>

#include "checker/yaml_view.h"

namespace newslint {
namespace {

std::map<std::string, Severity> ReadSeverityMap(YamlView& yaml, const std::string& key) {
  std::map<std::string, Severity> out;
  YAML::Node n = yaml.Child(key);
  if (!n) return out;
  if (!n.IsMap()) yaml.Fail(n, "'" + key + "' must map rule ids or categories to severities");
  for (const auto& kv : n) {
    auto sev = ParseSeverity(ScalarString(kv.second, yaml.file(), key));
    if (!sev) yaml.Fail(kv.second, "severity must be error, warning or info");
    out[kv.first.as<std::string>()] = *sev;
  }
  return out;
}

std::string Resolve(const std::string& base_dir, const std::string& p) {
  if (p.empty() || p[0] == '/') return p;
  return base_dir + "/" + p;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

bool RuleEnabled(const std::string& id, const std::string& category,
                 const std::vector<std::string>& enable, const std::vector<std::string>& disable) {
  if (Contains(disable, id)) return false;
  if (Contains(disable, category)) return Contains(enable, id);
  return true;
}

Config LoadConfig(const std::string& path) {
  Config c;
  c.file = path;
  std::string dir = std::filesystem::path(path).parent_path().string();
  if (dir.empty()) dir = ".";
  YAML::Node root = LoadYamlFile(path);
  if (root.IsNull()) return c;
  YamlView yaml(root, path);
  if (yaml.Has("packs")) c.packs = yaml.StringList("packs");
  for (const auto& d : yaml.StringList("rules")) c.rule_dirs.push_back(Resolve(dir, d));
  for (const auto& d : yaml.StringList("knowledge")) c.knowledge.push_back(Resolve(dir, d));
  c.enable = yaml.StringList("enable");
  c.disable = yaml.StringList("disable");
  c.severity = ReadSeverityMap(yaml, "severity");
  c.ignore = yaml.StringList("ignore");
  c.fail_on = yaml.OptionalString("fail_on");
  if (c.fail_on && *c.fail_on != "never" && !ParseSeverity(*c.fail_on)) {
    yaml.Fail(root["fail_on"], "fail_on must be error, warning, info or never");
  }
  c.as_of = yaml.OptionalString("as_of");
  if (YAML::Node l = yaml.Child("limits")) ReadLimits(l, path, c.limits);
  if (YAML::Node o = yaml.Child("overrides")) {
    if (!o.IsSequence()) yaml.Fail(o, "'overrides' must be a list");
    for (const auto& item : o) {
      YamlView ov(item, path);
      PathOverride po;
      po.paths = ov.StringList("paths", true);
      po.disable = ov.StringList("disable");
      po.severity = ReadSeverityMap(ov, "severity");
      ov.RejectUnknownKeys();
      c.overrides.push_back(std::move(po));
    }
  }
  yaml.RejectUnknownKeys();
  return c;
}

std::optional<std::string> FindConfig(const std::string& start) {
  std::error_code ec;
  auto dir = std::filesystem::absolute(start, ec);
  while (!ec) {
    auto candidate = dir / ".newslint.yaml";
    if (std::filesystem::exists(candidate, ec)) return candidate.string();
    if (dir == dir.root_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

}  // namespace newslint
