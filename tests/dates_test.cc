// The date reader, the anchoring policy, each date check and the time-frame
// solver, over the shipped English lexicon and a small knowledge base.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "checker/analysis.h"
#include "checker/dates/date_analysis.h"
#include "checker/dates/date_extractor.h"
#include "checker/dates/time_frame.h"
#include "checker/yaml_view.h"
#include <fmt/format.h>
#include "test_support.h"

namespace newslint {
namespace {

using testing::MakeArticle;

const char* kEvents = R"(events:
  - id: invasion
    name: Russia's full-scale invasion of Ukraine
    kind: began
    match: ["full-scale invasion of Ukraine", "full-scale invasion"]
    date: 2022-02-24
    source: https://example.org/invasion
  - id: friends
    name: Launch of the Friends of Peace group
    kind: founded
    match: ["Friends of Peace"]
    date: 2024-09-27
    source: https://example.org/friends
  - id: forum
    name: Eastern Economic Forum
    kind: held
    match: ["Eastern Economic Forum"]
    recurrence: {every: year, months: [9], since: 2015}
    instances:
      - {from: 2023-09-10, to: 2023-09-13, location: Vladivostok, source: https://example.org/eef}
    source: https://example.org/eef
  - id: summit
    name: Example summit
    kind: held
    match: ["Tianjin summit"]
    from: 2025-08-31
    to: 2025-09-01
    source: https://example.org/summit
)";

class DatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    lexicon_ = DateLexicon::Load(testing::SourceDir() + "/rules/dates/lexicon/en.yaml");
    dir_.Write("events/e.yaml", kEvents);
    auto events = std::make_shared<EventBase>();
    events->LoadFolder(dir_.path() + "/events");
    events_ = events;
  }

  DateAnalysis Analyse(const std::string& text, std::optional<Day> as_of = std::nullopt) {
    article_ = MakeArticle(text);
    doc_ = std::make_unique<Document>(article_);
    DatePass pass(lexicon_, events_, {as_of});
    DateAnalysis a = pass.Collect(*doc_);
    pass.Resolve(*doc_, a);
    return a;
  }

  std::vector<DateMention> Dates(const std::string& text) {
    article_ = MakeArticle(text);
    doc_ = std::make_unique<Document>(article_);
    return ExtractDates(*doc_, *lexicon_);
  }

  std::string Text(Span s) const { return std::string(doc_->slice(s)); }

  testing::TempDir dir_;
  std::shared_ptr<const DateLexicon> lexicon_;
  std::shared_ptr<const EventBase> events_;
  Article article_;
  std::unique_ptr<Document> doc_;
};

Day D(int y, int m, int d) { return DayFromCivil(y, m, d); }

TEST_F(DatesTest, ReadsEachForm) {
  struct Case {
    const char* text;
    const char* span;
    const char* date;  // PartialDate::ToString, or "" for non-calendar kinds
  } cases[] = {
      {"It was signed on September 12, 2024 in Geneva.", "September 12, 2024", "2024-09-12"},
      {"It was signed on 12 September 2024 in Geneva.", "12 September 2024", "2024-09-12"},
      {"It was signed on Sept. 12 in Geneva.", "Sept. 12", "--09-12"},
      {"It was signed on 2024-09-12 in Geneva.", "2024-09-12", "2024-09-12"},
      {"Sunday, May 19 2024", "Sunday, May 19 2024", "2024-05-19"},
      {"Sunday , May 19 2024", "Sunday , May 19 2024", "2024-05-19"},
      {"They met on Tuesday (March 12) in Paris.", "Tuesday (March 12)", "--03-12"},
      {"The parade is on September 3rd this year.", "September 3rd", "--09-03"},
      {"They met in March.", "in March", "--03"},
      {"They met in 2023.", "in 2023", "2023"},
      {"They met in September 2023 again.", "September 2023", "2023-09"},
  };
  for (const auto& c : cases) {
    auto ds = Dates(c.text);
    ASSERT_FALSE(ds.empty()) << c.text;
    EXPECT_EQ(Text(ds[0].span), c.span) << c.text;
    PartialDate p = ds[0].date;
    std::string got = p.year ? p.ToString() : "-" + p.ToString().substr(1);
    if (!p.year && p.month) got = p.day ? fmt::format("--{:02}-{:02}", *p.month, *p.day) : fmt::format("--{:02}", *p.month);
    EXPECT_EQ(got, c.date) << c.text;
  }
  auto wd = Dates("Sunday, May 19 2024");
  ASSERT_TRUE(wd[0].weekday);
  EXPECT_EQ(*wd[0].weekday, 6);
}

