// Text made safe for the XML formats (JUnit, Checkstyle). Markup characters
// are escaped; characters XML 1.0 cannot carry at all (C0 controls other than
// tab, LF and CR; U+FFFE and U+FFFF; bytes that are not UTF-8) become U+FFFD,
// because a parser rejects the whole report for a single one of them, and
// article text and messages can hold anything a scraper let through.
#pragma once

#include <string>
#include <string_view>

namespace newslint {

// For element content: line breaks kept as they are.
std::string XmlContent(std::string_view text);

// For a double- or single-quoted attribute value: tab, LF and CR written as
// character references, since a parser would otherwise turn them into spaces.
std::string XmlAttribute(std::string_view text);

}  // namespace newslint
