#include "checker/pcre2_pattern.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <re2/re2.h>

#include <stdexcept>
#include <vector>

namespace newslint {
namespace {

// Steps PCRE2 may take before RE2 is asked instead. The patterns' texts are
// a few hundred bytes and an ordinary match takes a few hundred steps.
constexpr uint32_t kMatchLimit = 100'000;

struct MatchContextFree {
  void operator()(pcre2_match_context* c) const { pcre2_match_context_free(c); }
};
struct MatchDataFree {
  void operator()(pcre2_match_data* d) const { pcre2_match_data_free(d); }
};

pcre2_match_context* Context() {
  static const std::unique_ptr<pcre2_match_context, MatchContextFree> context = [] {
    std::unique_ptr<pcre2_match_context, MatchContextFree> c(pcre2_match_context_create(nullptr));
    pcre2_set_match_limit(c.get(), kMatchLimit);
    return c;
  }();
  return context.get();
}

// One block of match data a thread, room for any of the patterns' groups,
// freed when the thread ends.
constexpr uint32_t kMaxGroups = 16;
pcre2_match_data* ThreadMatchData() {
  thread_local std::unique_ptr<pcre2_match_data, MatchDataFree> data(
      pcre2_match_data_create(kMaxGroups, nullptr));
  return data.get();
}

}  // namespace

Pcre2Pattern::Pcre2Pattern(std::string pattern) : pattern_(std::move(pattern)) {
  int error = 0;
  PCRE2_SIZE offset = 0;
  code_ = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern_.data()), pattern_.size(), PCRE2_UTF,
                        &error, &offset, nullptr);
  if (!code_) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(error, message, sizeof message);
    throw std::invalid_argument("pattern error at " + std::to_string(offset) + ": " +
                                reinterpret_cast<const char*>(message));
  }
  uint32_t groups = 0;
  pcre2_pattern_info(code_, PCRE2_INFO_CAPTURECOUNT, &groups);
  if (groups + 1 > kMaxGroups) {
    pcre2_code_free(code_);
    throw std::invalid_argument("pattern has more than " + std::to_string(kMaxGroups - 1) +
                                " groups");
  }
  // Without the JIT (a platform without it, or one that forbids executable
  // memory) pcre2_match interprets the pattern instead: slower, same answers.
  pcre2_jit_compile(code_, PCRE2_JIT_COMPLETE);
}

Pcre2Pattern::~Pcre2Pattern() { pcre2_code_free(code_); }

bool Pcre2Pattern::Match(std::string_view text, std::string_view* group, int index) const {
  pcre2_match_data* data = ThreadMatchData();
  int rc = pcre2_match(code_, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0, 0, data,
                       Context());
  if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT ||
      rc == PCRE2_ERROR_JIT_STACKLIMIT) {
    return MatchWithRe2(text, group, index);
  }
  if (rc < 0) return false;  // no match, or text that is not UTF-8
  if (group) {
    *group = {};
    if (index < rc) {
      const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(data);
      PCRE2_SIZE b = ov[2 * index], e = ov[2 * index + 1];
      if (b != PCRE2_UNSET) *group = text.substr(b, e - b);
    }
  }
  return true;
}

bool Pcre2Pattern::MatchWithRe2(std::string_view text, std::string_view* group, int index) const {
  std::call_once(re2_built_, [&] {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(64 << 20);  // room for the DFA of the large Unicode classes
    re2_ = std::make_unique<RE2>(pattern_, options);
  });
  if (!re2_->ok()) return false;
  std::vector<re2::StringPiece> groups(static_cast<size_t>(index) + 1);
  re2::StringPiece in(text.data(), text.size());
  if (!re2_->Match(in, 0, in.size(), RE2::UNANCHORED, groups.data(),
                   static_cast<int>(groups.size()))) {
    return false;
  }
  if (group) {
    const auto& g = groups[static_cast<size_t>(index)];
    *group = g.data() ? std::string_view(g.data(), g.size()) : std::string_view();
  }
  return true;
}

}  // namespace newslint
