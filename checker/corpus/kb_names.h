// The names the corpus pass needs from the knowledge base (rules/kb): the
// names, adjectives and metonyms of each jurisdiction ("China", "Chinese",
// "Beijing" are one key), the names of known people (so "Putin" and "Russian
// President Vladimir Putin" are one speaker), and office titles (stripped from
// speakers).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace newslint {
class PeopleBase;
}

namespace newslint::corpus {

struct KbNames {
  // Every name, adjective and metonym, as written -> jurisdiction id.
  std::vector<std::pair<std::string, std::string>> jurisdiction_names;
  // Full names, aliases and spelling variants, as written -> person id.
  std::vector<std::pair<std::string, std::string>> person_names;
  // Family names -> person id, only where one person in the KB bears it.
  std::unordered_map<std::string, std::string> family_names;
  // Office titles as news writes them ("Foreign Minister", "Premier").
  std::vector<std::string> titles;
};

// The names of a knowledge base already read (the per-article pass reads
// the same files for its titles: read once, they serve both passes).
KbNames KbNamesOf(const PeopleBase& people);

// Reads offices/*.yaml and people/*.yaml under kb_dir as the PeopleBase
// does; throws LoadError naming the file, line and column of a malformed
// entry. A missing folder gives empty lists (a custom rules root need not
// have a KB).
KbNames LoadKbNames(const std::string& kb_dir);

}  // namespace newslint::corpus
