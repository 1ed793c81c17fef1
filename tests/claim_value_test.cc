// Typed claim values: reading the wordings news uses, precision-aware date
// agreement, approximation and bounds for numbers and counts.
#include "checker/corpus/claim_value.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

namespace newslint::corpus {
namespace {

ClaimValue Date(std::string_view text) {
  auto v = ParseClaimValue(ValueType::kDate, text, 0.1);
  EXPECT_TRUE(v.has_value()) << text;
  return v.value_or(ClaimValue{});
}

ClaimValue Count(std::string_view text) {
  auto v = ParseClaimValue(ValueType::kCount, text, 0.1);
  EXPECT_TRUE(v.has_value()) << text;
  return v.value_or(ClaimValue{});
}

TEST(ClaimValue, ReadsDateWordings) {
  EXPECT_EQ(EncodeValue(Date("12 May 2022")), "date 2022 5 12");
  EXPECT_EQ(EncodeValue(Date("May 12, 2022")), "date 2022 5 12");
  EXPECT_EQ(EncodeValue(Date("12th of May, 2022")), "date 2022 5 12");
  EXPECT_EQ(EncodeValue(Date("Sept. 27, 2024")), "date 2024 9 27");
  EXPECT_EQ(EncodeValue(Date("September 2024")), "date 2024 9 0");
  EXPECT_EQ(EncodeValue(Date("2024-09-27")), "date 2024 9 27");
  EXPECT_EQ(EncodeValue(Date("2023")), "date 2023 0 0");
  EXPECT_EQ(EncodeValue(Date("14 March")), "date 0 3 14");
  EXPECT_EQ(EncodeValue(Date("mid-September 2024")), "date 2024 9 0");
  EXPECT_EQ(EncodeValue(Date("early 2023")), "date 2023 0 0");
  EXPECT_FALSE(ParseClaimValue(ValueType::kDate, "30 February 2023", 0.1));
  EXPECT_FALSE(ParseClaimValue(ValueType::kDate, "last week", 0.1));
}

TEST(ClaimValue, DatesAgreeAtTheirPrecision) {
  EXPECT_TRUE(ValuesAgree(Date("September 2024"), Date("2024-09-27")));
  EXPECT_TRUE(ValuesAgree(Date("2024"), Date("27 September 2024")));
  EXPECT_TRUE(ValuesAgree(Date("14 March"), Date("14 March 2023")));
  EXPECT_FALSE(ValuesAgree(Date("September 2023"), Date("2024-09-27")));
  EXPECT_FALSE(ValuesAgree(Date("12 May 2022"), Date("21 May 2022")));
  EXPECT_FALSE(ValuesAgree(Date("August 2024"), Date("September 2024")));
  EXPECT_FALSE(ValuesAgree(Date("14 March"), Date("16 March 2023")));
}

TEST(ClaimValue, ReadsCountWordings) {
  EXPECT_EQ(EncodeValue(Count("318")), "count 318 318");
  EXPECT_EQ(EncodeValue(Count("1,200")), "count 1200 1200");
  EXPECT_EQ(EncodeValue(Count("twelve")), "count 12 12");
  EXPECT_EQ(EncodeValue(Count("twenty-five")), "count 25 25");
  EXPECT_EQ(EncodeValue(Count("a dozen")), "count 12 12");
  EXPECT_EQ(EncodeValue(Count("about 320")), "count 288 352");
  EXPECT_EQ(EncodeValue(Count("at least 1")), "count 1 inf");
  EXPECT_EQ(EncodeValue(Count("at least one")), "count 1 inf");
  EXPECT_EQ(EncodeValue(Count("more than 300")), "count 301 inf");
  EXPECT_EQ(EncodeValue(Count("fewer than 10")), "count 0 9");
  EXPECT_EQ(EncodeValue(Count("up to 50")), "count 0 50");
  EXPECT_EQ(EncodeValue(Count("1.2 million")), "count 1150000 1250000");
  EXPECT_EQ(EncodeValue(Count("nearly 100")), "count 90 100");
  EXPECT_FALSE(ParseClaimValue(ValueType::kCount, "several", 0.1));
}

TEST(ClaimValue, ApproximationAndBoundsAgree) {
  EXPECT_TRUE(ValuesAgree(Count("about 320"), Count("318")));
  EXPECT_TRUE(ValuesAgree(Count("at least 1"), Count("3")));
  EXPECT_TRUE(ValuesAgree(Count("more than 300"), Count("318")));
  EXPECT_TRUE(ValuesAgree(Count("hundreds"), Count("318")));
  EXPECT_TRUE(ValuesAgree(Count("1.2 million"), Count("1,230,000")));
  EXPECT_FALSE(ValuesAgree(Count("320"), Count("318")));
  EXPECT_FALSE(ValuesAgree(Count("about 320"), Count("400")));
  EXPECT_FALSE(ValuesAgree(Count("at least 30"), Count("12")));
  EXPECT_FALSE(ValuesAgree(Count("12"), Count("ten")));
}

TEST(ClaimValue, EncodingRoundTrips) {
  for (auto v :
       {Date("12 May 2022"), Date("September 2024"), Count("about 320"), Count("at least 1")}) {
    auto back = DecodeValue(EncodeValue(v));
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, v);
  }
  ClaimValue phrase = *ParseClaimValue(ValueType::kPhrase, "Tianjin", 0.1);
  EXPECT_EQ(EncodeValue(phrase), "phrase tianjin");
  EXPECT_EQ(*DecodeValue("phrase tianjin"), phrase);
  EXPECT_FALSE(DecodeValue("colour blue"));
}

TEST(ClaimValue, PatternsMatchWhatTheParsersRead) {
  RE2 date("^" + DatePattern() + "$");
  for (const char* t : {"12 May 2022", "May 12, 2022", "September 2024", "2024-09-27", "2023",
                        "mid-September 2024", "Sept. 27, 2024"}) {
    EXPECT_TRUE(RE2::FullMatch(t, date)) << t;
  }
  RE2 count("^" + CountPattern() + "$");
  for (const char* t : {"318", "1,200", "about 320", "at least one", "twenty-five",
                        "tens of thousands", "1.2 million", "a dozen"}) {
    EXPECT_TRUE(RE2::FullMatch(t, count)) << t;
  }
}

}  // namespace
}  // namespace newslint::corpus
