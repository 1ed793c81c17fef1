// Article text and file names are untrusted: whatever bytes they carry, the
// terminal formats show no raw control character (an escape sequence in a
// scraped page must not recolour, retitle or clear the reader's terminal),
// JSON escapes them (DEL and C1 too) and keeps them exactly, and XML
// replaces what it cannot carry. (HTML escaping is tested with the HTML report.)
#include <nlohmann/json.hpp>

#include "tests/test_support.h"

namespace newslint {
namespace {

using testing::Binary;
using testing::RunCommand;
using testing::SourceDir;
using testing::TempDir;

// ESC sequences (CSI colour, OSC window title), BEL, backspace, DEL and the
// one-byte C1 CSI (U+009B): what a hostile page would carry.
constexpr const char* kHostile = "\x1b[31mRED\x1b[0m\x1b]0;owned\x07\x08\x7f\xc2\x9b" "2J";

class UntrustedOutput : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("rules/hostile.yaml",
               "id: house.hostile\ntype: existence\ncategory: boilerplate.residue\n"
               "severity: warning\nscope: line\nmessage: \"found: {match}\"\n"
               "patterns: ['\\x1b\\[31m\\w+\\x1b\\[0m\\S*']\n"
               "examples:\n  flag: [\"\\x1b[31mRED\\x1b[0m\"]\n  pass: [plain]\n");
    hostile_path_ = dir_.Write(std::string("corpus/\x1b]0;title\x07name.txt"),
                               std::string("Title\n\nA line ") + kHostile + " ends here.\n");
    dir_.Write("corpus/bad-name-\xff.txt", "Title\n\nPlain text , here.\n");
  }

  testing::CommandResult Run(const std::string& format) {
    return RunCommand("cd " + SourceDir() + " && " + Binary() +
                      " check --no-config --no-corpus --rules " + dir_.path() + "/rules --format " +
                      format + " " + dir_.path() + "/corpus");
  }

  TempDir dir_;
  std::string hostile_path_;
};

// The first raw control character (C0 but newline, DEL, C1), if any.
std::optional<size_t> RawControl(const std::string& s, bool allow_tab = false) {
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == '\n' || (allow_tab && c == '\t')) continue;
    if (c < 0x20 || c == 0x7f) return i;
    if (c == 0xc2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(s[i + 1]) <= 0x9f) {
      return i;
    }
  }
  return std::nullopt;
}

TEST_F(UntrustedOutput, TerminalFormatsCarryNoControlCharacter) {
  for (const char* format : {"text", "gcc", "github"}) {
    auto r = Run(format);
    EXPECT_EQ(r.exit_code, 0) << format << ": " << r.err;
    EXPECT_NE(r.out.find("found: \\x1b[31mRED\\x1b[0m\\x1b]0;owned\\x07\\x08\\x7f\\u009b2J"),
              std::string::npos)
        << format << ":\n" << r.out;
    auto at = RawControl(r.out);
    EXPECT_FALSE(at) << format << " at byte " << *at << ":\n" << r.out;
    EXPECT_FALSE(RawControl(r.err)) << r.err;
  }
}

TEST_F(UntrustedOutput, JsonEscapesAndKeepsTheBytes) {
  for (const char* format : {"json", "sarif", "rdjsonl"}) {
    auto r = Run(format);
    EXPECT_EQ(r.exit_code, 0) << format << ": " << r.err;
    EXPECT_FALSE(RawControl(r.out)) << format << ":\n" << r.out;
    EXPECT_NE(r.out.find("\\u001b[31mRED\\u001b[0m"), std::string::npos) << format;
  }
  auto j = nlohmann::json::parse(Run("json").out);
  bool found = false;
  for (const auto& f : j["findings"]) {
    if (f["rule"] != "house.hostile") continue;
    found = true;
    EXPECT_EQ(f["path"], hostile_path_);  // the name's escape sequence, intact
    EXPECT_EQ(f["message"], std::string("found: ") + kHostile);
  }
  EXPECT_TRUE(found) << j.dump();
  // A name that is not UTF-8 is replaced, not a reason to fail the report.
  EXPECT_NE(j.dump().find("bad-name-\xef\xbf\xbd.txt"), std::string::npos);
  for (const auto& line : [&] {
         std::vector<std::string> lines;
         std::stringstream ss(Run("rdjsonl").out);
         for (std::string l; std::getline(ss, l);) lines.push_back(l);
         return lines;
       }()) {
    EXPECT_TRUE(nlohmann::json::accept(line)) << line;
  }
}

TEST_F(UntrustedOutput, XmlReplacesWhatItCannotCarry) {
  for (const char* format : {"checkstyle", "junit"}) {
    auto r = Run(format);
    EXPECT_EQ(r.exit_code, 0) << format << ": " << r.err;
    // XML 1.0 carries DEL and C1 as they are; a C0 control it cannot.
    for (char c : r.out) {
      auto u = static_cast<unsigned char>(c);
      EXPECT_FALSE(u < 0x20 && c != '\n' && c != '\t') << format << ": byte " << int(u);
    }
    EXPECT_NE(r.out.find("found: \xef\xbf\xbd[31mRED\xef\xbf\xbd[0m\xef\xbf\xbd]0;owned"
                         "\xef\xbf\xbd\xef\xbf\xbd\x7f\xc2\x9b" "2J"),
              std::string::npos)
        << format << r.out;
  }
}

}  // namespace
}  // namespace newslint
