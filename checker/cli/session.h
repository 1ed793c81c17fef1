// What every command that checks articles sets up: the configuration (found
// or named), the rules it selects, and the linter over them.
#pragma once

#include <future>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "checker/cli/arguments.h"
#include "checker/config.h"
#include "checker/corpus/corpus_pass.h"
#include "checker/linter.h"

namespace newslint {

struct SessionOptions {
  std::optional<std::string> config_file;
  bool no_config = false;
  std::vector<std::string> rule_dirs;
  std::vector<std::string> knowledge_dirs;  // --knowledge, besides rules/kb and the config's
  std::optional<std::string> as_of;         // --as-of DATE
  std::vector<std::pair<std::string, std::string>> limits;  // --limit NAME=VALUE, over the config's
  // Also read the cross-article pass's files (Session::corpus_pass_loading).
  bool load_corpus_pass = false;
};

// Consumes --config, --no-config, --rules, --knowledge, --as-of and --limit; false for
// other options.
bool ParseSessionOption(const std::string& option, Arguments& args, SessionOptions& out);

// The knowledge folders in force: the shipped rules/kb, the config's, then
// those given on the command line.
std::vector<std::string> KnowledgeDirs(const Config& config, const SessionOptions& options);

struct Session {
  Config config;
  std::unique_ptr<Linter> linter;
  // The cross-article pass's files (settings, extractors, knowledge names)
  // depend on the limits but not on the rest of the configuration: read on
  // another thread from the moment the limits are set, beside the rules and
  // knowledge base. Valid when SessionOptions::load_corpus_pass.
  std::future<std::unique_ptr<corpus::CorpusPass>> corpus_pass_loading;
};

// Loads configuration and rules; on a fault prints `file:line:col: message`
// to err and returns nullopt (exit status 2).
std::optional<Session> OpenSession(const SessionOptions& options, std::ostream& err);

}  // namespace newslint