TEST_F(DatesTest, ReadsRelativeForms) {
  auto kind_of = [&](const char* text) {
    auto ds = Dates(text);
    return ds.empty() ? std::string("none") : Text(ds[0].span);
  };
  EXPECT_EQ(kind_of("He spoke on Monday."), "Monday");
  EXPECT_EQ(kind_of("It rose earlier this year."), "earlier this year");
  EXPECT_EQ(kind_of("Last week, ministers met."), "Last week");
  EXPECT_EQ(kind_of("They meet this week."), "this week");
  EXPECT_EQ(kind_of("They meet next month."), "next month");
  EXPECT_EQ(kind_of("They met yesterday."), "yesterday");
  EXPECT_EQ(kind_of("They met two years ago."), "two years ago");
  EXPECT_EQ(kind_of("It marked the third anniversary of the war."), "third anniversary");
  EXPECT_EQ(kind_of("It came on the one-year anniversary of the war."), "one-year anniversary");
  EXPECT_EQ(kind_of("It comes as the war enters its second year."), "enters its second year");
  auto ago = Dates("They met two years ago.");
  EXPECT_EQ(ago[0].kind, DateKind::kAgo);
  EXPECT_EQ(ago[0].offset, -2);
  auto ann = Dates("It marked the third anniversary of the war.");
  EXPECT_EQ(ann[0].ordinal, 3);
}

TEST_F(DatesTest, TenseOfTheClause) {
  auto ds = Dates("Allies plan to meet on September 4, 2023. They met on May 2, 2023.");
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].tense, Tense::kFuture);
  EXPECT_EQ(ds[1].tense, Tense::kPast);
}

TEST_F(DatesTest, TenseCuesInOrderFutureFirst) {
  // A clause with a future and a past cue reads as future; the suffix cue
  // ("-ed") counts as past only without either.
  auto ds = Dates("Officials said they will meet on September 4, 2023. "
                  "Talks ended on May 2, 2023. Talks on May 9, 2023.");
  ASSERT_EQ(ds.size(), 3u);
  EXPECT_EQ(ds[0].tense, Tense::kFuture);
  EXPECT_EQ(ds[1].tense, Tense::kPast);
  EXPECT_EQ(ds[2].tense, Tense::kNone);
}

TEST_F(DatesTest, ABadTenseCueNamesTheLexiconFile) {
  std::ifstream in(testing::SourceDir() + "/rules/dates/lexicon/en.yaml");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  size_t at = text.find("past_suffix: ed");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 15, "past_suffix: '(ed'");
  std::string path = dir_.Write("bad-lexicon.yaml", text);
  try {
    DateLexicon::Load(path);
    FAIL() << "loaded a lexicon with a bad tense cue";
  } catch (const LoadError& e) {
    EXPECT_NE(std::string(e.what()).find("bad-lexicon.yaml:"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("bad tense cue"), std::string::npos) << e.what();
  }
}

TEST_F(DatesTest, AnchoringPolicy) {
  DatePass pass(lexicon_, events_, {});
  Day r = D(2024, 5, 19);  // a Sunday
  auto anchor = [&](const char* text) {
    auto ds = Dates(text);
    return pass.Anchor(ds.at(0), r);
  };
  // A bare weekday: the most recent on or before the reference date...
  EXPECT_EQ(anchor("They met on Friday.")->first, D(2024, 5, 17));
  EXPECT_EQ(anchor("They met on Sunday.")->first, D(2024, 5, 19));
  // ...unless the clause speaks of the future.
  EXPECT_EQ(anchor("They will meet on Friday.")->first, D(2024, 5, 24));
  // A month without a year takes its year from the tense.
  EXPECT_EQ(anchor("They met in October.")->first, D(2023, 10, 1));
  EXPECT_EQ(anchor("They will meet in October.")->first, D(2024, 10, 1));
  // "last week" is the previous calendar week (Monday to Sunday).
  auto last_week = anchor("Last week, they met.");
  EXPECT_EQ(last_week->first, D(2024, 5, 6));
  EXPECT_EQ(last_week->last, D(2024, 5, 12));
  EXPECT_EQ(anchor("They met yesterday.")->first, D(2024, 5, 18));
  EXPECT_EQ(anchor("They met two years ago.")->first, D(2022, 1, 1));
}

