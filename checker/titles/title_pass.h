// The officeholder pass: finds people of the knowledge base named in an
// article with a title bound to them (before the name, in apposition, or as
// predicate with "who is"), works out the moment each title speaks of (a
// date in the same clause, else the article's reference date), and judges it
// against the terms on file. Titles without a date of their own also tell
// when the article was written; they join the date pass's time frame, and a
// title that cannot hold with the frame is reported once, as a title issue
// with the conflicting dates as related locations.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "checker/dates/date_analysis.h"
#include "checker/kb/people_base.h"
#include "checker/phrase_finder.h"
#include "checker/titles/title_vocabulary.h"
#include "checker/word_ids.h"

namespace newslint {

enum class TitleModifier { kNone, kFormer, kThen, kOther };

struct TitleAssertion {
  const Person* person = nullptr;
  std::vector<const Office*> offices;  // the offices the title may name
  TitleModifier modifier = TitleModifier::kNone;
  Span span;        // title and name together
  Span title_span;  // the title words (with modifier and jurisdiction)
  Span name_span;
  std::string title_text;  // the title words as written, without modifier
  std::optional<size_t> constraint;  // index of its time-frame constraint
};

struct NameIssue {
  Span span;
  std::string detail, evidence, suggestion;
};

struct TitleAnalysis {
  std::vector<TitleAssertion> assertions;
  std::vector<DatedIssue> former, stale, wrong;
  std::vector<NameIssue> name_form;
};

class TitlePass {
 public:
  explicit TitlePass(std::shared_ptr<const PeopleBase> people);

  // Finds assertions and adds their constraints to the date analysis.
  TitleAnalysis Collect(const Document& doc, DateAnalysis& dates) const;
  // Judges the assertions once the date pass has resolved the frame.
  void Check(const Document& doc, const DateAnalysis& dates, TitleAnalysis& titles) const;

 private:
  struct NameForm {
    const Person* person;
    bool variant;  // an accepted spelling variant, not the main name or an alias
  };
  std::optional<TitleAssertion> BindBefore(const Document& doc, size_t first_token,
                                           const Person* person, Span name) const;
  std::optional<TitleAssertion> BindAfter(const Document& doc, size_t last_token,
                                          const Person* person, Span name) const;
  // A title's words read: the office key without articles, modifiers and
  // jurisdiction words, and what those said.
  struct TitleWords {
    std::string key;
    std::string jurisdiction;
    TitleModifier modifier = TitleModifier::kNone;
  };
  TitleWords ReadTitleWords(std::span<const std::string> words) const;
  std::vector<const Office*> Candidates(const Person* person, const std::string& key,
                                        const std::string& jurisdiction) const;
  std::optional<DayInterval> OwnMoment(const DateAnalysis& dates, const TitleAssertion& t) const;
  void CheckNames(const Document& doc, TitleAnalysis& out) const;
  std::string Record(const Person* p, const std::vector<const Office*>& offices,
                     const std::optional<DayInterval>& moment) const;

  std::shared_ptr<const PeopleBase> people_;
  TitleVocabulary vocabulary_;
  std::unique_ptr<PhraseFinder> names_;  // the full names, variants and aliases
  std::unordered_map<std::string, NameForm> by_name_;
  WordIds given_names_;  // numbers people_by_given_name_
  std::vector<std::vector<const Person*>> people_by_given_name_;
  // Bytes a given name starts with: tokens starting otherwise are no name's.
  std::array<bool, 256> given_name_starts_{};
};

}  // namespace newslint
