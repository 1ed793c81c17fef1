// Title binding (before the name, apposition, predicate), the moment a title
// speaks of, each title check, name forms and the link to the time frame,
// over a small knowledge base written here.
#include <gtest/gtest.h>

#include "checker/analysis.h"
#include "checker/dates/date_analysis.h"
#include "checker/kb/people_base.h"
#include "checker/titles/title_pass.h"
#include "test_support.h"

namespace newslint {
namespace {

const char* kOffices = R"(jurisdictions:
  - {id: cn, names: [China], adjectives: [Chinese], metonyms: [Beijing]}
  - {id: gb, names: [United Kingdom, UK, Britain], adjectives: [British], metonyms: [London]}
  - {id: ru, names: [Russia], adjectives: [Russian], metonyms: [Moscow, Kremlin]}
  - {id: us, names: [United States, U.S., US], adjectives: [American, U.S., US], metonyms: [Washington]}
  - {id: nato, names: [NATO], adjectives: [], metonyms: []}
offices:
  - {id: cn.premier, jurisdiction: cn, name: Premier of China, titles: [Premier], holders: single}
  - {id: cn.vice-premier, jurisdiction: cn, name: Vice Premier of China, titles: [Vice Premier], holders: many}
  - {id: cn.defence-minister, jurisdiction: cn, name: Minister of National Defense, titles: [Defence Minister, Minister of National Defense], holders: single}
  - {id: cn.foreign-minister, jurisdiction: cn, name: Foreign Minister of China, titles: [Foreign Minister, top diplomat], holders: single}
  - {id: gb.prime-minister, jurisdiction: gb, name: Prime Minister of the United Kingdom, titles: [Prime Minister], holders: single}
  - {id: gb.foreign-minister, jurisdiction: gb, name: Foreign Secretary, titles: [Foreign Secretary], holders: single}
  - {id: ru.security-council-secretary, jurisdiction: ru, name: Secretary of the Security Council, titles: [Secretary of the Security Council], holders: single}
  - {id: us.president, jurisdiction: us, name: President of the United States, titles: [President], holders: single}
  - {id: nato.secretary-general, jurisdiction: nato, name: NATO Secretary General, titles: [Secretary General], holders: single}
)";

const char* kPeople = R"(people:
  - {id: li-shangfu, name: Li Shangfu, family_name: Li, given_name: Shangfu, name_order: family-first}
  - {id: dong-jun, name: Dong Jun, family_name: Dong, given_name: Jun, name_order: family-first}
  - {id: zhang-guoqing, name: Zhang Guoqing, family_name: Zhang, given_name: Guoqing, name_order: family-first}
  - {id: xi-jinping, name: Xi Jinping, family_name: Xi, given_name: Jinping, name_order: family-first}
  - {id: wang-yi, name: Wang Yi, family_name: Wang, given_name: Yi, name_order: family-first}
  - {id: keir-starmer, name: Keir Starmer, family_name: Starmer, given_name: Keir}
  - {id: boris-johnson, name: Boris Johnson, family_name: Johnson, given_name: Boris}
  - {id: david-cameron, name: David Cameron, family_name: Cameron, given_name: David}
  - {id: nikolai-patrushev, name: Nikolai Patrushev, family_name: Patrushev, given_name: Nikolai}
  - {id: donald-trump, name: Donald Trump, family_name: Trump, given_name: Donald}
  - {id: barack-obama, name: Barack Obama, family_name: Obama, given_name: Barack}
  - {id: mark-rutte, name: Mark Rutte, family_name: Rutte, given_name: Mark}
  - {id: volodymyr-zelenskyy, name: Volodymyr Zelenskyy, family_name: Zelenskyy, given_name: Volodymyr, variants: [Volodymyr Zelensky]}
terms:
  - {person: li-shangfu, office: cn.defence-minister, from: 2023-03-12, to: 2023-10-24, source: s}
  - {person: dong-jun, office: cn.defence-minister, from: 2023-12-29, known_until: 2025-06-30, source: s}
  - {person: zhang-guoqing, office: cn.vice-premier, from: 2023-03-12, known_until: 2025-06-30, source: s}
  - {person: wang-yi, office: cn.foreign-minister, from: 2013-03-16, to: 2022-12-30, source: s}
  - {person: keir-starmer, office: gb.prime-minister, from: 2024-07-05, known_until: 2025-06-30, source: s}
  - {person: boris-johnson, office: gb.prime-minister, from: 2019-07-24, to: 2022-09-06, source: s}
  - {person: david-cameron, office: gb.prime-minister, from: 2010-05-11, to: 2016-07-13, source: s}
  - {person: david-cameron, office: gb.foreign-minister, from: 2023-11-13, to: 2024-07-05, source: s}
  - {person: nikolai-patrushev, office: ru.security-council-secretary, from: 2008-05-12, to: 2024-05-12, source: s}
  - {person: donald-trump, office: us.president, from: 2017-01-20, to: 2021-01-20, source: s}
  - {person: donald-trump, office: us.president, from: 2025-01-20, known_until: 2026-01-01, source: s}
  - {person: barack-obama, office: us.president, from: 2009-01-20, to: 2017-01-20, source: s}
  - {person: mark-rutte, office: nato.secretary-general, from: 2024-10-01, known_until: 2025-06-30, source: s}
)";

class TitlesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_.Write("kb/offices/o.yaml", kOffices);
    dir_.Write("kb/people/p.yaml", kPeople);
    auto people = std::make_shared<PeopleBase>();
    people->LoadFolder(dir_.path() + "/kb");
    std::vector<LoadError> errors;
    people->Validate(errors);
    ASSERT_TRUE(errors.empty()) << errors.front().what();
    people_ = people;
    lexicon_ = DateLexicon::Load(testing::SourceDir() + "/rules/dates/lexicon/en.yaml");
    events_ = std::make_shared<EventBase>();
  }

  TitleAnalysis Analyse(const std::string& text) {
    article_ = testing::MakeArticle(text);
    doc_ = std::make_unique<Document>(article_);
    DatePass dates(lexicon_, events_, {});
    TitlePass titles(people_);
    dates_ = dates.Collect(*doc_);
    TitleAnalysis t = titles.Collect(*doc_, dates_);
    dates.Resolve(*doc_, dates_);
    titles.Check(*doc_, dates_, t);
    return t;
  }
  std::string Text(Span s) const { return std::string(doc_->slice(s)); }

  testing::TempDir dir_;
  std::shared_ptr<const PeopleBase> people_;
  std::shared_ptr<const DateLexicon> lexicon_;
  std::shared_ptr<const EventBase> events_;
  Article article_;
  std::unique_ptr<Document> doc_;
  DateAnalysis dates_;
};

TEST_F(TitlesTest, BindsTitleBeforeTheName) {
  auto t = Analyse("Chinese Defence Minister Li Shangfu spoke.");
  ASSERT_EQ(t.assertions.size(), 1u);
  EXPECT_EQ(Text(t.assertions[0].span), "Chinese Defence Minister Li Shangfu");
  EXPECT_EQ(t.assertions[0].offices.front()->id, "cn.defence-minister");
  auto f = Analyse("Former US President Donald Trump spoke.");
  ASSERT_EQ(f.assertions.size(), 1u);
  EXPECT_EQ(f.assertions[0].modifier, TitleModifier::kFormer);
  auto th = Analyse("Then-Foreign Secretary David Cameron spoke.");
  ASSERT_EQ(th.assertions.size(), 1u);
  EXPECT_EQ(th.assertions[0].modifier, TitleModifier::kThen);
  EXPECT_EQ(th.assertions[0].offices.front()->id, "gb.foreign-minister");
}

TEST_F(TitlesTest, BindsApposition) {
  auto t = Analyse("Wang Yi met Nikolai Patrushev, the Secretary of Russia’s Security Council, on security.");
  ASSERT_EQ(t.assertions.size(), 1u);
  EXPECT_EQ(t.assertions[0].offices.front()->id, "ru.security-council-secretary");
  auto w = Analyse("Wang Yi, China's foreign minister, spoke.");
  ASSERT_EQ(w.assertions.size(), 1u);
  EXPECT_EQ(w.assertions[0].offices.front()->id, "cn.foreign-minister");
}

TEST_F(TitlesTest, BindsPredicate) {
  auto t = Analyse("Mark Rutte, who is NATO's secretary general, spoke.");
  ASSERT_EQ(t.assertions.size(), 1u);
  EXPECT_EQ(t.assertions[0].offices.front()->id, "nato.secretary-general");
  EXPECT_TRUE(Analyse("Mark Rutte, who was a prime minister, spoke.").assertions.empty());
}

