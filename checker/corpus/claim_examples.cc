#include "checker/corpus/claim_examples.h"

#include <fmt/format.h>

#include "checker/corpus/claim_value.h"

namespace newslint::corpus {

ClaimExampleResult RunClaimExamples(const CorpusPass& pass) {
  ClaimExampleResult result;
  for (const auto& x : pass.settings().extractors) {
    for (const auto& ex : x->examples()) {
      Article a;
      a.path = x->file();
      a.format = "txt";
      a.text = ex.text;
      if (!ex.date.empty()) a.meta.date = ex.date;
      Document doc(a);
      ExtractContext ctx;
      ctx.keys = &pass.keys();
      ctx.article_date = ex.date;
      ctx.approximation = pass.settings().claims.approximation;
      std::vector<ClaimRecord> got;
      x->Extract(doc, ctx, got);
      auto describe = [](const std::vector<ClaimRecord>& claims) {
        std::string out;
        for (const auto& c : claims) {
          out += fmt::format(" [{} | {} | {} | {}]", c.subject, c.attribute, c.value_text,
                             EncodeValue(c.value));
        }
        return out.empty() ? std::string(" none") : out;
      };
      std::string problem;
      if (got.size() != ex.claims.size()) {
        problem = fmt::format("expected {} claim(s), got{}", ex.claims.size(), describe(got));
      } else {
        for (size_t i = 0; i < got.size() && problem.empty(); ++i) {
          const ExpectedClaim& want = ex.claims[i];
          bool same = got[i].subject == want.subject && got[i].attribute == want.attribute &&
                      got[i].value_text == want.value &&
                      (want.normalised.empty() || EncodeValue(got[i].value) == want.normalised);
          if (!same) {
            problem = fmt::format("expected [{} | {} | {} | {}], got{}", want.subject,
                                  want.attribute, want.value, want.normalised, describe({got[i]}));
          }
        }
      }
      if (problem.empty()) {
        ++result.passed;
      } else {
        result.failures.push_back(
            fmt::format("{}:{}: {}: {}", x->file(), ex.line, x->id(), problem));
      }
    }
  }
  return result;
}

}  // namespace newslint::corpus
