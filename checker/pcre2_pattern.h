// A pattern matched by PCRE2 with its JIT, and by RE2 only when PCRE2 gives
// up. For the few fixed patterns that RE2 builds slowly: Unicode classes
// inside bounded loops ("up to four capitalised words"), which RE2 expands
// into a byte automaton once per repetition and again for its reverse
// program (a tenth of a second for quote attribution's seven), where PCRE2
// tests a class as it meets a character and builds them in a millisecond.
//
// PCRE2 backtracks, and a text built against a pattern (a long run of the
// spaces three of its parts take) can make it try millions of ways. Past a
// step limit it stops, and RE2, built then, answers in linear time: the
// answer is always RE2's, only sooner (up to the libraries' Unicode tables,
// which may differ on letters of recent Unicode versions). Rules' patterns
// stay RE2 throughout.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

struct pcre2_real_code_8;
namespace re2 {
class RE2;
}

namespace newslint {

class Pcre2Pattern {
 public:
  // `pattern` must read the same to both engines: spell whitespace out
  // (PCRE2's \s also takes a vertical tab), end with \z rather than $ (which
  // PCRE2 also matches before a final newline), and keep \b and \w ASCII
  // (both engines do). Compiled in UTF mode, leftmost-first. Throws
  // std::invalid_argument on a pattern error (the patterns are the
  // program's own).
  explicit Pcre2Pattern(std::string pattern);
  ~Pcre2Pattern();
  Pcre2Pattern(const Pcre2Pattern&) = delete;
  Pcre2Pattern& operator=(const Pcre2Pattern&) = delete;

  // Whether the pattern matches somewhere in `text`; when it does and
  // `group` is given, the text of capturing group `index` (empty when the
  // group took no part). Text that is not UTF-8 matches nothing.
  bool Match(std::string_view text, std::string_view* group = nullptr, int index = 1) const;

 private:
  bool MatchWithRe2(std::string_view text, std::string_view* group, int index) const;

  std::string pattern_;
  pcre2_real_code_8* code_;
  mutable std::once_flag re2_built_;
  mutable std::unique_ptr<re2::RE2> re2_;
};

}  // namespace newslint
