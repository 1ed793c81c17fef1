// Who a quotation is attributed to, read from the words right after it
// ("…,” said X / X said / X, the minister, said / according to X) or right
// before it (X said: “…” / according to X, “…”), or a pronoun standing in
// for a speaker named earlier ("he said").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newslint::corpus {

struct Attribution {
  std::string name;  // as written; empty for a pronoun
  bool pronoun = false;
};

// `after`: the paragraph's text from the closing mark on (its first 200
// bytes are read). `before`: the paragraph's text up to the opening mark
// (its last 240 bytes are read).
std::optional<Attribution> AttributionAfter(std::string_view after);
std::optional<Attribution> AttributionBefore(std::string_view before);

// Compiles the patterns now rather than in the first worker to meet a quote.
void PrepareAttribution();

}  // namespace newslint::corpus
