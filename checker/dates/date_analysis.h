// The date pass: reads every date of an article, finds when the article was
// written, and judges the dates against each other and the knowledge base.
// It runs in two steps so that other passes (title assertions) can add their
// constraints to the time frame in between:
//   Collect: mentions, known events, the stated reference date, constraints;
//   Resolve: the frame, the inferred reference date, and the issues the date
//            rules report (timeline, facts against the record, conflicts).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "checker/dates/date_lexicon.h"
#include "checker/dates/date_mention.h"
#include "checker/dates/time_frame.h"
#include "checker/kb/event_base.h"
#include "checker/kb/event_matcher.h"
#include "checker/rule.h"

namespace newslint {

// One finding-to-be of a date rule, already explained.
struct DatedIssue {
  Span span;
  std::string detail;
  std::string evidence;
  std::string suggestion;
  std::vector<HitRelated> related;
};

struct DateAnalysis {
  std::vector<DateMention> dates;
  std::vector<EventMention> events;
  std::vector<TimeConstraint> constraints;
  std::optional<Day> reference;
  std::string reference_source = "none";  // metadata, dateline, option, inferred, none
  std::optional<size_t> dateline;          // index into dates
  std::optional<DayInterval> frame;
  std::vector<DatedIssue> timeline;  // date.timeline
  std::vector<DatedIssue> facts;     // fact.kb
  std::vector<DatedIssue> conflicts; // date.conflict
  // Title constraints the frame could not hold: reported once, by the title
  // checks, with these related locations (constraint index, related).
  std::vector<std::pair<size_t, std::vector<HitRelated>>> dropped_titles;
};

struct DatePassOptions {
  std::optional<Day> as_of;  // --as-of: the reference date when the article states none
};

class DatePass {
 public:
  DatePass(std::shared_ptr<const DateLexicon> lexicon, std::shared_ptr<const EventBase> events,
           DatePassOptions options);

  DateAnalysis Collect(const Document& doc) const;
  void Resolve(const Document& doc, DateAnalysis& a) const;

  // The days a mention means, anchored to a reference day by the policy of
  // the lexicon's tense cues; nullopt when it cannot be anchored.
  std::optional<DayInterval> Anchor(const DateMention& m, Day reference) const;
  // The days an event mention stands for: a one-off event's dates, or the
  // edition of a series that the sentence names by place or year.
  std::optional<DayInterval> EventDays(const Document& doc, const DateAnalysis& a,
                                       const EventMention& e) const;

  const DateLexicon& lexicon() const { return *lexicon_; }

 private:
  void FindReference(const Document& doc, DateAnalysis& a) const;
  void AddConstraints(const Document& doc, DateAnalysis& a) const;
  std::optional<size_t> AttachedDate(const Document& doc, const DateAnalysis& a,
                                     const EventMention& e) const;
  void CheckFacts(const Document& doc, DateAnalysis& a) const;
  void CheckRelativeToEvents(const Document& doc, DateAnalysis& a) const;
  std::string DescribeDate(const PartialDate& d) const;

  std::shared_ptr<const DateLexicon> lexicon_;
  std::shared_ptr<const EventBase> events_;
  EventMatcher matcher_;
  DatePassOptions options_;
};

}  // namespace newslint
