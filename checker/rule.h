// The contract between the engine and a rule type. A rule type is C++ (one
// file pair under checker/rules/, listed in rule_registry.cc); a rule is a YAML
// instance of a type. Rules see a segmented Document and report Hits: byte
// spans plus the values their message needs. The engine turns hits into
// Findings (positions, message, fingerprint); rules never format output.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "checker/document.h"
#include "checker/finding.h"

namespace newslint {

enum class Scope { kTitle, kHeading, kLine, kSentence, kParagraph, kDocument };
std::optional<Scope> ParseScope(std::string_view name);
std::string_view ScopeName(Scope s);

struct RuleExamples {
  std::vector<std::string> flag;  // texts the rule must flag
  std::vector<std::string> pass;  // texts it must leave alone
};

struct RuleInfo {
  std::string id;
  std::string type;
  std::string category;
  Severity severity = Severity::kWarning;
  std::string message;      // template: {match}, {suggestion} and type-specific names
  std::string description;  // longer help text
  Scope scope = Scope::kSentence;
  std::vector<std::string> exceptions;  // RE2 patterns: a hit they overlap is dropped
  std::vector<std::string> yield_to;    // categories: a hit on a line they flag is dropped
  RuleExamples examples;
  std::string file;  // where the rule was defined, for `rules show` and errors
  int line = 0;
};

struct HitRelated {
  Span span;  // in the same document
  std::string message;
};

struct Hit {
  Span span;
  std::vector<std::pair<std::string, std::string>> vars;  // message placeholders
  std::string suggestion;
  std::string evidence;
  bool fix_safe = false;
  std::vector<HitRelated> related;
};

class HitSink {
 public:
  virtual ~HitSink() = default;
  virtual void Report(Hit hit) = 0;
};

class Rule {
 public:
  explicit Rule(RuleInfo info) : info_(std::move(info)) {}
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  const RuleInfo& info() const { return info_; }
  RuleInfo& mutable_info() { return info_; }

  // RE2 patterns of which at least one must match the article for the rule to
  // be able to fire. The engine runs them all in one RE2::Set pass and skips
  // the rules none of whose triggers hit. Empty: the rule always runs.
  virtual std::vector<std::string> Triggers() const { return {}; }
  // True when a hit can only lie in a unit in which one of the triggers
  // matches, the unit taken as the whole text. The engine then maps the
  // triggers paragraph by paragraph and UnitsToScan leaves out the units
  // that cannot hold a hit.
  virtual bool TriggersPerUnit() const { return false; }
  // The patterns the engine maps paragraph by paragraph for UnitsToScan: the
  // triggers of a rule with TriggersPerUnit(), else none. A rule may map
  // patterns that gate only part of its work and say nothing of whether it
  // runs (the boilerplate rule's signals: its edge policy reports lines with
  // none); such a rule reads UnitsToScan as "the units where one may match".
  virtual std::vector<std::string> MappedTriggers() const {
    return TriggersPerUnit() ? Triggers() : std::vector<std::string>{};
  }

  virtual void Check(const Document& doc, HitSink& sink) const = 0;

 protected:
  // The spans of the rule's scope, in text order.
  std::vector<Span> Units(const Document& doc) const;
  // Units(doc) less those the engine's trigger map rules out: for rules
  // with MappedTriggers(), read as that function says.
  std::vector<Span> UnitsToScan(const Document& doc) const;

 private:
  RuleInfo info_;
};

// Spans of a scope over a document (shared by rule types and the engine).
std::vector<Span> UnitsOf(const Document& doc, Scope scope);

}  // namespace newslint
