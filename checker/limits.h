// The bounds newslint keeps to whatever it is fed, so hostile input ends in
// a clear message instead of exhausted memory, stack or time. Each limit is
// configurable (`limits:` in .newslint.yaml, `--limit NAME=VALUE`); the
// defaults below are far above any real article and are documented in the
// README ("Limits and guarantees").
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "checker/yaml_view.h"

namespace newslint {

struct Limits {
  size_t article_bytes = 64u << 20;  // a .txt/.md article; larger ones are input errors
  size_t line_bytes = 4u << 20;      // one line of an article (or of a JSONL record's text)
  size_t record_bytes = 64u << 20;   // one JSONL line
  size_t yaml_depth = 64;            // nesting of any YAML file or front matter
  size_t yaml_nodes = 1'000'000;     // nodes of one YAML document, aliases expanded
  int64_t regex_memory = 64 << 20;   // RE2 max_mem of each compiled rule pattern
  size_t findings_per_article = 1000;  // more are dropped, with an input error
};

// Names accepted by SetLimit: article_bytes, line_bytes, record_bytes,
// yaml_depth, yaml_nodes, regex_memory, findings_per_article.
// Sizes take K, M, G (powers of 1024), e.g. "128M". Returns an error text,
// or nullopt when set.
std::optional<std::string> SetLimit(Limits& limits, std::string_view name, std::string_view value);

// Reads the `limits:` mapping of a configuration (unknown keys and bad
// values are LoadErrors at their line and column).
void ReadLimits(const YAML::Node& node, const std::string& file, Limits& limits);

// The limits every YAML load and every rule pattern of this process obeys.
// Set once, before loading rules and knowledge (OpenSession); the YAML and
// RE2 wrappers read them.
const Limits& ProcessLimits();
void SetProcessLimits(const Limits& limits);

}  // namespace newslint
