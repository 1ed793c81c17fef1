#include "checker/rule_loader.h"

#include <dirent.h>
#include <fmt/format.h>

#include <algorithm>

#include "checker/categories.h"
#include "checker/phrase_pattern.h"
#include "checker/rules_root.h"
#include "checker/text_join.h"
#include "re2/re2.h"

namespace newslint {
namespace {

bool ValidId(const std::string& id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
  });
}

std::string DirOf(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

}  // namespace

std::unique_ptr<Rule> LoadRuleNode(const YAML::Node& node, const std::string& file,
                                   LoadContext& ctx) {
  YamlView yaml(node, file);
  RuleInfo info;
  info.file = DisplayPath(file);
  info.line = node.Mark().line + 1;
  info.id = yaml.RequiredString("id");
  if (!ValidId(info.id)) {
    yaml.Fail(node["id"], "rule id '" + info.id + "' may use only a-z, 0-9, '.', '-' and '_'");
  }
  info.type = yaml.RequiredString("type");
  const RuleType* type = FindRuleType(info.type);
  if (!type) {
    std::string known;
    for (const auto& t : RuleTypes()) AppendJoined(known, ", ", t.name);
    yaml.Fail(node["type"], fmt::format("unknown rule type '{}' (known: {})", info.type, known));
  }
  info.category = yaml.RequiredString("category");
  if (!IsCategory(info.category)) {
    yaml.Fail(node["category"],
              fmt::format("category '{}' is not in the spec (../shared/spec/findings.md)",
                          info.category));
  }
  std::string severity = yaml.RequiredString("severity");
  auto sev = ParseSeverity(severity);
  if (!sev) yaml.Fail(node["severity"], "severity must be error, warning or info");
  info.severity = *sev;
  info.message = yaml.RequiredString("message");
  std::string scope = yaml.RequiredString("scope");
  auto sc = ParseScope(scope);
  if (!sc) {
    yaml.Fail(node["scope"], "scope must be title, heading, line, sentence, paragraph or document");
  }
  info.scope = *sc;
  info.description = yaml.OptionalString("description").value_or("");
  info.exceptions = yaml.StringList("exceptions");
  YAML::Node exc = node["exceptions"];
  for (size_t i = 0; i < info.exceptions.size(); ++i) {
    try {
      CompilePattern(info.exceptions[i], true);
    } catch (const std::invalid_argument& e) {
      yaml.Fail(exc.IsSequence() ? exc[i] : exc, std::string("bad exception pattern: ") + e.what());
    }
  }
  info.yield_to = yaml.StringList("yield_to");
  for (const auto& c : info.yield_to) {
    if (!IsCategory(c)) yaml.Fail(node["yield_to"], "'" + c + "' is not a category of the spec");
  }
  YAML::Node examples = yaml.Child("examples");
  if (!examples) yaml.Fail("missing required key 'examples' (texts to flag and to pass)");
  YamlView ex(examples, file);
  info.examples.flag = ex.StringList("flag", true);
  info.examples.pass = ex.StringList("pass");
  ex.RejectUnknownKeys();
  if (info.examples.flag.empty()) yaml.Fail(examples, "'examples.flag' needs at least one text");
  ctx.file_dir = DirOf(file);
  auto rule = type->make(std::move(info), yaml, ctx);
  yaml.RejectUnknownKeys();
  return rule;
}

std::unique_ptr<Rule> LoadRuleFile(const std::string& path, LoadContext& ctx) {
  return LoadRuleNode(LoadYamlFile(path), path, ctx);
}

std::vector<std::unique_ptr<Rule>> LoadRuleFolder(const std::string& dir, LoadContext& ctx) {
  DIR* d = opendir(dir.c_str());
  if (!d) throw LoadError(dir, 1, 1, "cannot open the rule folder");
  std::vector<std::string> names;
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    auto ends = [&](const std::string& s) {
      return n.size() >= s.size() && n.compare(n.size() - s.size(), s.size(), s) == 0;
    };
    if (n[0] == '.' || !(ends(".yaml") || ends(".yml")) || ends(".data.yaml")) continue;
    names.push_back(n);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  std::vector<std::unique_ptr<Rule>> rules;
  for (const auto& n : names) rules.push_back(LoadRuleFile(dir + "/" + n, ctx));
  return rules;
}

}  // namespace newslint
