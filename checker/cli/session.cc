#include "checker/cli/session.h"

#include <yaml-cpp/yaml.h>

#include <future>

#include "checker/corpus/kb_names.h"
#include "checker/dates/date_analysis.h"
#include "checker/dates/date_lexicon.h"
#include "checker/kb/event_base.h"
#include "checker/kb/people_base.h"
#include "checker/titles/title_pass.h"
#include "checker/rule_catalog.h"
#include "checker/rules_root.h"
#include "checker/yaml_view.h"

namespace newslint {

bool ParseSessionOption(const std::string& option, Arguments& args, SessionOptions& out) {
  if (option == "--config" || option == "-c") {
    out.config_file = args.Value(option);
  } else if (option == "--no-config") {
    out.no_config = true;
  } else if (option == "--rules" || option == "-r") {
    out.rule_dirs.push_back(args.Value(option));
  } else if (option == "--knowledge" || option == "-k") {
    out.knowledge_dirs.push_back(args.Value(option));
  } else if (option == "--as-of") {
    out.as_of = args.Value(option);
    auto d = ParseIsoDate(*out.as_of);
    if (!d || !d->complete()) throw UsageError("--as-of takes a date: YYYY-MM-DD");
  } else if (option == "--limit") {
    std::string v = args.Value(option);
    size_t eq = v.find('=');
    Limits check;
    std::optional<std::string> error =
        eq == std::string::npos ? std::optional<std::string>("--limit takes NAME=VALUE")
                                : SetLimit(check, v.substr(0, eq), v.substr(eq + 1));
    if (error) throw UsageError("--limit " + v + ": " + *error);
    out.limits.emplace_back(v.substr(0, eq), v.substr(eq + 1));
  } else {
    return false;
  }
  return true;
}

std::vector<std::string> KnowledgeDirs(const Config& config, const SessionOptions& options) {
  std::vector<std::string> dirs = {RulesRoot() + "/kb"};
  dirs.insert(dirs.end(), config.knowledge.begin(), config.knowledge.end());
  dirs.insert(dirs.end(), options.knowledge_dirs.begin(), options.knowledge_dirs.end());
  return dirs;
}

std::optional<Session> OpenSession(const SessionOptions& options, std::ostream& err) {
  Session s;
  try {
    std::optional<std::string> file = options.config_file;
    if (!file && !options.no_config) file = FindConfig(".");
    if (file) s.config = LoadConfig(*file);
    for (const auto& [name, value] : options.limits) SetLimit(s.config.limits, name, value);
    SetProcessLimits(s.config.limits);  // before any rule or knowledge file is read
    // yaml-cpp keeps the spellings of true/false in a function-local static:
    // fill it here, before the loaders below parse YAML on three threads
    // (ThreadSanitizer saw them meet there).
    (void)YAML::Load("true").as<bool>();
    // The cross-article pass takes the KB's names from the people base read
    // below rather than parsing the same files again (yaml-cpp is slow);
    // it reads its claims first, so it seldom waits. The promise is kept,
    // given the KB's error, or broken (destroyed before `s`, whose future
    // waits for the pass's thread) when something else fails first: the
    // thread never waits on it for ever.
    std::promise<corpus::KbNames> kb_names;
    std::shared_future<corpus::KbNames> kb_names_ready = kb_names.get_future().share();
    bool kb_names_kept = !options.load_corpus_pass;  // nobody waits on them
    if (options.load_corpus_pass) {
      s.corpus_pass_loading = std::async(std::launch::async, [kb_names_ready] {
        return corpus::CorpusPass::Load(RulesRoot(), [&] { return kb_names_ready.get(); });
      });
    }
    // The rules and the knowledge base are separate files read into separate
    // objects: read them side by side. Start-up is most of a small check's
    // time, and the second core would idle through it. The knowledge base's
    // faults are still reported first (the rules' wait in the future).
    auto rules = std::async(std::launch::async, [&s, &options] {
      return LoadConfiguredRules(s.config, options.rule_dirs);
    });
    LinterPasses passes;
    auto lexicon = DateLexicon::Load(RulesRoot() + "/dates/lexicon/en.yaml");
    auto events = std::make_shared<EventBase>();
    auto people = std::make_shared<PeopleBase>();
    try {
      // The first folder is the shipped KB, the one the cross-article pass
      // reads; folders added by the configuration are the per-article
      // pass's alone.
      for (const auto& dir : KnowledgeDirs(s.config, options)) {
        events->LoadFolder(dir + "/events");
        people->LoadFolder(dir);
        if (!kb_names_kept) kb_names.set_value(corpus::KbNamesOf(*people));
        kb_names_kept = true;
      }
    } catch (...) {
      if (!kb_names_kept) kb_names.set_exception(std::current_exception());
      kb_names_kept = true;
      throw;
    }
    std::vector<LoadError> faults;
    events->Validate(faults);
    people->Validate(faults);
    if (!faults.empty()) throw faults.front();
    DatePassOptions dpo;
    std::optional<std::string> as_of = options.as_of ? options.as_of : s.config.as_of;
    if (as_of) {
      auto d = ParseIsoDate(*as_of);
      if (!d || !d->complete()) {
        throw LoadError(s.config.file.empty() ? "--as-of" : s.config.file, 1, 1,
                        "as_of must be a date: YYYY-MM-DD");
      }
      dpo.as_of = d->Interval()->first;
    }
    passes.dates = std::make_shared<DatePass>(lexicon, events, dpo);
    passes.titles = std::make_shared<TitlePass>(people);
    s.linter = std::make_unique<Linter>(rules.get(), std::move(passes));
  } catch (const LoadError& e) {
    err << e.what() << "\n";
    return std::nullopt;
  }
  return s;
}

}  // namespace newslint
