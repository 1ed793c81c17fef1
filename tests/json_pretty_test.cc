#include "reports/json_pretty.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "reports/json_text.h"

namespace newslint {
namespace {

using Json = nlohmann::ordered_json;

// What the report writers printed before PrettyJson: the library's dump(2),
// then the C1 and DEL escapes of EscapeJsonControls.
std::string Dumped(const Json& value) {
  return EscapeJsonControls(value.dump(2, ' ', false, Json::error_handler_t::replace));
}

// `value` written through PrettyJson, event by event.
void Emit(PrettyJson& j, const Json& value) {
  switch (value.type()) {
    case Json::value_t::object:
      j.BeginObject();
      for (const auto& [key, member] : value.items()) {
        j.Key(key);
        Emit(j, member);
      }
      j.EndObject();
      break;
    case Json::value_t::array:
      j.BeginArray();
      for (const auto& element : value) Emit(j, element);
      j.EndArray();
      break;
    case Json::value_t::string:
      j.String(value.get_ref<const std::string&>());
      break;
    case Json::value_t::boolean:
      j.Bool(value.get<bool>());
      break;
    case Json::value_t::null:
      j.Null();
      break;
    default:
      j.Int(value.get<int64_t>());
      break;
  }
}

std::string Pretty(const Json& value) {
  std::ostringstream out;
  PrettyJson j(out, 0);
  Emit(j, value);
  return out.str();
}

TEST(PrettyJson, LaysOutNestedValuesAsTheLibraryDoes) {
  Json value = {{"path", "a.txt"},
                {"record", nullptr},
                {"line", 12},
                {"negative", -3},
                {"fix_safe", false},
                {"empty_array", Json::array()},
                {"empty_object", Json::object()},
                {"related", {{{"path", "b.txt"}, {"line", 1}}, {{"path", "c.txt"}, {"line", 2}}}},
                {"nested", {{"deeper", {1, 2, {{"x", true}}}}}}};
  EXPECT_EQ(Pretty(value), Dumped(value));
  EXPECT_EQ(Pretty(Json::array()), "[]");
  EXPECT_EQ(Pretty(Json::object()), "{}");
}

TEST(PrettyJson, EscapesStringsAsTheReportAlwaysHas) {
  const std::string strings[] = {
      "plain",
      "quote \" and back\\slash",
      std::string("controls \x01\x1f\b\f\n\r\t end"),
      std::string("a NUL \0 inside", 14),
      "DEL \x7f and NEL \xc2\x85 and CSI \xc2\x9b",
      "\xc2\xa0 no-break space is not a control",
      "curly \xe2\x80\x9cquotes\xe2\x80\x9d, \xe4\xb8\xad\xe6\x96\x87, emoji \xf0\x9f\x98\x80",
      "invalid \xff byte and truncated \xe2\x80",
      "surrogate \xed\xa0\x80 and overlong \xc0\xaf",
  };
  for (const auto& s : strings) {
    std::string got;
    PrettyJson::AppendString(got, s);
    EXPECT_EQ(got, Dumped(Json(s))) << s;
    EXPECT_EQ(Pretty(Json{{"k", s}}), Dumped(Json{{"k", s}})) << s;
  }
}

TEST(PrettyJson, IndentsFromTheLevelItStartsAt) {
  Json value = {{"a", {1, 2}}, {"b", "x"}};
  std::ostringstream out;
  PrettyJson j(out, 2);
  Emit(j, value);
  // The caller has indented the first line; every later one is two levels in.
  std::string want = Dumped(value);
  for (size_t at = 0; (at = want.find('\n', at)) != std::string::npos; at += 5) {
    want.insert(at + 1, "    ");
  }
  EXPECT_EQ(out.str(), want);
}

}  // namespace
}  // namespace newslint
