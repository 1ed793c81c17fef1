#include "checker/message_template.h"

namespace newslint {

std::string FillTemplate(std::string_view tmpl,
                         const std::vector<std::pair<std::string, std::string>>& vars) {
  std::string out;
  out.reserve(tmpl.size() + 32);
  size_t pos = 0;
  while (pos < tmpl.size()) {
    size_t open = tmpl.find('{', pos);
    if (open == std::string_view::npos) break;
    size_t close = tmpl.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(tmpl.substr(pos, open - pos));
    std::string_view name = tmpl.substr(open + 1, close - open - 1);
    bool found = false;
    for (const auto& [k, v] : vars) {
      if (k == name) {
        out += v;
        found = true;
        break;
      }
    }
    if (!found) out.append(tmpl.substr(open, close - open + 1));
    pos = close + 1;
  }
  out.append(tmpl.substr(pos));
  return out;
}

}  // namespace newslint
