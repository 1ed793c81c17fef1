#include "checker/limits.h"

#include <fmt/format.h>

#include <charconv>

namespace newslint {
namespace {

Limits& Current() {
  static Limits limits;
  return limits;
}

std::optional<uint64_t> ParseAmount(std::string_view v) {
  uint64_t scale = 1;
  if (!v.empty()) {
    switch (v.back()) {
      case 'k': case 'K': scale = 1ull << 10; break;
      case 'm': case 'M': scale = 1ull << 20; break;
      case 'g': case 'G': scale = 1ull << 30; break;
      default: break;
    }
    if (scale != 1) v.remove_suffix(1);
  }
  uint64_t n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (v.empty() || ec != std::errc() || end != v.data() + v.size() || n == 0) return std::nullopt;
  if (n > (uint64_t{1} << 62) / scale) return std::nullopt;
  return n * scale;
}

}  // namespace

std::optional<std::string> SetLimit(Limits& limits, std::string_view name, std::string_view value) {
  auto n = ParseAmount(value);
  if (!n) {
    return fmt::format("limit {} takes a positive whole number (K, M, G allowed), not '{}'", name,
                       value);
  }
  if (name == "article_bytes") limits.article_bytes = *n;
  else if (name == "line_bytes") limits.line_bytes = *n;
  else if (name == "record_bytes") limits.record_bytes = *n;
  else if (name == "yaml_depth") limits.yaml_depth = *n;
  else if (name == "yaml_nodes") limits.yaml_nodes = *n;
  else if (name == "regex_memory") limits.regex_memory = static_cast<int64_t>(*n);
  else if (name == "findings_per_article") limits.findings_per_article = *n;
  else {
    return fmt::format(
        "unknown limit '{}' (known: article_bytes, line_bytes, record_bytes, yaml_depth, "
        "yaml_nodes, regex_memory, findings_per_article)",
        name);
  }
  return std::nullopt;
}

void ReadLimits(const YAML::Node& node, const std::string& file, Limits& limits) {
  auto fail = [&](const YAML::Node& at, const std::string& message) {
    YAML::Mark m = at.Mark();
    throw LoadError(file, m.is_null() ? 1 : m.line + 1, m.is_null() ? 1 : m.column + 1, message);
  };
  if (!node.IsMap()) fail(node, "'limits' must map limit names to numbers");
  for (const auto& kv : node) {
    if (!kv.first.IsScalar() || !kv.second.IsScalar()) fail(kv.first, "a limit is NAME: NUMBER");
    if (auto error = SetLimit(limits, kv.first.Scalar(), kv.second.Scalar())) {
      fail(error->rfind("unknown", 0) == 0 ? kv.first : kv.second, *error);
    }
  }
}

const Limits& ProcessLimits() { return Current(); }
void SetProcessLimits(const Limits& limits) { Current() = limits; }

}  // namespace newslint
