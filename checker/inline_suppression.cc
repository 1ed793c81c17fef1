#include "checker/inline_suppression.h"

#include <algorithm>
#include <string_view>

namespace newslint {
namespace {

constexpr std::string_view kOpen = "<!--", kClose = "-->";

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// "newslint-disable a.b, c.d" -> a directive; anything else is an ordinary
// comment and stays in the text.
bool ParseDirective(std::string_view body, SuppressionDirective& out) {
  body = Trim(body);
  size_t word_end = 0;
  while (word_end < body.size() && !IsSpace(body[word_end]) && body[word_end] != ',') ++word_end;
  std::string_view word = body.substr(0, word_end);
  if (word == "newslint-disable") {
    out.kind = SuppressionDirective::Kind::kDisable;
  } else if (word == "newslint-enable") {
    out.kind = SuppressionDirective::Kind::kEnable;
  } else if (word == "newslint-disable-next-line") {
    out.kind = SuppressionDirective::Kind::kDisableNextLine;
  } else {
    return false;
  }
  std::string name;
  for (char c : body.substr(word_end)) {
    if (IsSpace(c) || c == ',') {
      if (!name.empty()) out.names.push_back(std::move(name));
      name.clear();
    } else {
      name += c;
    }
  }
  if (!name.empty()) out.names.push_back(std::move(name));
  return true;
}

bool Names(const std::vector<std::string>& names, const Finding& f) {
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& n) { return n == f.rule || n == f.category; });
}

}  // namespace

InlineSuppressions InlineSuppressions::ExtractFrom(std::string& text, int first_line) {
  InlineSuppressions out;
  int line = first_line;
  size_t counted = 0;  // text[0, counted) has been scanned for line ends
  for (size_t open = text.find(kOpen); open != std::string::npos; open = text.find(kOpen, open)) {
    size_t close = text.find(kClose, open + kOpen.size());
    if (close == std::string::npos) break;
    size_t end = close + kClose.size();
    SuppressionDirective d;
    if (ParseDirective(
            std::string_view(text).substr(open + kOpen.size(), close - open - kOpen.size()), d)) {
      line += static_cast<int>(std::count(text.begin() + counted, text.begin() + open, '\n'));
      d.start_line = line;
      size_t line_start = text.rfind('\n', open);
      line_start = line_start == std::string::npos ? 0 : line_start + 1;
      d.start_column = 1 + static_cast<int>(std::count_if(
                               text.begin() + line_start, text.begin() + open, [](char c) {
                                 return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
                               }));
      line += static_cast<int>(std::count(text.begin() + open, text.begin() + end, '\n'));
      counted = end;
      d.line = line;
      out.directives_.push_back(std::move(d));
      for (size_t i = open; i < end; ++i) {
        if (text[i] != '\n') text[i] = ' ';
      }
    }
    open = end;
  }
  return out;
}

bool InlineSuppressions::Suppresses(const Finding& f) const {
  // The last block directive above the finding that concerns its rule (by
  // id, category, or every rule) decides: later wins, so `disable` then
  // `enable text.typography` leaves only that category on.
  bool off = false;
  for (const auto& d : directives_) {
    if (d.line >= f.line) break;
    bool concerns = d.names.empty() || Names(d.names, f);
    if (!concerns) continue;
    switch (d.kind) {
      case SuppressionDirective::Kind::kDisableNextLine:
        if (d.line + 1 == f.line) return true;
        break;
      case SuppressionDirective::Kind::kDisable:
        off = true;
        break;
      case SuppressionDirective::Kind::kEnable:
        off = false;
        break;
    }
  }
  return off;
}

void InlineSuppressions::Apply(std::vector<Finding>& findings) const {
  if (directives_.empty()) return;
  std::erase_if(findings, [&](const Finding& f) { return Suppresses(f); });
}

}  // namespace newslint
