// JSON text for reports read by people as well as programs. The JSON
// library escapes what JSON requires (C0 controls); DEL and the C1 controls
// (U+0080 to U+009F, among them the one-byte CSI that starts a terminal
// escape sequence) are legal raw, so a report `cat` to a terminal could act
// on them. These are escaped too: the value read back is the same.
#pragma once

#include <string>

namespace newslint {

// `dumped` is the output of a JSON serialiser (valid UTF-8, where a 0xC2
// byte is always a lead byte, so C2 80..9F is exactly U+0080..U+009F).
std::string EscapeJsonControls(std::string dumped);

}  // namespace newslint
