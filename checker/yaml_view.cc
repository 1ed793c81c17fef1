#include "checker/yaml_view.h"

#include <fmt/format.h>

#include "checker/limits.h"

namespace newslint {

LoadError::LoadError(std::string file, int line, int column, std::string message)
    : std::runtime_error(fmt::format("{}:{}:{}: {}", file, line, column, message)),
      file_(std::move(file)),
      line_(line),
      column_(column),
      detail_(std::move(message)) {}

namespace {
// A node taken from iterating a mapping as if it were a list is invalid:
// yaml-cpp throws on every question asked of it, its mark included.
YAML::Mark MarkOf(const YAML::Node& n) {
  return n.IsDefined() ? n.Mark() : YAML::Mark::null_mark();
}

[[noreturn]] void FailAt(const YAML::Node& n, const std::string& file, const std::string& msg) {
  YAML::Mark m = MarkOf(n);
  bool known = m.line >= 0 && !m.is_null();
  throw LoadError(file, known ? m.line + 1 : 1, known ? m.column + 1 : 1, msg);
}
}  // namespace

namespace {
void WalkWithinLimits(const YAML::Node& n, size_t depth, size_t& nodes, const Limits& limits,
                      const std::string& file) {
  if (++nodes > limits.yaml_nodes) {
    FailAt(n, file,
           fmt::format("YAML document of more than {} nodes once its aliases are expanded "
                       "(limits.yaml_nodes)",
                       limits.yaml_nodes));
  }
  if (depth > limits.yaml_depth) {
    FailAt(n, file, fmt::format("YAML nested deeper than {} levels (limits.yaml_depth)",
                                limits.yaml_depth));
  }
  if (n.IsSequence()) {
    for (const auto& child : n) WalkWithinLimits(child, depth + 1, nodes, limits, file);
  } else if (n.IsMap()) {
    for (const auto& kv : n) {
      WalkWithinLimits(kv.first, depth + 1, nodes, limits, file);
      WalkWithinLimits(kv.second, depth + 1, nodes, limits, file);
    }
  }
}
}  // namespace

void CheckYamlLimits(const YAML::Node& root, const std::string& file) {
  size_t nodes = 0;
  WalkWithinLimits(root, 0, nodes, ProcessLimits(), file);
}

YAML::Node LoadYamlFile(const std::string& path) {
  try {
    YAML::Node root = YAML::LoadFile(path);
    CheckYamlLimits(root, path);
    return root;
  } catch (const YAML::BadFile&) {
    throw LoadError(path, 1, 1, "cannot read the file");
  } catch (const YAML::Exception& e) {
    throw LoadError(path, e.mark.line + 1, e.mark.column + 1, e.msg);
  }
}

YamlView::YamlView(YAML::Node node, std::string file) : node_(std::move(node)), file_(std::move(file)) {
  if (!node_.IsDefined()) {
    FailAt(node_, file_,
           "expected a mapping of keys to values (an item of a list that is written as a "
           "mapping)");
  }
  if (!node_.IsMap()) FailAt(node_, file_, "expected a mapping of keys to values");
}

bool YamlView::Has(const std::string& key) const { return static_cast<bool>(node_[key]); }

YAML::Node YamlView::Child(const std::string& key) {
  read_.insert(key);
  return node_[key];
}

std::string ScalarString(const YAML::Node& n, const std::string& file, const std::string& what) {
  if (!n.IsDefined() || !n.IsScalar()) FailAt(n, file, fmt::format("'{}' must be a string", what));
  return n.as<std::string>();
}

std::vector<std::string> ScalarList(const YAML::Node& n, const std::string& file,
                                    const std::string& what) {
  std::vector<std::string> out;
  if (!n.IsDefined()) FailAt(n, file, fmt::format("'{}' must be a list of strings", what));
  if (n.IsScalar()) {
    out.push_back(n.as<std::string>());
    return out;
  }
  if (!n.IsSequence()) FailAt(n, file, fmt::format("'{}' must be a list of strings", what));
  for (const auto& item : n) out.push_back(ScalarString(item, file, what));
  return out;
}

std::string YamlView::RequiredString(const std::string& key) {
  YAML::Node n = Child(key);
  if (!n) FailAt(node_, file_, fmt::format("missing required key '{}'", key));
  return ScalarString(n, file_, key);
}

std::optional<std::string> YamlView::OptionalString(const std::string& key) {
  YAML::Node n = Child(key);
  if (!n) return std::nullopt;
  return ScalarString(n, file_, key);
}

std::vector<std::string> YamlView::StringList(const std::string& key, bool required) {
  YAML::Node n = Child(key);
  if (!n) {
    if (required) FailAt(node_, file_, fmt::format("missing required key '{}'", key));
    return {};
  }
  return ScalarList(n, file_, key);
}

int YamlView::Int(const std::string& key, int fallback) {
  YAML::Node n = Child(key);
  if (!n) return fallback;
  try {
    return n.as<int>();
  } catch (const YAML::Exception&) {
    FailAt(n, file_, fmt::format("'{}' must be a whole number", key));
  }
}

double YamlView::Double(const std::string& key, double fallback) {
  YAML::Node n = Child(key);
  if (!n) return fallback;
  try {
    return n.as<double>();
  } catch (const YAML::Exception&) {
    FailAt(n, file_, fmt::format("'{}' must be a number", key));
  }
}

bool YamlView::Bool(const std::string& key, bool fallback) {
  YAML::Node n = Child(key);
  if (!n) return fallback;
  try {
    return n.as<bool>();
  } catch (const YAML::Exception&) {
    FailAt(n, file_, fmt::format("'{}' must be true or false", key));
  }
}

void YamlView::Fail(const YAML::Node& at, const std::string& message) const {
  FailAt(at, file_, message);
}

void YamlView::RejectUnknownKeys() const {
  for (const auto& kv : node_) {
    auto key = kv.first.as<std::string>();
    if (!read_.count(key)) FailAt(kv.first, file_, fmt::format("unknown key '{}'", key));
  }
}

}  // namespace newslint
