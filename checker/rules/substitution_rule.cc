#include "checker/rules/substitution_rule.h"
#include "checker/text_join.h"

#include <algorithm>
#include <unordered_map>

#include "checker/phrase_pattern.h"

namespace newslint {
namespace {

struct Swap {
  std::string expected;
  std::string source;
};

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

// The expected phrase in the case of the text it replaces, so that applying
// the suggestion (`newslint fix`) keeps a sentence's capital: "Focal bank"
// becomes "Central bank", "FOCAL BANK" in a headline "CENTRAL BANK". A phrase
// listed with capitals ("Cold War mentality") keeps them.
std::string InCaseOf(std::string_view match, std::string expected) {
  bool has_lower = std::any_of(match.begin(), match.end(), IsAsciiLower);
  size_t upper = static_cast<size_t>(std::count_if(match.begin(), match.end(), IsAsciiUpper));
  if (!has_lower && upper >= 2) {
    for (char& c : expected) c = IsAsciiLower(c) ? static_cast<char>(c - 32) : c;
  } else if (!match.empty() && IsAsciiUpper(match[0]) && !expected.empty() &&
             IsAsciiLower(expected[0])) {
    expected[0] = static_cast<char>(expected[0] - 32);
  }
  return expected;
}

class SubstitutionRule : public Rule {
 public:
  SubstitutionRule(RuleInfo info, std::unordered_map<std::string, Swap> swaps, std::string pattern)
      : Rule(std::move(info)), swaps_(std::move(swaps)), pattern_(std::move(pattern)),
        re_(CompilePattern(pattern_, true)) {}

  std::vector<std::string> Triggers() const override { return {"(?i)" + pattern_}; }
  bool TriggersPerUnit() const override { return true; }

  void Check(const Document& doc, HitSink& sink) const override {
    for (Span unit : UnitsToScan(doc)) {
      ForEachMatch(*re_, doc.text(), unit, [&](const PatternMatch& m) {
        auto it = swaps_.find(NormalisePhrase(doc.slice(m.span)));
        if (it == swaps_.end()) return;
        Hit hit;
        hit.span = m.span;
        hit.suggestion = InCaseOf(doc.slice(m.span), it->second.expected);
        hit.evidence = it->second.source;
        hit.fix_safe = true;
        hit.vars.emplace_back("expected", it->second.expected);
        sink.Report(std::move(hit));
      });
    }
  }

 private:
  std::unordered_map<std::string, Swap> swaps_;
  std::string pattern_;
  std::unique_ptr<RE2> re_;
};

void ReadSwapList(const YAML::Node& list, const std::string& file, const std::string& key,
                  std::unordered_map<std::string, Swap>& out) {
  auto fail = [&](const YAML::Node& at, const std::string& msg) {
    YAML::Mark m = at.Mark();
    throw LoadError(file, m.line + 1, m.column + 1, msg);
  };
  if (list.IsMap()) {  // wrong: right
    for (const auto& kv : list) {
      out[NormalisePhrase(ScalarString(kv.first, file, key))] = {
          ScalarString(kv.second, file, key), ""};
    }
    return;
  }
  if (!list.IsSequence()) fail(list, "'" + key + "' must be a list of {phrase, expected, source}");
  for (const auto& item : list) {
    YamlView entry(item, file);
    std::string phrase = entry.RequiredString("phrase");
    Swap s{entry.RequiredString("expected"), entry.OptionalString("source").value_or("")};
    entry.RejectUnknownKeys();
    std::string k = NormalisePhrase(phrase);
    if (k.empty()) fail(item, "empty phrase");
    if (!out.emplace(k, s).second) fail(item, "phrase '" + phrase + "' is listed twice");
  }
}

}  // namespace

std::unique_ptr<Rule> MakeSubstitutionRule(RuleInfo info, YamlView& yaml, LoadContext& ctx) {
  std::unordered_map<std::string, Swap> swaps;
  if (YAML::Node inline_list = yaml.Child("swap")) ReadSwapList(inline_list, yaml.file(), "swap", swaps);
  if (auto data = yaml.OptionalString("swap_file")) {
    std::string path = ctx.file_dir + "/" + *data;
    YAML::Node doc = LoadYamlFile(path);
    YamlView view(doc, path);
    YAML::Node list = view.Child("phrases");
    if (!list) view.Fail("missing required key 'phrases'");
    view.OptionalString("origin");
    view.RejectUnknownKeys();
    ReadSwapList(list, path, "phrases", swaps);
  }
  if (swaps.empty()) yaml.Fail("a substitution rule needs 'swap' or 'swap_file'");
  std::string alt;
  for (const auto& [phrase, swap] : swaps) AppendJoined(alt, "|", PhraseToPattern(phrase));
  return std::make_unique<SubstitutionRule>(std::move(info), std::move(swaps), "(?:" + alt + ")");
}

}  // namespace newslint
