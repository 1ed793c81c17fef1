#include "checker/rule_registry.h"

#include "checker/rules/balance_rule.h"
#include "checker/rules/boilerplate_rule.h"
#include "checker/rules/capitalization_rule.h"
#include "checker/rules/date_analysis_rule.h"
#include "checker/rules/date_validity_rule.h"
#include "checker/rules/date_weekday_rule.h"
#include "checker/rules/existence_rule.h"
#include "checker/rules/repetition_rule.h"
#include "checker/rules/spacing_rule.h"
#include "checker/rules/substitution_rule.h"
#include "checker/rules/title_analysis_rule.h"
#include "checker/rules/synonym_swap_rule.h"

namespace newslint {

namespace {
// Explicit, in one place: no static self-registration.
constexpr RuleType kRuleTypes[] = {
    {"existence", MakeExistenceRule, "phrases from a list or matches of RE2 patterns"},
    {"substitution", MakeSubstitutionRule, "a wrong phrase, with the right one as suggestion"},
    {"repetition", MakeRepetitionRule, "a line, heading, sentence or paragraph repeated"},
    {"capitalization", MakeCapitalizationRule, "a common word capitalised mid-sentence"},
    {"balance", MakeBalanceRule, "quotation marks and brackets that do not pair"},
    {"spacing", MakeSpacingRule, "a space before punctuation"},
    {"boilerplate", MakeBoilerplateRule, "page furniture lines: calls to action, navigation..."},
    {"synonym-swap", MakeSynonymSwapRule, "a fixed expression with words swapped for synonyms"},
    {"date-validity", MakeDateValidityRule, "a date that cannot exist"},
    {"date-weekday", MakeDateWeekdayRule, "a weekday that does not match its date"},
    {"date-analysis", MakeDateAnalysisRule, "timeline, knowledge-base and conflict issues of dates"},
    {"title-analysis", MakeTitleAnalysisRule, "titles and names of officeholders against their terms"},
};
}  // namespace

std::span<const RuleType> RuleTypes() { return kRuleTypes; }

const RuleType* FindRuleType(std::string_view name) {
  for (const auto& t : kRuleTypes) {
    if (t.name == name) return &t;
  }
  return nullptr;
}

}  // namespace newslint
