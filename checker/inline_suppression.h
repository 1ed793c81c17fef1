// Inline suppression in Markdown articles: HTML comments that turn rules off
// for part of an article, as an editor writes them next to the text.
//
//   <!-- newslint-disable RULE[,RULE...] -->   off from the next line on
//   <!-- newslint-enable [RULE...] -->         on again (no RULE: every rule)
//   <!-- newslint-disable-next-line RULE -->   off for the next line only
//
// RULE is a rule id or a category, as in `disable:` of .newslint.yaml;
// `disable` without RULE turns every rule off. A directive takes effect on the
// lines after the comment, so it belongs on a line of its own. The reader
// blanks the comments out of the checked text (same bytes, spaces), so no
// rule, and no cross-article pass, ever sees them; offsets and positions of
// everything else are unchanged.
#pragma once

#include <string>
#include <vector>

#include "checker/finding.h"

namespace newslint {

struct SuppressionDirective {
  enum class Kind { kDisable, kEnable, kDisableNextLine };
  Kind kind = Kind::kDisable;
  std::vector<std::string> names;        // rule ids or categories; empty: every rule
  int line = 0;                          // file line where the comment ends
  int start_line = 0, start_column = 0;  // where it begins (column in code points)
};

class InlineSuppressions {
 public:
  // Finds the directives in Markdown text and blanks them out. first_line is
  // the file line of text's first line (front matter counts).
  static InlineSuppressions ExtractFrom(std::string& text, int first_line);
  InlineSuppressions() = default;
  // Directives read back (the records file of a sharded run), in file order.
  explicit InlineSuppressions(std::vector<SuppressionDirective> directives)
      : directives_(std::move(directives)) {}

  bool empty() const { return directives_.empty(); }
  const std::vector<SuppressionDirective>& directives() const { return directives_; }

  // Whether the directives before the finding's first line turn its rule off.
  bool Suppresses(const Finding& finding) const;
  // Drops the findings the directives turn off.
  void Apply(std::vector<Finding>& findings) const;

  // The names of the directives that are not in `known` (rule ids and
  // categories in force): most likely typing errors, which would otherwise
  // silently suppress nothing.
  struct UnknownName {
    const SuppressionDirective* directive;
    std::string name;
  };
  template <typename KnownSet>
  std::vector<UnknownName> UnknownNames(const KnownSet& known) const {
    std::vector<UnknownName> out;
    for (const auto& d : directives_) {
      for (const auto& n : d.names) {
        if (!known.count(n)) out.push_back({&d, n});
      }
    }
    return out;
  }

 private:
  std::vector<SuppressionDirective> directives_;  // in file order
};

}  // namespace newslint
