#include "checker/kb/people_base.h"

#include <fmt/format.h>

#include "checker/rules_root.h"

#include <algorithm>
#include <set>

#include "checker/dates/time_frame.h"
#include "checker/kb/event_base.h"

namespace newslint {

Day Term::KnownEnd() const {
  if (to) return to->Interval()->last;
  if (known_until) return known_until->Interval()->last;
  return kNoLater;
}

bool Term::HeldThroughout(const DayInterval& days) const {
  Day start = from.Interval()->last;  // the latest day the term may have begun
  Day end = to ? to->Interval()->first : KnownEnd();
  return start <= days.first && days.last <= end;
}

bool Term::HeldDuring(const DayInterval& days) const {
  Day start = from.Interval()->first;
  Day end = to ? to->Interval()->last : kNoLater;
  return start <= days.last && days.first <= end;
}

std::string Term::Describe() const {
  std::string s = "from " + from.ToString();
  if (to) s += " to " + to->ToString();
  return s;
}

namespace {

PartialDate ReadDate(YamlView& v, const std::string& key) {
  YAML::Node n = v.Child(key);
  if (!n) v.Fail("missing required key '" + key + "'");
  auto d = ParseIsoDate(ScalarString(n, v.file(), key));
  if (!d) v.Fail(n, "'" + key + "' must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD");
  return *d;
}

}  // namespace

void PeopleBase::LoadOffices(const std::string& path) {
  YamlView root(LoadYamlFile(path), path);
  if (YAML::Node list = root.Child("jurisdictions")) {
    if (!list.IsSequence()) root.Fail(list, "'jurisdictions' must be a list");
    for (const auto& item : list) {
      YamlView v(item, path);
      Jurisdiction j;
      j.file = DisplayPath(path);
      j.line = item.Mark().line + 1;
      j.id = v.RequiredString("id");
      j.names = v.StringList("names", true);
      j.adjectives = v.StringList("adjectives");
      j.metonyms = v.StringList("metonyms");
      v.RejectUnknownKeys();
      jurisdictions_.push_back(std::move(j));
    }
  }
  if (YAML::Node list = root.Child("offices")) {
    if (!list.IsSequence()) root.Fail(list, "'offices' must be a list");
    for (const auto& item : list) {
      YamlView v(item, path);
      Office o;
      o.file = DisplayPath(path);
      o.line = item.Mark().line + 1;
      o.id = v.RequiredString("id");
      o.jurisdiction = v.RequiredString("jurisdiction");
      o.name = v.RequiredString("name");
      o.titles = v.StringList("titles", true);
      std::string holders = v.OptionalString("holders").value_or("single");
      if (holders != "single" && holders != "many") v.Fail(item["holders"], "'holders' is single or many");
      o.single_holder = holders == "single";
      o.source = v.OptionalString("source").value_or("");
      v.RejectUnknownKeys();
      offices_.push_back(std::move(o));
    }
  }
  root.RejectUnknownKeys();
}

void PeopleBase::LoadPeople(const std::string& path) {
  YamlView root(LoadYamlFile(path), path);
  if (YAML::Node list = root.Child("people")) {
    if (!list.IsSequence()) root.Fail(list, "'people' must be a list");
    for (const auto& item : list) {
      YamlView v(item, path);
      Person p;
      p.file = DisplayPath(path);
      p.line = item.Mark().line + 1;
      p.id = v.RequiredString("id");
      p.name = v.RequiredString("name");
      p.family_name = v.OptionalString("family_name").value_or("");
      p.given_name = v.OptionalString("given_name").value_or("");
      std::string order = v.OptionalString("name_order").value_or("given-first");
      if (order != "given-first" && order != "family-first") {
        v.Fail(item["name_order"], "'name_order' is given-first or family-first");
      }
      p.family_first = order == "family-first";
      p.aliases = v.StringList("aliases");
      p.variants = v.StringList("variants");
      p.source = v.OptionalString("source").value_or("");
      v.RejectUnknownKeys();
      people_.push_back(std::move(p));
    }
  }
  if (YAML::Node list = root.Child("terms")) {
    if (!list.IsSequence()) root.Fail(list, "'terms' must be a list");
    for (const auto& item : list) {
      YamlView v(item, path);
      Term t;
      t.file = DisplayPath(path);
      t.line = item.Mark().line + 1;
      t.person = v.RequiredString("person");
      t.office = v.RequiredString("office");
      t.from = ReadDate(v, "from");
      if (v.Has("to")) t.to = ReadDate(v, "to");
      if (v.Has("known_until")) t.known_until = ReadDate(v, "known_until");
      t.acting = v.Bool("acting", false);
      t.source = v.RequiredString("source");
      v.RejectUnknownKeys();
      if (t.to && t.to->Interval()->last < t.from.Interval()->first) {
        v.Fail(item["to"], "'to' is before 'from'");
      }
      terms_.push_back(std::move(t));
    }
  }
  root.RejectUnknownKeys();
}

void PeopleBase::LoadFolder(const std::string& dir, std::vector<LoadError>* errors) {
  auto guarded = [&](auto&& load, const std::string& file) {
    try {
      load(file);
    } catch (const LoadError& e) {
      if (!errors) throw;
      errors->push_back(e);
    }
  };
  for (const auto& f : YamlFilesIn(dir + "/offices")) guarded([&](const std::string& p) { LoadOffices(p); }, f);
  for (const auto& f : YamlFilesIn(dir + "/people")) guarded([&](const std::string& p) { LoadPeople(p); }, f);
  Index();
}

void PeopleBase::Index() {
  office_at_.clear();
  person_at_.clear();
  terms_of_person_.clear();
  // emplace keeps the first of a repeated id, as a search from the front would.
  for (size_t i = 0; i < offices_.size(); ++i) office_at_.emplace(offices_[i].id, i);
  for (size_t i = 0; i < people_.size(); ++i) person_at_.emplace(people_[i].id, i);
  for (size_t i = 0; i < terms_.size(); ++i) terms_of_person_[terms_[i].person].push_back(i);
}

const Office* PeopleBase::FindOffice(const std::string& id) const {
  auto it = office_at_.find(id);
  return it == office_at_.end() ? nullptr : &offices_[it->second];
}

const Person* PeopleBase::FindPerson(const std::string& id) const {
  auto it = person_at_.find(id);
  return it == person_at_.end() ? nullptr : &people_[it->second];
}

std::vector<const Term*> PeopleBase::TermsOf(const std::string& person) const {
  std::vector<const Term*> out;
  auto it = terms_of_person_.find(person);
  if (it == terms_of_person_.end()) return out;
  for (size_t i : it->second) out.push_back(&terms_[i]);
  return out;
}

std::vector<const Term*> PeopleBase::TermsOfOffice(const std::string& office) const {
  std::vector<const Term*> out;
  for (const auto& t : terms_) {
    if (t.office == office) out.push_back(&t);
  }
  return out;
}

void PeopleBase::Validate(std::vector<LoadError>& errors) const {
  auto dup = [&](const auto& list, const char* what) {
    std::map<std::string, std::pair<std::string, int>> seen;
    for (const auto& x : list) {
      auto [it, fresh] = seen.emplace(x.id, std::make_pair(x.file, x.line));
      if (!fresh) {
        errors.emplace_back(x.file, x.line, 1,
                            fmt::format("duplicate {} id '{}' (first in {}:{})", what, x.id,
                                        it->second.first, it->second.second));
      }
    }
  };
  dup(jurisdictions_, "jurisdiction");
  dup(offices_, "office");
  dup(people_, "person");
  std::set<std::string> juris;
  for (const auto& j : jurisdictions_) juris.insert(j.id);
  for (const auto& o : offices_) {
    if (!juris.count(o.jurisdiction)) {
      errors.emplace_back(o.file, o.line, 1,
                          fmt::format("office '{}' names unknown jurisdiction '{}'", o.id, o.jurisdiction));
    }
  }
  for (const auto& t : terms_) {
    if (!FindPerson(t.person)) {
      errors.emplace_back(t.file, t.line, 1, fmt::format("term names unknown person '{}'", t.person));
    }
    if (!FindOffice(t.office)) {
      errors.emplace_back(t.file, t.line, 1, fmt::format("term names unknown office '{}'", t.office));
    }
  }
  // Terms of a single-holder office must not overlap for certain: the latest
  // day either may have begun is before the earliest day either may have
  // ended. So dates of coarser precision touch ("to: 2019-05", "from: 2019-05").
  for (const auto& o : offices_) {
    if (!o.single_holder) continue;
    auto ts = TermsOfOffice(o.id);
    for (size_t i = 0; i < ts.size(); ++i) {
      for (size_t j = i + 1; j < ts.size(); ++j) {
        const Term& a = *ts[i];
        const Term& b = *ts[j];
        if (a.acting || b.acting) continue;  // acting holders stand in for the titular one
        Day a_end = a.to ? a.to->Interval()->first : kNoLater;
        Day b_end = b.to ? b.to->Interval()->first : kNoLater;
        Day start = std::max(a.from.Interval()->last, b.from.Interval()->last);
        if (start < std::min(a_end, b_end)) {
          errors.emplace_back(b.file, b.line, 1,
                              fmt::format("term of '{}' as {} ({}) overlaps that of '{}' ({}, {}:{})",
                                          b.person, o.id, b.Describe(), a.person, a.Describe(), a.file,
                                          a.line));
        }
      }
    }
  }
}

}  // namespace newslint
