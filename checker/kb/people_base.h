// People, offices and terms of the knowledge base (rules/kb/people/*.yaml and
// rules/kb/offices/*.yaml, schema in rules/kb/SCHEMA.md): who held which
// office when, and how news names jurisdictions, offices and people.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "checker/dates/civil_date.h"
#include "checker/yaml_view.h"

namespace newslint {

struct Jurisdiction {
  std::string id;
  std::vector<std::string> names, adjectives, metonyms;
  std::string file;
  int line = 0;
};

struct Office {
  std::string id, jurisdiction, name, source;
  std::vector<std::string> titles;
  bool single_holder = true;
  std::string file;
  int line = 0;
};

struct Person {
  std::string id, name, family_name, given_name, source;
  bool family_first = false;
  std::vector<std::string> aliases, variants;
  std::string file;
  int line = 0;
};

struct Term {
  std::string person, office, source;
  PartialDate from;
  std::optional<PartialDate> to;          // none: in office (as far as known)
  std::optional<PartialDate> known_until;  // an open term is asserted up to here only
  bool acting = false;
  std::string file;
  int line = 0;

  // Held on every day of `days`, as far as the record tells (open terms up
  // to known_until; dates at their precision read strictly).
  bool HeldThroughout(const DayInterval& days) const;
  // Held on some day of `days`, read generously.
  bool HeldDuring(const DayInterval& days) const;
  // The record says nothing past this day (open term).
  Day KnownEnd() const;
  std::string Describe() const;  // "from 2023-03-12 to 2023-10-24"
};

class PeopleBase {
 public:
  // Loads offices/ and people/ of a knowledge folder; faults are collected
  // when errors is given, else thrown as LoadError.
  void LoadFolder(const std::string& dir, std::vector<LoadError>* errors = nullptr);
  // Unknown ids, dates out of order, overlapping terms of single-holder offices.
  void Validate(std::vector<LoadError>& errors) const;

  const std::vector<Jurisdiction>& jurisdictions() const { return jurisdictions_; }
  const std::vector<Office>& offices() const { return offices_; }
  const std::vector<Person>& people() const { return people_; }
  const std::vector<Term>& terms() const { return terms_; }

  const Office* FindOffice(const std::string& id) const;
  const Person* FindPerson(const std::string& id) const;
  std::vector<const Term*> TermsOf(const std::string& person) const;
  std::vector<const Term*> TermsOfOffice(const std::string& office) const;

 private:
  void LoadOffices(const std::string& path);
  void LoadPeople(const std::string& path);
  void Index();


  std::vector<Jurisdiction> jurisdictions_;
  std::vector<Office> offices_;
  std::vector<Person> people_;
  std::vector<Term> terms_;
  // Positions by id, rebuilt after each folder: the title pass asks for a
  // person's terms for every title it reads.
  std::unordered_map<std::string, size_t> office_at_, person_at_;
  std::unordered_map<std::string, std::vector<size_t>> terms_of_person_;
};

}  // namespace newslint
