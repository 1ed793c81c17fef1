// The knowledge base's names for the cross-article pass: read from the
// people base the per-article pass loads, equal to what the pass read from
// the YAML itself before; and a check whose KB or lexicon is broken still
// reports the fault and ends (the pass's loader waits on the KB's names).
#include "checker/corpus/kb_names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "checker/kb/people_base.h"
#include "checker/yaml_view.h"
#include "test_support.h"

namespace newslint::corpus {
namespace {

using testing::RunCommand;
using testing::TempDir;

// The cross-article pass's own reader of the KB's YAML, as it was until it
// took the names from the people base: the definition those must equal.
KbNames ReadNamesFromYaml(const std::string& kb_dir) {
  auto files = [](const std::string& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return out;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
      if (e.path().extension() == ".yaml") out.push_back(e.path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  auto list = [](const YAML::Node& entry, const char* key, const std::string& file) {
    return entry[key] ? ScalarList(entry[key], file, key) : std::vector<std::string>{};
  };
  KbNames names;
  for (const auto& file : files(kb_dir + "/offices")) {
    YAML::Node root = LoadYamlFile(file);
    for (const auto& j : root["jurisdictions"]) {
      std::string id = ScalarString(j["id"], file, "id");
      for (const char* key : {"names", "adjectives", "metonyms"}) {
        for (auto& n : list(j, key, file)) names.jurisdiction_names.emplace_back(n, id);
      }
    }
    for (const auto& o : root["offices"]) {
      for (auto& t : list(o, "titles", file)) names.titles.push_back(t);
    }
  }
  std::map<std::string, std::vector<std::string>> by_family;
  for (const auto& file : files(kb_dir + "/people")) {
    YAML::Node root = LoadYamlFile(file);
    for (const auto& p : root["people"]) {
      std::string id = ScalarString(p["id"], file, "id");
      names.person_names.emplace_back(ScalarString(p["name"], file, "name"), id);
      for (const char* key : {"aliases", "variants"}) {
        for (auto& n : list(p, key, file)) names.person_names.emplace_back(n, id);
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

TEST(KbNames, FromThePeopleBaseEqualTheYamlReadOfTheShippedKb) {
  std::string kb = testing::SourceDir() + "/rules/kb";
  PeopleBase people;
  people.LoadFolder(kb);
  KbNames ours = KbNamesOf(people);
  KbNames yaml = ReadNamesFromYaml(kb);
  EXPECT_EQ(ours.jurisdiction_names, yaml.jurisdiction_names);
  EXPECT_EQ(ours.person_names, yaml.person_names);
  EXPECT_EQ(ours.family_names, yaml.family_names);
  EXPECT_EQ(ours.titles, yaml.titles);
  EXPECT_GT(ours.person_names.size(), 100u);
  EXPECT_GT(ours.family_names.size(), 50u);
}

TEST(KbNames, AFamilyNameTwoPeopleShareNamesNeither) {
  TempDir dir;
  dir.Write("kb/people/p.yaml", R"(people:
  - {id: a, name: Ann Lee, family_name: Lee, aliases: [A. Lee]}
  - {id: b, name: Bo Lee, family_name: Lee}
  - {id: c, name: Cy Park, family_name: Park}
)");
  KbNames names = LoadKbNames(dir.path() + "/kb");
  EXPECT_EQ(names.family_names, (std::unordered_map<std::string, std::string>{{"Park", "c"}}));
  EXPECT_EQ(names.person_names.size(), 4u);
}

// A copy of the shipped rules with one file replaced, for a check to load.
std::string RulesWith(const TempDir& dir, const std::string& file, const std::string& text) {
  std::filesystem::copy(testing::SourceDir() + "/rules", dir.path() + "/rules",
                        std::filesystem::copy_options::recursive);
  dir.Write("rules/" + file, text);
  dir.Write("a.txt", "Title\n\nThe minister said so on Monday.\n");
  return "cd " + dir.path() + " && NEWSLINT_RULES_DIR=rules " + testing::Binary() +
         " check --no-config a.txt";
}

TEST(KbNames, ABrokenKbFileIsReportedWithTheCrossArticlePassOn) {
  TempDir dir;
  auto r = RunCommand(RulesWith(dir, "kb/people/zz.yaml", "people:\n  - {id: x}\n"));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("zz.yaml:2:"), std::string::npos) << r.err;
}

TEST(KbNames, AFaultBeforeTheKbIsReadEndsTheRunToo) {
  TempDir dir;
  auto r = RunCommand(RulesWith(dir, "dates/lexicon/en.yaml", "language: [\n"));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("en.yaml"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace newslint::corpus
