#include "reports/json_text.h"

#include <fmt/format.h>

namespace newslint {

std::string EscapeJsonControls(std::string dumped) {
  bool any = false;
  for (size_t i = 0; i < dumped.size() && !any; ++i) {
    auto c = static_cast<unsigned char>(dumped[i]);
    any = c == 0x7F || (c == 0xC2 && i + 1 < dumped.size() &&
                        static_cast<unsigned char>(dumped[i + 1]) <= 0x9F);
  }
  if (!any) return dumped;
  std::string out;
  out.reserve(dumped.size() + 16);
  for (size_t i = 0; i < dumped.size(); ++i) {
    auto c = static_cast<unsigned char>(dumped[i]);
    if (c == 0x7F) {
      out += "\\u007f";
    } else if (c == 0xC2 && i + 1 < dumped.size() &&
               static_cast<unsigned char>(dumped[i + 1]) <= 0x9F) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(dumped[i + 1]));
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace newslint
