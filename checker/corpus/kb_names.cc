#include "checker/corpus/kb_names.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "checker/yaml_view.h"

namespace newslint::corpus {
namespace {

std::vector<std::string> YamlFiles(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return out;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".yaml") out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> ListAt(const YAML::Node& entry, const char* key, const std::string& file) {
  if (!entry[key]) return {};
  return ScalarList(entry[key], file, key);
}

}  // namespace

KbNames LoadKbNames(const std::string& kb_dir) {
  KbNames names;
  for (const auto& file : YamlFiles(kb_dir + "/offices")) {
    YAML::Node root = LoadYamlFile(file);
    if (!root.IsMap()) continue;
    for (const auto& j : root["jurisdictions"]) {
      std::string id = ScalarString(j["id"], file, "id");
      for (const char* key : {"names", "adjectives", "metonyms"}) {
        for (auto& n : ListAt(j, key, file)) names.jurisdiction_names.emplace_back(n, id);
      }
    }
    for (const auto& o : root["offices"]) {
      for (auto& t : ListAt(o, "titles", file)) names.titles.push_back(t);
    }
  }
  std::map<std::string, std::vector<std::string>> by_family;
  for (const auto& file : YamlFiles(kb_dir + "/people")) {
    YAML::Node root = LoadYamlFile(file);
    if (!root.IsMap()) continue;
    for (const auto& p : root["people"]) {
      std::string id = ScalarString(p["id"], file, "id");
      if (p["name"]) names.person_names.emplace_back(ScalarString(p["name"], file, "name"), id);
      for (const char* key : {"aliases", "variants"}) {
        for (auto& n : ListAt(p, key, file)) names.person_names.emplace_back(n, id);
      }
      if (p["family_name"])
        by_family[ScalarString(p["family_name"], file, "family_name")].push_back(id);
    }
  }
  for (auto& [family, ids] : by_family) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.size() == 1) names.family_names[family] = ids[0];
  }
  std::sort(names.titles.begin(), names.titles.end());
  names.titles.erase(std::unique(names.titles.begin(), names.titles.end()), names.titles.end());
  return names;
}

}  // namespace newslint::corpus
