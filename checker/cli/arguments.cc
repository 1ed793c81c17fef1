#include "checker/cli/arguments.h"

#include "checker/finding.h"

namespace newslint {

bool Arguments::PeekIsOption() const {
  if (only_positional_ || Done()) return false;
  const std::string& a = args_[pos_];
  return a.size() > 1 && a[0] == '-' && a != "-";
}

std::optional<std::string> Arguments::NextOption() {
  inline_value_.reset();
  if (!Done() && !only_positional_ && args_[pos_] == "--") {
    only_positional_ = true;
    ++pos_;
  }
  if (!PeekIsOption()) return std::nullopt;
  std::string a = args_[pos_++];
  if (auto eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
    inline_value_ = a.substr(eq + 1);
    a.resize(eq);
  } else if (a.size() > 2 && a[1] != '-') {  // "-j4": a short option with its value attached
    inline_value_ = a.substr(2);
    a.resize(2);
  }
  return a;
}

std::string Arguments::Value(const std::string& option) {
  if (inline_value_) {
    std::string v = *inline_value_;
    inline_value_.reset();
    return v;
  }
  if (Done()) throw UsageError("option " + option + " needs a value");
  return args_[pos_++];
}

int Arguments::JobsValue(const std::string& option) {
  std::string v = Value(option);
  int jobs = 0;
  try {
    size_t used = 0;
    jobs = std::stoi(v, &used);
    if (used != v.size()) throw std::invalid_argument(v);
  } catch (const std::exception&) {
    throw UsageError(option + " takes a whole number, not '" + v + "'");
  }
  if (jobs < 1) throw UsageError(option + " must be at least 1");
  return jobs;
}

std::string Arguments::FailOnValue(const std::string& option) {
  std::string v = Value(option);
  if (v != "never" && !ParseSeverity(v)) {
    throw UsageError(option + " takes error, warning, info or never");
  }
  return v;
}

}  // namespace newslint
