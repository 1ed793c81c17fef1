// A small command-line reader: `--name value`, `--name=value`, flags, and
// positional arguments, with errors that say which option is wrong.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace newslint {

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Arguments {
 public:
  Arguments(std::vector<std::string> args) : args_(std::move(args)) {}

  bool Done() const { return pos_ >= args_.size(); }
  // The next argument if it is an option ("--x" or "--x=v"); its name without value.
  std::optional<std::string> NextOption();
  // The value of the option just read (from "=v" or the next argument).
  std::string Value(const std::string& option);
  std::string NextPositional() { return args_[pos_++]; }
  // The value of --jobs: a whole number, at least 1.
  int JobsValue(const std::string& option);
  // The value of --fail-on: error, warning, info or never.
  std::string FailOnValue(const std::string& option);
  bool PeekIsOption() const;

 private:
  std::vector<std::string> args_;
  size_t pos_ = 0;
  std::optional<std::string> inline_value_;
  bool only_positional_ = false;
};

}  // namespace newslint
