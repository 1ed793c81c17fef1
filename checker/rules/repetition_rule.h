// `repetition`: a unit of the rule's scope (line, heading, sentence,
// paragraph) that repeats an earlier one, compared after normalising case,
// spacing and quotation marks. The finding sits on the later copy and points
// at the first. With `segments`, earlier units are also split at separators
// such as " / " so a title repeated from a breadcrumb trail is caught.
#pragma once

#include "checker/rule_registry.h"

namespace newslint {
std::unique_ptr<Rule> MakeRepetitionRule(RuleInfo info, YamlView& yaml, LoadContext& ctx);
}