TEST_F(DatesTest, ReferenceDateFromDatelineMetadataOptionOrFrame) {
  auto dl = Analyse("LONDON, 12 March 2024 — Ministers met.");
  EXPECT_EQ(dl.reference_source, "dateline");
  EXPECT_EQ(*dl.reference, D(2024, 3, 12));
  auto alone = Analyse("Sunday , May 19 2024\nHome / World\n\nBody text here.");
  EXPECT_EQ(alone.reference_source, "dateline");
  auto option = Analyse("Ministers met again.", D(2020, 1, 2));
  EXPECT_EQ(option.reference_source, "option");
  auto inferred = Analyse("Leaders marked the third anniversary of the full-scale invasion of Ukraine.");
  EXPECT_EQ(inferred.reference_source, "inferred");
  EXPECT_EQ(*inferred.reference, D(2025, 2, 24));
  auto none = Analyse("Ministers met again.");
  EXPECT_EQ(none.reference_source, "none");
}

TEST_F(DatesTest, FuturePlanDatedBeforeTheArticle) {
  auto a = Analyse("During the Tianjin summit, leaders spoke. Allies plan to meet on September 4, 2023.");
  ASSERT_EQ(a.timeline.size(), 1u);
  EXPECT_EQ(Text(a.timeline[0].span), "September 4, 2023");
  ASSERT_EQ(a.timeline[0].related.size(), 1u);
  EXPECT_EQ(Text(a.timeline[0].related[0].span), "Tianjin summit");
  EXPECT_TRUE(Analyse("During the Tianjin summit, leaders spoke. Allies plan to meet on September 4, 2025.").timeline.empty());
}

TEST_F(DatesTest, PastEventAfterTheDateline) {
  auto a = Analyse("LONDON, 12 March 2024 — Leaders met on June 2, 2024 in Rome.");
  ASSERT_EQ(a.timeline.size(), 1u);
  EXPECT_EQ(Text(a.timeline[0].span), "June 2, 2024");
}

TEST_F(DatesTest, DatelineContradictedByTheContent) {
  auto a = Analyse(
      "LONDON, 12 March 2021 — The Friends of Peace met. During the Tianjin summit, leaders spoke. "
      "Ministers met on June 2, 2025 and again on July 5, 2025.");
  ASSERT_FALSE(a.timeline.empty());
  EXPECT_EQ(Text(a.timeline[0].span), "12 March 2021");
  EXPECT_GE(a.timeline[0].related.size(), 2u);
}

TEST_F(DatesTest, LastWeekPointingAtAnEventMonthsAway) {
  auto a = Analyse("MOSCOW, 19 May 2024 — Last week, during the Eastern Economic Forum, he spoke.");
  ASSERT_EQ(a.timeline.size(), 1u);
  EXPECT_EQ(Text(a.timeline[0].span), "Last week");
  EXPECT_TRUE(Analyse("MOSCOW, 16 September 2023 — Last week, during the Eastern Economic Forum, he spoke.").timeline.empty());
}

TEST_F(DatesTest, AnniversaryImplyingAnotherYear) {
  auto a = Analyse("KYIV, 24 February 2024 — Leaders marked the third anniversary of the full-scale invasion of Ukraine.");
  ASSERT_EQ(a.timeline.size(), 1u);
  EXPECT_TRUE(Analyse("KYIV, 24 February 2025 — Leaders marked the third anniversary of the full-scale invasion of Ukraine.").timeline.empty());
}