TEST_F(TitlesTest, DateInTheClauseWins) {
  auto stale = Analyse("Chinese Defence Minister Li Shangfu in a statement on September 12, 2024, urged talks.");
  ASSERT_EQ(stale.stale.size(), 1u);
  EXPECT_NE(stale.stale[0].detail.find("from 2023-03-12 to 2023-10-24"), std::string::npos);
  EXPECT_NE(stale.stale[0].detail.find("Dong Jun held it from 2023-12-29"), std::string::npos);
  EXPECT_EQ(stale.stale[0].suggestion, "former Chinese Defence Minister");
  EXPECT_TRUE(Analyse("Chinese Defence Minister Li Shangfu said in August 2023 that talks were needed.").stale.empty());
  EXPECT_TRUE(Analyse("LONDON, 3 May 2024 — In 2019, Prime Minister Boris Johnson met envoys.").stale.empty());
}

TEST_F(TitlesTest, FormerWhileInOffice) {
  EXPECT_EQ(Analyse("WASHINGTON, 10 September 2025 — Former US President Donald Trump spoke.").former.size(), 1u);
  EXPECT_TRUE(Analyse("WASHINGTON, 10 September 2024 — Former US President Donald Trump spoke.").former.empty());
  EXPECT_TRUE(Analyse("WASHINGTON, 10 September 2025 — Former President Barack Obama spoke.").former.empty());
}

TEST_F(TitlesTest, StaleAgainstTheDateline) {
  auto t = Analyse("MOSCOW, 19 May 2024 — Wang Yi met Nikolai Patrushev, the Secretary of Russia’s Security Council.");
  ASSERT_EQ(t.stale.size(), 1u);
  // One finding, with the dateline it conflicts with as a related location;
  // no date.timeline cascade.
  ASSERT_EQ(t.stale[0].related.size(), 1u);
  EXPECT_EQ(Text(t.stale[0].related[0].span), "19 May 2024");
  EXPECT_TRUE(dates_.timeline.empty());
}

TEST_F(TitlesTest, ThenTitleJudgedAtItsMoment) {
  EXPECT_EQ(Analyse("Then-Foreign Secretary David Cameron said in August 2023 that talks were needed.").stale.size(), 1u);
  EXPECT_TRUE(Analyse("Then-Foreign Secretary David Cameron said in March 2024 that talks were needed.").stale.empty());
}

TEST_F(TitlesTest, NeverHeldOnlyWhereTheRecordKnows) {
  auto t = Analyse("MOSCOW, 8 September 2023 — Putin met Chinese Premier Zhang Guoqing.");
  ASSERT_EQ(t.wrong.size(), 1u);
  EXPECT_EQ(t.wrong[0].suggestion, "Chinese Vice Premier Zhang Guoqing");
  EXPECT_TRUE(Analyse("MOSCOW, 8 September 2023 — Putin met Chinese Vice Premier Zhang Guoqing.").wrong.empty());
}

TEST_F(TitlesTest, TitlesFeedTheTimeFrame) {
  auto t = Analyse("British Prime Minister Keir Starmer met envoys.");
  ASSERT_TRUE(dates_.frame);
  EXPECT_EQ(FormatDay(dates_.frame->first), "2024-07-05");
  EXPECT_EQ(dates_.reference_source, "inferred");
}

TEST_F(TitlesTest, NameForms) {
  auto given = Analyse("Jinping’s upcoming visit to Russia");
  ASSERT_EQ(given.name_form.size(), 1u);
  EXPECT_EQ(Text(given.name_form[0].span), "Jinping");
  EXPECT_EQ(given.name_form[0].suggestion, "Xi");
  auto swapped = Analyse("Leaders welcomed Jinping Xi.");
  ASSERT_EQ(swapped.name_form.size(), 1u);
  EXPECT_EQ(swapped.name_form[0].suggestion, "Xi Jinping");
  EXPECT_EQ(Analyse("President Volodymyr Zelenskky spoke.").name_form.size(), 1u);
  EXPECT_TRUE(Analyse("Xi Jinping’s visit. Volodymyr Zelensky and Volodymyr Zelenskyy spoke.").name_form.empty());
}

}  // namespace
}  // namespace newslint
