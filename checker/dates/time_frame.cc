#include "checker/dates/time_frame.h"

#include <algorithm>

namespace newslint {

std::string DescribeAllowed(const DayInterval& d) {
  if (d.first == d.last) return "on " + FormatDay(d.first);
  if (d.first <= kNoEarlier) return "on or before " + FormatDay(d.last);
  if (d.last >= kNoLater) return "on or after " + FormatDay(d.first);
  return "between " + FormatDay(d.first) + " and " + FormatDay(d.last);
}

FrameSolution SolveFrame(const std::vector<TimeConstraint>& cs) {
  FrameSolution out;
  std::vector<bool> active(cs.size(), true);
  while (true) {
    DayInterval frame{kNoEarlier, kNoLater};
    bool any = false;
    for (size_t i = 0; i < cs.size(); ++i) {
      if (!active[i]) continue;
      any = true;
      frame.first = std::max(frame.first, cs[i].allowed.first);
      frame.last = std::min(frame.last, cs[i].allowed.last);
    }
    if (!any) return out;
    if (frame.first <= frame.last) {
      out.frame = frame;
      return out;
    }
    // Pick the constraint in conflict with the most others.
    size_t best = cs.size();
    int best_count = -1;
    std::vector<size_t> best_with;
    for (size_t i = 0; i < cs.size(); ++i) {
      if (!active[i]) continue;
      std::vector<size_t> with;
      for (size_t j = 0; j < cs.size(); ++j) {
        if (j != i && active[j] && !cs[i].allowed.Overlaps(cs[j].allowed)) with.push_back(j);
      }
      int count = static_cast<int>(with.size());
      bool better = count > best_count ||
                    (count == best_count && cs[i].source < cs[best].source) ||
                    (count == best_count && cs[i].source == cs[best].source &&
                     cs[i].span.begin > cs[best].span.begin);
      if (count > 0 && better) {
        best = i;
        best_count = count;
        best_with = std::move(with);
      }
    }
    if (best == cs.size()) return out;  // cannot happen in one dimension
    active[best] = false;
    out.conflicts.push_back({best, std::move(best_with)});
  }
}

}  // namespace newslint
