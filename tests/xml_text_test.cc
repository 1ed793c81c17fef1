// XML 1.0 cannot carry most control characters at all, and one of them voids
// the whole report for a parser: the XML formats must escape markup and
// replace what XML cannot hold.
#include "reports/xml_text.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "tests/report_test_support.h"
#include "tests/sample_report.h"

namespace newslint {
namespace {

using test_support::Render;
using test_support::RunCommand;
using test_support::SampleReport;
using test_support::TempPath;
using test_support::WriteWholeFile;

TEST(XmlText, EscapesMarkup) {
  EXPECT_EQ(XmlAttribute("a<b>&\"c\" 'd'"), "a&lt;b&gt;&amp;&quot;c&quot; &apos;d&apos;");
  EXPECT_EQ(XmlContent("a<b>&\"c\""), "a&lt;b&gt;&amp;\"c\"");
  EXPECT_EQ(XmlAttribute("one\ntwo\tthree\r"), "one&#10;two&#9;three&#13;");
  EXPECT_EQ(XmlContent("one\ntwo\r"), "one\ntwo&#13;");
}

TEST(XmlText, ReplacesWhatXmlCannotCarry) {
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(XmlContent("a\x1b[0m\x01z"), "a" + fffd + "[0m" + fffd + "z");
  EXPECT_EQ(XmlContent("\xEF\xBF\xBE"), fffd);  // U+FFFE
  EXPECT_EQ(XmlContent("a\xFF"
                       "b"),
            "a" + fffd + "b");                                   // not UTF-8
  EXPECT_EQ(XmlContent("\xC0\xAF"), fffd);                       // overlong '/', one sequence
  EXPECT_EQ(XmlContent("\xED\xA0\x80"), fffd);                   // a surrogate
  EXPECT_EQ(XmlContent("\xE2\x80\x9C\xF0\x9F\x93\xB0\xC2\x85"),  // kept as they are
            "\xE2\x80\x9C\xF0\x9F\x93\xB0\xC2\x85");
}

TEST(XmlFormats, AreWellFormed) {
  for (std::string_view format : {"junit", "checkstyle"}) {
    std::string xml = Render(format, SampleReport());
    EXPECT_EQ(xml.find('\x1b'), std::string::npos) << format;
    std::string path = TempPath(std::string(format) + ".xml"), out;
    WriteWholeFile(path, xml);
    int status = RunCommand(
        "python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' '" + path +
            "'",
        &out);
    std::filesystem::remove(path);
    EXPECT_EQ(status, 0) << format << ": " << out;
  }
}

}  // namespace
}  // namespace newslint
