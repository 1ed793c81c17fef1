// `boilerplate`: page furniture left in a scraped article, judged line by line
// as the C4, Gopher and RefinedWeb line filters and jusText do:
//  - signals: named families of phrases and RE2 patterns (calls to action,
//    navigation, disclaimers...), each counting only on lines of at most
//    `max_words` words, so a long news sentence that mentions "subscribe" is
//    not furniture;
//  - edge: at the end (or start) of an article, a run of lines that are all
//    either signal lines or furniture-shaped (short, title case, no closing
//    full stop) is page furniture as a whole once it holds `min_signals`
//    signal lines; its unsignalled lines ("Disclosure", an ad headline) are
//    flagged too. Headings in the body never form such a run, because body
//    paragraphs break it.
// Every threshold is YAML data.
#pragma once

#include "checker/rule_registry.h"

namespace newslint {
std::unique_ptr<Rule> MakeBoilerplateRule(RuleInfo info, YamlView& yaml, LoadContext& ctx);
}
