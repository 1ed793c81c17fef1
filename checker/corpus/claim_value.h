// Typed claim values: reading a value as news writes it ("12 May 2022",
// "September 2024", "about 320", "at least one", "twelve"), and deciding
// whether two values agree. Agreement is at the coarser precision ("September
// 2024" agrees with 2024-09-27) and within the stated approximation ("about
// 320" agrees with 318; "at least 1" with 3), so only values that cannot both
// be true disagree.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "checker/corpus/article_records.h"

namespace newslint::corpus {

std::string_view ValueTypeName(ValueType type);
std::optional<ValueType> ParseValueType(std::string_view name);

// RE2 syntax (case-insensitive groups, no captures) of the wordings each
// parser below reads; extractors write them as {date}, {count}, {number}.
const std::string& DatePattern();
const std::string& CountPattern();
const std::string& NumberPattern();

// `approximation`: the relative tolerance of "about", "around", "nearly"...
// (0.1: "about 320" is 288 to 352). Nullopt when the text is not a value of
// the type (or names an impossible date).
std::optional<ClaimValue> ParseClaimValue(ValueType type, std::string_view text,
                                          double approximation);

// Both can be true: dates agree on every field both state; numbers and counts
// when their intervals meet; phrases when equal.
bool ValuesAgree(const ClaimValue& a, const ClaimValue& b);

// One line of text, for the index: "date 2024 9 0", "count 318 318",
// "number 1150000 1250000", "phrase tianjin". Decode reads what Encode wrote.
std::string EncodeValue(const ClaimValue& value);
std::optional<ClaimValue> DecodeValue(std::string_view text);

}  // namespace newslint::corpus
