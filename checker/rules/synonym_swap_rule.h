// `synonym-swap`: catches spinner output no list has seen. A fixed expression
// of news ("central bank", "Cold War mentality") written with one or two of
// its words replaced by a WordNet synonym ("focal bank", "cold warfare
// mentality") is flagged, with the expression as the suggestion. At least
// `min_kept` words must stay as they are: the kept words anchor the search,
// so only windows around them are examined. Variants that are ordinary
// English ("nuclear arms") are listed under `allowed`.
#pragma once

#include "checker/rule_registry.h"

namespace newslint {
std::unique_ptr<Rule> MakeSynonymSwapRule(RuleInfo info, YamlView& yaml, LoadContext& ctx);
}
