// Strict reading of one YAML mapping: typed getters that remember which keys
// were read, and errors that name the file, line and column of the fault.
// After a loader has taken what it knows, RejectUnknownKeys() refuses the rest,
// so a misspelt key is an error, never silently ignored.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace newslint {

// A fault in a rule, configuration or knowledge file.
class LoadError : public std::runtime_error {
 public:
  LoadError(std::string file, int line, int column, std::string message);
  const std::string& file() const { return file_; }
  int line() const { return line_; }
  int column() const { return column_; }
  const std::string& detail() const { return detail_; }

 private:
  std::string file_;
  int line_, column_;
  std::string detail_;
};

// Parses a YAML file, turning parser errors into LoadErrors. The document
// must keep to the process's YAML limits (see CheckYamlLimits).
YAML::Node LoadYamlFile(const std::string& path);

// Refuses a document nested deeper than limits.yaml_depth or with more than
// limits.yaml_nodes nodes once aliases are expanded (an alias bomb: loaders
// that walk the tree would do that expansion), with a LoadError at the node
// where the limit was crossed.
void CheckYamlLimits(const YAML::Node& root, const std::string& file);

class YamlView {
 public:
  YamlView(YAML::Node node, std::string file);

  const std::string& file() const { return file_; }
  const YAML::Node& node() const { return node_; }
  bool Has(const std::string& key) const;

  std::string RequiredString(const std::string& key);
  std::optional<std::string> OptionalString(const std::string& key);
  std::vector<std::string> StringList(const std::string& key, bool required = false);
  int Int(const std::string& key, int fallback);
  double Double(const std::string& key, double fallback);
  bool Bool(const std::string& key, bool fallback);
  // The raw node under key (marked as read); an undefined node when absent.
  YAML::Node Child(const std::string& key);

  [[noreturn]] void Fail(const YAML::Node& at, const std::string& message) const;
  [[noreturn]] void Fail(const std::string& message) const { Fail(node_, message); }
  void RejectUnknownKeys() const;

 private:
  YAML::Node node_;
  std::string file_;
  std::set<std::string> read_;
};

// Scalar and list helpers for nodes that are not whole mappings.
std::string ScalarString(const YAML::Node& n, const std::string& file, const std::string& what);
std::vector<std::string> ScalarList(const YAML::Node& n, const std::string& file,
                                    const std::string& what);

}  // namespace newslint
