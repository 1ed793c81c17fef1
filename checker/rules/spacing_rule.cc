#include "checker/rules/spacing_rule.h"

#include "checker/phrase_pattern.h"

namespace newslint {
namespace {

char NextNonSpace(std::string_view text, size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos < text.size() ? text[pos] : '\0';
}

class SpacingRule : public Rule {
 public:
  SpacingRule(RuleInfo info, std::string marks)
      : Rule(std::move(info)), marks_(std::move(marks)) {
    // A word character or closing mark, spaces, then the mark, then space or
    // the end: so " ..." (an ellipsis), " .5" and list bullets do not count.
    std::string cls;
    for (char c : marks_) cls += std::string("\\") + c;
    trigger_ = "[\\pL\\pN\\)\\]\"\\x{201D}\\x{2019}]([ \\t\\x{00A0}]+)([" + cls + "])";
    re_ = CompilePattern(trigger_ + "(?:\\s|$)", false);
  }

  // The pattern less its end test: a match of it holds one of this, and the
  // $ it leaves out would keep the rule from the pass per paragraph.
  std::vector<std::string> Triggers() const override { return {trigger_}; }
  bool TriggersPerUnit() const override { return true; }

  void Check(const Document& doc, HitSink& sink) const override {
    for (Span unit : UnitsToScan(doc)) {
      ForEachMatch(*re_, doc.text(), unit, [&](const PatternMatch& m) {
        size_t space = static_cast<size_t>(m.groups[0].data() - doc.text().data());
        size_t mark_end = static_cast<size_t>(m.groups[1].data() - doc.text().data()) + 1;
        // "a ." followed by more dots is an ellipsis, not a stray space.
        if (m.groups[1] == "." && NextNonSpace(doc.text(), mark_end) == '.') return;
        Hit hit;
        hit.span = {space, mark_end};
        hit.suggestion = std::string(m.groups[1]);
        hit.fix_safe = true;
        hit.vars.emplace_back("mark", std::string(m.groups[1]));
        sink.Report(std::move(hit));
      });
    }
  }

 private:
  std::string marks_;
  std::string trigger_;
  std::unique_ptr<RE2> re_;
};

}  // namespace

std::unique_ptr<Rule> MakeSpacingRule(RuleInfo info, YamlView& yaml, LoadContext&) {
  std::string marks = yaml.OptionalString("marks").value_or(",;:!?.");
  for (char c : marks) {
    if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c))) {
      yaml.Fail(yaml.node()["marks"], "'marks' must be ASCII punctuation characters");
    }
  }
  return std::make_unique<SpacingRule>(std::move(info), std::move(marks));
}

}  // namespace newslint
