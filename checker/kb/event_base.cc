#include "checker/kb/event_base.h"

#include <dirent.h>
#include <fmt/format.h>

#include "checker/rules_root.h"

#include <algorithm>
#include <map>

#include "checker/phrase_pattern.h"

namespace newslint {

std::vector<std::string> YamlFilesIn(const std::string& dir) {
  std::vector<std::string> out;
  DIR* d = opendir(dir.c_str());
  if (!d) return out;
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n[0] == '.') continue;
    if ((n.size() > 5 && n.compare(n.size() - 5, 5, ".yaml") == 0) ||
        (n.size() > 4 && n.compare(n.size() - 4, 4, ".yml") == 0)) {
      out.push_back(dir + "/" + n);
    }
  }
  closedir(d);
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

PartialDate RequireDate(YamlView& v, const std::string& key) {
  YAML::Node n = v.Child(key);
  if (!n) v.Fail("missing required key '" + key + "'");
  auto d = ParseIsoDate(ScalarString(n, v.file(), key));
  if (!d) v.Fail(n, "'" + key + "' must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD");
  return *d;
}

std::optional<PartialDate> OptionalDate(YamlView& v, const std::string& key) {
  if (!v.Has(key)) return std::nullopt;
  return RequireDate(v, key);
}

DayInterval DaysBetween(const PartialDate& from, const PartialDate& to) {
  return {from.Interval()->first, to.Interval()->last};
}

}  // namespace

std::optional<DayInterval> EventEntry::Interval() const {
  if (!from) return std::nullopt;
  return DaysBetween(*from, to ? *to : *from);
}

bool EventEntry::SeriesCouldOverlap(const DayInterval& days) const {
  int y0, m0, d0, y1, m1, d1;
  CivilFromDay(days.first, y0, m0, d0);
  CivilFromDay(days.last, y1, m1, d1);
  for (int y = y0; y <= y1; ++y) {
    bool known_year = false;
    for (const auto& i : instances) {
      DayInterval iv = DaysBetween(i.from, i.to);
      int iy, im, id;
      CivilFromDay(iv.first, iy, im, id);
      if (iy == y) {
        known_year = true;
        if (iv.Overlaps(days)) return true;
      }
    }
    if (known_year || y < recurrence_since) continue;
    for (int m : recurrence_months) {
      PartialDate p{y, m, std::nullopt};
      if (p.Interval()->Overlaps(days)) return true;
    }
  }
  return false;
}

const EventInstance* EventEntry::InstanceAt(std::string_view text) const {
  std::string hay = NormalisePhrase(text);
  const EventInstance* found = nullptr;
  for (const auto& i : instances) {
    std::string place = i.location.substr(0, i.location.find(','));
    place = NormalisePhrase(place);
    if (place.size() < 3) continue;
    size_t at = hay.find(place);
    if (at == std::string::npos) continue;
    bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(hay[at - 1]));
    size_t end = at + place.size();
    bool right = end >= hay.size() || !std::isalpha(static_cast<unsigned char>(hay[end]));
    if (left && right) {
      if (found) return nullptr;  // several editions there: the place does not tell
      found = &i;
    }
  }
  return found;
}

void EventBase::LoadFile(const std::string& path) {
  YamlView root(LoadYamlFile(path), path);
  YAML::Node list = root.Child("events");
  root.RejectUnknownKeys();
  if (!list || !list.IsSequence()) root.Fail("expected 'events:' with a list of events");
  for (const auto& item : list) {
    YamlView v(item, path);
    EventEntry e;
    e.file = DisplayPath(path);
    e.line = item.Mark().line + 1;
    e.id = v.RequiredString("id");
    e.name = v.RequiredString("name");
    e.kind = v.RequiredString("kind");
    static const char* kKinds[] = {"founded", "signed", "held", "proposed", "issued",
                                   "launched", "began", "ended", "occurred"};
    if (std::none_of(std::begin(kKinds), std::end(kKinds), [&](const char* k) { return e.kind == k; })) {
      v.Fail(item["kind"], "unknown kind '" + e.kind +
                               "' (founded, signed, held, proposed, issued, launched, began, ended, occurred)");
    }
    e.match = v.StringList("match");
    e.patterns = v.StringList("patterns");
    for (size_t i = 0; i < e.patterns.size(); ++i) {
      try {
        CompilePattern(e.patterns[i], true);
      } catch (const std::invalid_argument& ex) {
        v.Fail(item["patterns"], std::string("bad pattern: ") + ex.what());
      }
    }
    if (e.match.empty() && e.patterns.empty()) v.Fail("an event needs 'match' phrases or 'patterns'");
    e.location = v.OptionalString("location").value_or("");
    e.source = v.RequiredString("source");
    if (v.Has("date")) {
      if (v.Has("from") || v.Has("to")) v.Fail("give 'date' or 'from'/'to', not both");
      e.from = RequireDate(v, "date");
    } else {
      e.from = OptionalDate(v, "from");
      e.to = OptionalDate(v, "to");
      if (e.to && !e.from) v.Fail("'to' without 'from'");
    }
    if (YAML::Node r = v.Child("recurrence")) {
      YamlView rv(r, path);
      std::string every = rv.RequiredString("every");
      if (every != "year") rv.Fail(r["every"], "only 'every: year' recurrences are known");
      YAML::Node months = rv.Child("months");
      if (!months || !months.IsSequence()) rv.Fail("'months' must be a list of month numbers");
      for (const auto& m : months) {
        int month = m.as<int>(0);
        if (month < 1 || month > 12) rv.Fail(m, "a month is a number from 1 to 12");
        e.recurrence_months.push_back(month);
      }
      e.recurrence_since = rv.Int("since", 0);
      rv.RejectUnknownKeys();
    }
    if (YAML::Node inst = v.Child("instances")) {
      if (!inst.IsSequence()) v.Fail(inst, "'instances' must be a list");
      for (const auto& i : inst) {
        YamlView iv(i, path);
        EventInstance ei;
        if (iv.Has("date")) {
          ei.from = ei.to = RequireDate(iv, "date");
        } else {
          ei.from = RequireDate(iv, "from");
          ei.to = OptionalDate(iv, "to").value_or(ei.from);
        }
        ei.location = iv.OptionalString("location").value_or("");
        ei.source = iv.OptionalString("source").value_or(e.source);
        iv.RejectUnknownKeys();
        if (ei.to.Interval()->last < ei.from.Interval()->first) iv.Fail("'to' is before 'from'");
        e.instances.push_back(std::move(ei));
      }
    }
    if (!e.from && !e.recurring()) v.Fail("an event needs 'date', 'from' or 'recurrence'");
    if (e.from && e.to && e.to->Interval()->last < e.from->Interval()->first) {
      v.Fail(item["to"], "'to' is before 'from'");
    }
    v.RejectUnknownKeys();
    events_.push_back(std::move(e));
  }
}

void EventBase::LoadFolder(const std::string& dir, std::vector<LoadError>* errors) {
  for (const auto& file : YamlFilesIn(dir)) {
    try {
      LoadFile(file);
    } catch (const LoadError& e) {
      if (!errors) throw;
      errors->push_back(e);
    }
  }
}

void EventBase::Validate(std::vector<LoadError>& errors) const {
  std::map<std::string, const EventEntry*> ids;
  for (const auto& e : events_) {
    auto [it, fresh] = ids.emplace(e.id, &e);
    if (!fresh) {
      errors.emplace_back(e.file, e.line, 1,
                          fmt::format("duplicate event id '{}' (first in {}:{})", e.id,
                                      it->second->file, it->second->line));
    }
  }
}

}  // namespace newslint
