// `balance`: quotation marks (curly and straight, single and double, and
// guillemets) and brackets that do not pair within a paragraph. Apostrophes
// (’ inside or at the end of a word) are not taken for closing quotes, and a
// quotation carried over paragraphs (the next one opens with the same mark,
// as news style has it) is not an unclosed one.
#pragma once

#include "checker/rule_registry.h"

namespace newslint {
std::unique_ptr<Rule> MakeBalanceRule(RuleInfo info, YamlView& yaml, LoadContext& ctx);
}