TEST_F(DatesTest, FactsComparedAtTheirPrecision) {
  auto wrong = Analyse("The Friends of Peace group established in September 2023 met.");
  ASSERT_EQ(wrong.facts.size(), 1u);
  EXPECT_EQ(wrong.facts[0].suggestion, "September 2024");
  EXPECT_NE(wrong.facts[0].evidence.find(": friends"), std::string::npos);
  EXPECT_TRUE(Analyse("The Friends of Peace group established in 2024 met.").facts.empty());
  EXPECT_TRUE(Analyse("The Friends of Peace group established in September met.").facts.empty());
  EXPECT_TRUE(Analyse("The Friends of Peace group established on September 27, 2024 met.").facts.empty());
  // A date tied to another verb is not the event's date.
  EXPECT_TRUE(Analyse("The Friends of Peace group, which met in May 2025, spoke.").facts.empty());
}

TEST_F(DatesTest, OneEventGivenTwoDates) {
  auto a = Analyse("The Friends of Peace group, founded in September 2024, met. "
                   "The Friends of Peace group founded in May 2024 grew.");
  EXPECT_EQ(a.conflicts.size(), 1u);
  EXPECT_TRUE(Analyse("The Friends of Peace group, founded in September 2024, met. "
                      "The Friends of Peace group founded in 2024 grew.").conflicts.empty());
}

TEST(TimeFrame, PrecisionIsNoConflict) {
  // "in September" (the month) and "on September 4" (a day in it) agree.
  std::vector<TimeConstraint> cs = {
      {{DayFromCivil(2024, 9, 1), DayFromCivil(2024, 9, 30)}, {}, TimeConstraint::Source::kStated, "September"},
      {{DayFromCivil(2024, 9, 4), DayFromCivil(2024, 9, 4)}, {}, TimeConstraint::Source::kStated, "September 4"}};
  auto sol = SolveFrame(cs);
  ASSERT_TRUE(sol.frame);
  EXPECT_TRUE(sol.conflicts.empty());
  EXPECT_EQ(sol.frame->first, DayFromCivil(2024, 9, 4));
}

TEST(TimeFrame, DropsTheMostConflictedThenTheWeakest) {
  using S = TimeConstraint::Source;
  std::vector<TimeConstraint> cs = {
      {{DayFromCivil(2025, 1, 1), kNoLater}, {0, 1}, S::kKnowledge, "a"},
      {{kNoEarlier, DayFromCivil(2023, 9, 4)}, {2, 3}, S::kStated, "b"},
      {{DayFromCivil(2025, 3, 1), kNoLater}, {4, 5}, S::kKnowledge, "c"}};
  auto sol = SolveFrame(cs);
  ASSERT_EQ(sol.conflicts.size(), 1u);
  EXPECT_EQ(sol.conflicts[0].dropped, 1u);
  EXPECT_EQ(sol.conflicts[0].conflicts_with.size(), 2u);
  // One against one: the weaker evidence goes.
  auto tie = SolveFrame({cs[0], cs[1]});
  EXPECT_EQ(tie.conflicts[0].dropped, 1u);
}

TEST(CivilDate, FormatDayWritesIsoDatesOfEveryYear) {
  // The hand-written digits against fmt's, from before year 0 to past 9999.
  for (int year : {-12, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 1999, 2024, 9999, 10000, 12345}) {
    for (int month = 1; month <= 12; ++month) {
      for (int day : {1, 9, 10, 28}) {
        int y, m, d;
        Day at = DayFromCivil(year, month, day);
        CivilFromDay(at, y, m, d);
        EXPECT_EQ(FormatDay(at), fmt::format("{:04}-{:02}-{:02}", y, m, d)) << year;
      }
    }
  }
}

TEST(CivilDate, Arithmetic) {
  EXPECT_EQ(WeekdayOf(DayFromCivil(2024, 5, 19)), 6);
  EXPECT_EQ(WeekdayOf(DayFromCivil(2025, 2, 24)), 0);
  EXPECT_EQ(FormatDay(AddYears(DayFromCivil(2024, 2, 29), 1)), "2025-02-28");
  EXPECT_FALSE((PartialDate{2024, 2, 30}).Valid());
  EXPECT_TRUE((PartialDate{2024, 2, 29}).Valid());
  EXPECT_FALSE((PartialDate{std::nullopt, 4, 31}).Valid());
  EXPECT_EQ(ParseIsoDate("2024-09")->precision(), PartialDate::Precision::kMonth);
  EXPECT_FALSE(ParseIsoDate("2024-13-01"));
  EXPECT_FALSE(ParseIsoDate("May 2024"));
}

}  // namespace
}  // namespace newslint
