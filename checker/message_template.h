// Fills a rule's message template: "{match}" and every name a rule type
// provides ({suggestion}, {expected}, {signal}, {1} for a capture...). An
// unknown placeholder is left as written so a typo shows in the output.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newslint {

std::string FillTemplate(std::string_view tmpl,
                         const std::vector<std::pair<std::string, std::string>>& vars);

}  // namespace newslint
