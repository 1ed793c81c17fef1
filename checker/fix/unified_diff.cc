#include "checker/fix/unified_diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace newslint {
namespace {

// Lines with their line ends; the last may have none.
std::vector<std::string_view> SplitKeepingEnds(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    size_t end = eol == std::string_view::npos ? text.size() : eol + 1;
    lines.push_back(text.substr(pos, end - pos));
    pos = end;
  }
  return lines;
}

enum class Op { kKeep, kDelete, kInsert };

// Myers' O(ND) shortest edit script. Fixes touch few lines, so D is small and
// keeping every round's frontier (O(D^2)) is cheap.
std::vector<Op> EditScript(const std::vector<std::string_view>& a,
                           const std::vector<std::string_view>& b) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  const int offset = n + m + 1;
  std::vector<int> v(2 * offset + 1, 0);
  std::vector<std::vector<int>> trace;
  int found = -1;
  for (int d = 0; d <= n + m && found < 0; ++d) {
    trace.push_back(v);
    for (int k = -d; k <= d; k += 2) {
      int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                  ? v[offset + k + 1]
                  : v[offset + k - 1] + 1;
      int y = x - k;
      while (x < n && y < m && a[x] == b[y]) ++x, ++y;
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  std::vector<Op> ops;
  int x = n, y = m;
  for (int d = found; d > 0; --d) {
    const std::vector<int>& pv = trace[d];  // the frontier before round d
    int k = x - y;
    bool down = k == -d || (k != d && pv[offset + k - 1] < pv[offset + k + 1]);
    int prev_k = down ? k + 1 : k - 1;
    int prev_x = pv[offset + prev_k], prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) ops.push_back(Op::kKeep), --x, --y;
    ops.push_back(down ? Op::kInsert : Op::kDelete);
    x = prev_x, y = prev_y;
  }
  while (x > 0 && y > 0) ops.push_back(Op::kKeep), --x, --y;
  std::reverse(ops.begin(), ops.end());
  return ops;
}

void AppendLine(std::string& out, char mark, std::string_view line) {
  out += mark;
  out.append(line);
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string UnifiedDiff(std::string_view before, std::string_view after, const std::string& path,
                        int context) {
  if (before == after) return "";
  auto a = SplitKeepingEnds(before), b = SplitKeepingEnds(after);
  std::vector<Op> ops = EditScript(a, b);
  // Line numbers (0-based) in a and b at each op.
  std::vector<int> ai(ops.size() + 1), bi(ops.size() + 1);
  for (size_t i = 0; i < ops.size(); ++i) {
    ai[i + 1] = ai[i] + (ops[i] != Op::kInsert);
    bi[i + 1] = bi[i] + (ops[i] != Op::kDelete);
  }
  std::string out = fmt::format("--- {}\n+++ {}\n", path, path);
  size_t i = 0;
  const size_t c = static_cast<size_t>(context);
  while (i < ops.size()) {
    if (ops[i] == Op::kKeep) {
      ++i;
      continue;
    }
    // A hunk: from `context` lines before this change to `context` lines after
    // the last change that lies within 2*context kept lines of the previous.
    size_t start = i >= c ? i - c : 0;
    size_t end = i;
    for (size_t j = i; j < ops.size();) {
      if (ops[j] != Op::kKeep) {
        end = j + 1;
        ++j;
        continue;
      }
      size_t run = j;
      while (run < ops.size() && ops[run] == Op::kKeep) ++run;
      if (run == ops.size() || run - j > 2 * c) break;
      j = run;
    }
    size_t stop = std::min(ops.size(), end + c);
    int a_count = ai[stop] - ai[start], b_count = bi[stop] - bi[start];
    // diff -u numbers an empty side by the line before it.
    out += fmt::format("@@ -{},{} +{},{} @@\n", a_count ? ai[start] + 1 : ai[start], a_count,
                       b_count ? bi[start] + 1 : bi[start], b_count);
    for (size_t j = start; j < stop; ++j) {
      if (ops[j] == Op::kKeep)
        AppendLine(out, ' ', a[ai[j]]);
      else if (ops[j] == Op::kDelete)
        AppendLine(out, '-', a[ai[j]]);
      else
        AppendLine(out, '+', b[bi[j]]);
    }
    i = stop;
  }
  return out;
}

}  // namespace newslint
