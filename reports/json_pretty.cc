#include "reports/json_pretty.h"

#include <array>
#include <charconv>
#include <nlohmann/json.hpp>

#include "checker/utf8.h"
#include "reports/json_text.h"

namespace newslint {

namespace {

constexpr char kHex[] = "0123456789abcdef";

// The bytes that may need an escape: C0 controls, the quote, the backslash,
// DEL, and 0xC2, which leads the C1 controls.
constexpr std::array<bool, 256> MakeNeedsLook() {
  std::array<bool, 256> look{};
  for (int c = 0; c < 0x20; ++c) look[static_cast<size_t>(c)] = true;
  for (unsigned char c : {'"', '\\', '\x7f', '\xc2'}) look[c] = true;
  return look;
}
constexpr std::array<bool, 256> kNeedsLook = MakeNeedsLook();

void AppendUnicodeEscape(std::string& to, unsigned char c) {
  to += "\\u00";
  to += kHex[c >> 4];
  to += kHex[c & 0xF];
}

}  // namespace

void PrettyJson::AppendString(std::string& to, std::string_view s) {
  if (utf8::FirstInvalidByte(s)) {
    // Readers refuse invalid UTF-8, so this is a defence: the JSON library's
    // replacement characters, exactly as the rest of the report has them.
    to += EscapeJsonControls(nlohmann::json(std::string(s))
                                 .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return;
  }
  to += '"';
  size_t run = 0;  // start of the bytes not yet copied, which need no escape
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (!kNeedsLook[c]) continue;
    bool c1 = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F;
    if (c == 0xC2 && !c1) continue;
    to.append(s.data() + run, i - run);
    switch (c) {
      case '"':
        to += "\\\"";
        break;
      case '\\':
        to += "\\\\";
        break;
      case '\b':
        to += "\\b";
        break;
      case '\f':
        to += "\\f";
        break;
      case '\n':
        to += "\\n";
        break;
      case '\r':
        to += "\\r";
        break;
      case '\t':
        to += "\\t";
        break;
      default:
        AppendUnicodeEscape(to, c1 ? static_cast<unsigned char>(s[++i]) : c);
        break;
    }
    run = i + 1;
  }
  to.append(s.data() + run, s.size() - run);
  to += '"';
}

PrettyJson& PrettyJson::Key(std::string_view name) {
  BeforeValue();
  AppendString(text_, name);
  text_ += ": ";
  after_key_ = true;
  return *this;
}

void PrettyJson::String(std::string_view s) {
  BeforeValue();
  AppendString(text_, s);
  FlushIfDone();
}

void PrettyJson::StringOrNull(const std::optional<std::string>& s) {
  if (s) {
    String(*s);
  } else {
    Null();
  }
}

void PrettyJson::Int(int64_t n) {
  BeforeValue();
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  text_.append(digits, end);
  FlushIfDone();
}

void PrettyJson::Bool(bool b) {
  BeforeValue();
  text_ += b ? "true" : "false";
  FlushIfDone();
}

void PrettyJson::Null() {
  BeforeValue();
  text_ += "null";
  FlushIfDone();
}

void PrettyJson::Open(char bracket) {
  BeforeValue();
  text_ += bracket;
  has_members_.push_back(false);
}

void PrettyJson::Close(char bracket) {
  bool members = has_members_.back();
  has_members_.pop_back();
  if (members) NewLine(has_members_.size());
  text_ += bracket;
  FlushIfDone();
}

void PrettyJson::FlushIfDone() {
  if (!has_members_.empty()) return;
  out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
  text_.clear();
}

void PrettyJson::BeforeValue() {
  if (after_key_) {  // the value of a member: on the key's line
    after_key_ = false;
    return;
  }
  if (has_members_.empty()) return;  // the top value: the caller placed it
  if (has_members_.back()) text_ += ',';
  has_members_.back() = true;
  NewLine(has_members_.size());
}

void PrettyJson::NewLine(size_t depth) {
  size_t spaces = (static_cast<size_t>(level_) + depth) * 2;
  text_ += '\n';
  text_.append(spaces, ' ');
}

}  // namespace newslint
