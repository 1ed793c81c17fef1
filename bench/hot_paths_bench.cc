// Google Benchmark for the hot parts of the per-article pass: segmentation,
// the multi-pattern pass (the RE2::Set prefilter), date extraction, title
// binding and the whole pass, over one realistic article repeated. `make
// bench` runs it.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "checker/cli/session.h"
#include "checker/dates/date_extractor.h"
#include "checker/dates/date_lexicon.h"
#include "checker/document.h"
#include "checker/kb/people_base.h"
#include "checker/rules_root.h"
#include "checker/titles/title_pass.h"

namespace newslint {
namespace {

const Article& SampleArticle() {
  static const Article article = [] {
    std::ifstream in(std::string(NEWSLINT_SOURCE_DIR) + "/fixtures/corpus/titles-clean.txt");
    std::stringstream ss;
    ss << in.rdbuf();
    Article a;
    a.path = "bench.txt";
    a.format = "txt";
    for (int i = 0; i < 8; ++i) a.text += ss.str() + "\n";  // ~6 KB, a long news article
    return a;
  }();
  return article;
}

void BM_Segmentation(benchmark::State& state) {
  const Article& a = SampleArticle();
  for (auto _ : state) {
    Document doc(a);
    benchmark::DoNotOptimize(doc.tokens().size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * a.text.size()));
}
BENCHMARK(BM_Segmentation);

void BM_DateExtraction(benchmark::State& state) {
  auto lexicon = DateLexicon::Load(RulesRoot() + "/dates/lexicon/en.yaml");
  const Article& a = SampleArticle();
  Document doc(a);
  for (auto _ : state) benchmark::DoNotOptimize(ExtractDates(doc, *lexicon).size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * a.text.size()));
}
BENCHMARK(BM_DateExtraction);

void BM_TitleBinding(benchmark::State& state) {
  auto people = std::make_shared<PeopleBase>();
  people->LoadFolder(RulesRoot() + "/kb");
  TitlePass pass(people);
  const Article& a = SampleArticle();
  Document doc(a);
  for (auto _ : state) {
    DateAnalysis dates;
    benchmark::DoNotOptimize(pass.Collect(doc, dates).assertions.size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * a.text.size()));
}
BENCHMARK(BM_TitleBinding);

// The multi-pattern passes alone: one RE2::Set over each paragraph that says
// where the phrase rules can fire, one over the text for the other rules.
void BM_MultiPatternPass(benchmark::State& state) {
  SessionOptions options;
  options.no_config = true;
  std::ostringstream err;
  auto session = OpenSession(options, err);
  const Article& a = SampleArticle();
  Document doc(a);
  for (auto _ : state) {
    benchmark::DoNotOptimize(session->linter->MapTriggers(doc));
    benchmark::DoNotOptimize(session->linter->RulesThatMayFire(doc).size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * a.text.size()));
}
BENCHMARK(BM_MultiPatternPass);

void BM_FullPass(benchmark::State& state) {
  SessionOptions options;
  options.no_config = true;
  std::ostringstream err;
  auto session = OpenSession(options, err);
  const Article& a = SampleArticle();
  for (auto _ : state) benchmark::DoNotOptimize(session->linter->Check(a).findings.size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * a.text.size()));
}
BENCHMARK(BM_FullPass);

}  // namespace
}  // namespace newslint

BENCHMARK_MAIN();
