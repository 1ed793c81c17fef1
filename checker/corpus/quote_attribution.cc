#include "checker/corpus/quote_attribution.h"

#include <algorithm>

#include "checker/pcre2_pattern.h"

namespace newslint::corpus {
namespace {

// PCRE2 patterns (checker/pcre2_pattern.h): a name is up to four words of
// Unicode capitals and letters and "told" takes up to thirty lower-case
// letters, which RE2 built into some 35,000 instructions a pattern, forwards
// and reversed. Written so RE2, asked when PCRE2 gives up, reads them alike:
// whitespace spelt out, \z for the end.
#define NEWSLINT_SPACE "[\\t\\n\\f\\r ]"

const std::string& Verbs() {
  static const std::string v =
      "(?:said|says|added|stated|wrote|noted|warned|insisted|argued|declared|explained|"
      "continued|concluded|replied|asserted|remarked|stressed|urged|tweeted|posted|recalled|"
      "acknowledged|admitted|claimed|announced|told" NEWSLINT_SPACE "+[\\p{Ll} ]{1,30}?)";
  return v;
}

// A name as news writes it before or after "said": capitalised words.
const std::string& Name() {
  static const std::string n = "((?:\\p{Lu}[\\p{L}\\p{M}\\x{2019}'.\\-]*" NEWSLINT_SPACE
                               "+){0,3}\\p{Lu}[\\p{L}\\p{M}\\x{2019}'.\\-]*)";
  return n;
}

// The opening of the text after a closing mark: spaces and a comma.
constexpr const char* kLead = "^" NEWSLINT_SPACE "*,?" NEWSLINT_SPACE "*";
constexpr const char* kHasHad = "(?:has" NEWSLINT_SPACE "+|had" NEWSLINT_SPACE "+)?";
// What may stand between the verb and the opening mark: a place, "that", a
// comma or colon.
constexpr const char* kTail =
    "(?:" NEWSLINT_SPACE "+(?:on|in|at)" NEWSLINT_SPACE "+\\p{Lu}\\p{L}+)?(?:" NEWSLINT_SPACE
    "+that)?" NEWSLINT_SPACE "*[,:]?" NEWSLINT_SPACE "*\\z";
constexpr const char* kAppositive = ",[^,\\x{201C}\\x{201D}\"]{1,80},";

struct AfterPatterns {
  Pcre2Pattern pronoun{std::string(kLead) + "(?:he|she)" NEWSLINT_SPACE "+" + kHasHad + Verbs() +
                       "\\b"};
  Pcre2Pattern verb_name{std::string(kLead) +
                         "(?:said|says|added|wrote|stated|noted|warned|insisted|"
                         "argued|declared|explained|continued|replied|asserted|remarked|"
                         "stressed)" NEWSLINT_SPACE "+" +
                         Name()};
  Pcre2Pattern name_verb{std::string(kLead) + Name() + NEWSLINT_SPACE "+" + kHasHad + Verbs() +
                         "\\b"};
  Pcre2Pattern name_appos{std::string(kLead) + Name() + NEWSLINT_SPACE "*" + kAppositive +
                          NEWSLINT_SPACE "*" + Verbs() + "\\b"};
  Pcre2Pattern according{std::string(kLead) +
                         "[Aa]ccording" NEWSLINT_SPACE "+to" NEWSLINT_SPACE "+" + Name()};
};

struct BeforePatterns {
  Pcre2Pattern name_verb{Name() + NEWSLINT_SPACE "+" + kHasHad + Verbs() + kTail};
  Pcre2Pattern name_appos{Name() + NEWSLINT_SPACE "*" + kAppositive + NEWSLINT_SPACE "*" + kHasHad +
                          Verbs() + kTail};
  Pcre2Pattern according{"[Aa]ccording" NEWSLINT_SPACE "+to" NEWSLINT_SPACE "+" + Name() +
                         NEWSLINT_SPACE "*,?" NEWSLINT_SPACE "*\\z"};
  Pcre2Pattern pronoun{"\\b(?:[Hh]e|[Ss]he)" NEWSLINT_SPACE "+" + std::string(kHasHad) + Verbs() +
                       kTail};
};

#undef NEWSLINT_SPACE

const AfterPatterns& After() {
  static const AfterPatterns p;
  return p;
}
const BeforePatterns& Before() {
  static const BeforePatterns p;
  return p;
}

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

void PrepareAttribution() {
  After();
  Before();
}

std::optional<Attribution> AttributionAfter(std::string_view after) {
  const AfterPatterns& p = After();
  // The first 200 bytes, cut back to a whole character.
  size_t keep = std::min<size_t>(after.size(), 200);
  while (keep < after.size() && keep > 0 && IsContinuationByte(after[keep])) --keep;
  std::string_view in = after.substr(0, keep);
  std::string_view name;
  if (p.pronoun.Match(in)) return Attribution{"", true};
  if (p.verb_name.Match(in, &name) || p.name_verb.Match(in, &name) ||
      p.name_appos.Match(in, &name) || p.according.Match(in, &name)) {
    return Attribution{std::string(name), false};
  }
  return std::nullopt;
}

std::optional<Attribution> AttributionBefore(std::string_view before) {
  const BeforePatterns& p = Before();
  // The last 240 bytes, never starting inside a character.
  std::string_view in = before.substr(before.size() - std::min<size_t>(before.size(), 240));
  while (!in.empty() && IsContinuationByte(in[0])) in.remove_prefix(1);
  std::string_view name;
  if (p.name_verb.Match(in, &name) || p.name_appos.Match(in, &name) ||
      p.according.Match(in, &name)) {
    return Attribution{std::string(name), false};
  }
  if (p.pronoun.Match(in)) return Attribution{"", true};
  return std::nullopt;
}

}  // namespace newslint::corpus
