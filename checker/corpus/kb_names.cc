#include "checker/corpus/kb_names.h"

#include <algorithm>
#include <map>

#include "checker/kb/people_base.h"

namespace newslint::corpus {

KbNames KbNamesOf(const PeopleBase& people) {
  KbNames names;
  for (const Jurisdiction& j : people.jurisdictions()) {
    for (const auto* list : {&j.names, &j.adjectives, &j.metonyms}) {
      for (const auto& n : *list) names.jurisdiction_names.emplace_back(n, j.id);
    }
  }
  for (const Office& o : people.offices()) {
    names.titles.insert(names.titles.end(), o.titles.begin(), o.titles.end());
  }
  std::map<std::string, std::vector<std::string>> by_family;
  for (const Person& p : people.people()) {
    names.person_names.emplace_back(p.name, p.id);
    for (const auto* list : {&p.aliases, &p.variants}) {
      for (const auto& n : *list) names.person_names.emplace_back(n, p.id);
    }
    if (!p.family_name.empty()) by_family[p.family_name].push_back(p.id);
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

KbNames LoadKbNames(const std::string& kb_dir) {
  PeopleBase people;
  people.LoadFolder(kb_dir);
  return KbNamesOf(people);
}

}  // namespace newslint::corpus
