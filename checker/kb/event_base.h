// Dated events of the knowledge base (rules/kb/events/*.yaml): what happened
// when, with the phrases that name it, for fact and timeline checks.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "checker/dates/civil_date.h"
#include "checker/yaml_view.h"

namespace newslint {

struct EventInstance {
  PartialDate from, to;
  std::string location;
  std::string source;
};

struct EventEntry {
  std::string id, name, kind, location, source;
  std::string file;
  int line = 0;
  std::vector<std::string> match;     // phrases, matched case-insensitively
  std::vector<std::string> patterns;  // RE2 patterns, for names phrases cannot hold
  std::optional<PartialDate> from, to;  // a one-off event (to == from for one day)
  std::vector<int> recurrence_months;   // an annual series: the months it is held in
  int recurrence_since = 0;
  std::vector<EventInstance> instances;  // known editions of a series

  bool recurring() const { return !recurrence_months.empty(); }
  // Days a one-off event covers; nullopt for a series.
  std::optional<DayInterval> Interval() const;
  // Whether a series could have been held in the given days: a known edition
  // overlaps them, or (no edition on file that year) a recurrence month does.
  bool SeriesCouldOverlap(const DayInterval& days) const;
  // The one edition whose location names a place mentioned in `text`.
  const EventInstance* InstanceAt(std::string_view text) const;
};

class EventBase {
 public:
  // Loads every *.yaml file of a folder. Faults are collected (for `kb
  // check`) when errors is given, else thrown as LoadError.
  void LoadFolder(const std::string& dir, std::vector<LoadError>* errors = nullptr);
  void Validate(std::vector<LoadError>& errors) const;

  const std::vector<EventEntry>& events() const { return events_; }

 private:
  void LoadFile(const std::string& path);
  std::vector<EventEntry> events_;
};

// Files of a folder with a .yaml/.yml name, sorted; empty if it is absent.
std::vector<std::string> YamlFilesIn(const std::string& dir);

}  // namespace newslint
