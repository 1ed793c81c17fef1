// JSON text laid out byte for byte as nlohmann's dump(2) lays it out, then
// passed through EscapeJsonControls, but written straight to a stream. The
// findings array is most of a large run's report; building a json value per
// finding only to print it cost as much as some rules' analysis.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace newslint {

class PrettyJson {
 public:
  // `level`: the depth of the value's first line, whose indentation the
  // caller has written; nested lines are indented two spaces a level.
  PrettyJson(std::ostream& out, int level) : out_(out), level_(level) {}

  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  // An object member's name; its value comes next.
  PrettyJson& Key(std::string_view name);

  void String(std::string_view s);
  void StringOrNull(const std::optional<std::string>& s);  // null when absent
  void Int(int64_t n);
  void Bool(bool b);
  void Null();

  // `s` as a JSON string: nlohmann's escapes, then EscapeJsonControls'.
  static void AppendString(std::string& to, std::string_view s);

 private:
  void Open(char bracket);
  void Close(char bracket);
  // The separator and indentation before a member or element.
  void BeforeValue();
  void NewLine(size_t depth);
  // Writes the text once the outermost value is complete: one write a
  // finding, not one per token (each costs a stream sentry).
  void FlushIfDone();

  std::ostream& out_;
  int level_;
  // One entry an open object or array: whether it has a member yet.
  std::vector<bool> has_members_;
  bool after_key_ = false;
  std::string text_;
};

}  // namespace newslint
