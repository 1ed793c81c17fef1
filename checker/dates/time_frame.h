// The article's time frame: every anchored fact says when the article can
// have been written (a past event dated D: after D; an upcoming one: before
// it; an anniversary: on a day), and the frame is their intersection. When
// the intersection is empty, the solver drops, one at a time, the constraint
// that conflicts with most of the others (weaker evidence first on a tie:
// what the article itself states before facts of the knowledge base, before
// the dateline), and reports each dropped one with those it conflicts with.
// In one dimension pairwise conflicts are the whole story (Helly), so this
// needs no search. Title assertions add constraints of their own.
#pragma once

#include <climits>
#include <string>
#include <vector>

#include "checker/dates/civil_date.h"
#include "checker/document.h"

namespace newslint {

inline constexpr Day kNoEarlier = INT_MIN / 2;
inline constexpr Day kNoLater = INT_MAX / 2;

struct TimeConstraint {
  enum class Source { kStated = 1, kTitle = 2, kKnowledge = 3, kReference = 4 };
  DayInterval allowed;  // the article's date lies in these days
  Span span;            // the mention it rests on
  Source source = Source::kStated;
  std::string what;     // "the SCO summit in Tianjin (2025-08-31 to 2025-09-01), told as past"
};

struct FrameConflict {
  size_t dropped;                    // index of the constraint dropped
  std::vector<size_t> conflicts_with;  // the constraints it cannot hold with
};

struct FrameSolution {
  std::optional<DayInterval> frame;  // of the constraints kept
  std::vector<FrameConflict> conflicts;
};

FrameSolution SolveFrame(const std::vector<TimeConstraint>& constraints);

std::string DescribeAllowed(const DayInterval& d);  // "after 2025-08-31", "on 2025-02-24"...

}  // namespace newslint
