// The sharded mode: `extract` on each shard then one `reconcile` gives the
// report a single `check` gives, in every format; a missing, repeated or
// damaged shard stops the reconcile with a message naming it; the records
// format round-trips every field, open intervals included.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "checker/corpus/article_records.h"
#include "checker/corpus/records_file.h"
#include "test_support.h"

namespace newslint {
namespace {

using testing::Binary;
using testing::NewslintInSourceDir;
using testing::RunCommand;
using testing::SourceDir;
using testing::TempDir;

const char* kCorpus = "fixtures/corpus-cross fixtures/corpus";

void ExtractShards(const TempDir& tmp, int shards) {
  for (int k = 0; k < shards; ++k) {
    auto r = RunCommand(NewslintInSourceDir(
        "extract --no-config --jobs 2 --shard " + std::to_string(k) + "/" + std::to_string(shards) +
        " --records " + tmp.path() + "/shard" + std::to_string(k) + ".jsonl " + kCorpus));
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
}

TEST(ShardedRun, ExtractThenReconcileEqualsOneCheckInEveryFormat) {
  TempDir tmp;
  ExtractShards(tmp, 3);
  // Given out of order: the reconcile restores the input order.
  std::string shards = tmp.path() + "/shard2.jsonl " + tmp.path() + "/shard0.jsonl " + tmp.path() +
                       "/shard1.jsonl";
  for (std::string format : {"json", "text", "sarif", "gcc"}) {
    auto single =
        RunCommand(NewslintInSourceDir("check --no-config --format " + format + " " + kCorpus));
    auto sharded =
        RunCommand(NewslintInSourceDir("reconcile --no-config --format " + format + " " + shards));
    EXPECT_EQ(sharded.exit_code, single.exit_code) << sharded.err;
    EXPECT_EQ(sharded.out, single.out) << format;
    EXPECT_FALSE(single.out.empty());
  }
  // The cross-article findings are there, so the records did their work.
  auto json = RunCommand(NewslintInSourceDir("reconcile --no-config --format json " + shards));
  EXPECT_NE(json.out.find("\"claim.conflict\""), std::string::npos);
  EXPECT_NE(json.out.find("\"quote.variant\""), std::string::npos);
}

TEST(ShardedRun, RecordsOfSeparateInputsAreTakenInTheOrderGiven) {
  TempDir tmp;
  ASSERT_EQ(RunCommand(NewslintInSourceDir("extract --no-config --records " + tmp.path() +
                                           "/a.jsonl fixtures/corpus-cross"))
                .exit_code,
            0);
  ASSERT_EQ(RunCommand(NewslintInSourceDir("extract --no-config --records " + tmp.path() +
                                           "/b.jsonl fixtures/corpus"))
                .exit_code,
            0);
  auto single =
      RunCommand(NewslintInSourceDir("check --no-config --format json " + std::string(kCorpus)));
  auto joined = RunCommand(NewslintInSourceDir("reconcile --no-config --format json " + tmp.path() +
                                               "/a.jsonl " + tmp.path() + "/b.jsonl"));
  EXPECT_EQ(joined.out, single.out);
}

TEST(ShardedRun, AMissingOrRepeatedShardStopsTheReconcile) {
  TempDir tmp;
  ExtractShards(tmp, 3);
  auto missing = RunCommand(NewslintInSourceDir("reconcile --no-config " + tmp.path() +
                                                "/shard0.jsonl " + tmp.path() + "/shard2.jsonl"));
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("missing shard 1/3"), std::string::npos) << missing.err;
  auto twice =
      RunCommand(NewslintInSourceDir("reconcile --no-config " + tmp.path() + "/shard0.jsonl " +
                                     tmp.path() + "/shard0.jsonl " + tmp.path() + "/shard1.jsonl"));
  EXPECT_EQ(twice.exit_code, 2);
  EXPECT_NE(twice.err.find("shard 0/3 given twice"), std::string::npos) << twice.err;
}

TEST(ShardedRun, ATruncatedRecordsFileIsNamedWithItsLine) {
  TempDir tmp;
  ExtractShards(tmp, 1);
  std::ifstream in(tmp.path() + "/shard0.jsonl", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  size_t second_line = text.find('\n') + 1;
  // A task killed half-way through its second line.
  tmp.Write("cut.jsonl", text.substr(0, second_line + 40));
  auto r = RunCommand(NewslintInSourceDir("reconcile --no-config " + tmp.path() + "/cut.jsonl"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cut.jsonl:2: "), std::string::npos) << r.err;
  tmp.Write("other.jsonl", "{\"id\": 1}\n");
  r = RunCommand(NewslintInSourceDir("reconcile --no-config " + tmp.path() + "/other.jsonl"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("other.jsonl:1: no header"), std::string::npos) << r.err;
}

// Inline directives travel in the records: the reconcile applies them to the
// cross-article findings it adds, as check does (InlineSuppression.
// AppliesToCrossArticleFindings shows check drops the directed one).
TEST(ShardedRun, InlineSuppressionReachesCrossArticleFindings) {
  TempDir dir;
  ASSERT_NO_FATAL_FAILURE(testing::CopyCrossCorpusSilencingAccordConflict(dir));
  std::string run = "cd " + dir.path() + " && NEWSLINT_RULES_DIR=" + SourceDir() + "/rules " +
                    Binary() + " ";
  for (int k = 0; k < 2; ++k) {
    ASSERT_EQ(RunCommand(run + "extract --no-config --shard " + std::to_string(k) +
                         "/2 --records s" + std::to_string(k) + ".jsonl cross")
                  .exit_code,
              0);
  }
  auto single = RunCommand(run + "check --no-config --format json cross");
  auto sharded = RunCommand(run + "reconcile --no-config --format json s0.jsonl s1.jsonl");
  EXPECT_EQ(sharded.out, single.out);
  EXPECT_NE(sharded.out.find("corpus.claim-conflict"), std::string::npos);
}

TEST(ShardedRun, ExtractUsageErrors) {
  EXPECT_EQ(RunCommand(NewslintInSourceDir("extract --no-config fixtures/corpus")).exit_code, 2);
  auto bad = RunCommand(
      NewslintInSourceDir("extract --no-config --shard 3/3 --records - fixtures/corpus"));
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--shard takes K/N"), std::string::npos) << bad.err;
}

TEST(RecordsFile, EveryFieldRoundTrips) {
  corpus::ArticleRecords r;
  r.article_key = "https://example.org/a";
  r.path = "a.jsonl";
  r.record = "7";
  r.record_line = 7;
  r.source = "example.org";
  r.content_hash = "abc";
  corpus::ClaimRecord c;
  c.extractor = "claims.attributed-count";
  c.key = "kharkiv|killed";
  c.subject = "Kharkiv";
  c.attribute = "killed";
  c.value.type = corpus::ValueType::kCount;
  c.value.low = 300;
  c.value.high = std::numeric_limits<double>::infinity();  // "at least 300"
  c.value_text = "at least 300";
  c.excerpt = "at least 300 people were killed";
  c.at = {3, 1, 3, 32};
  r.claims.push_back(c);
  c.value = {};
  c.value.type = corpus::ValueType::kDate;
  c.value.year = 2023;
  c.value.month = 3;
  r.claims.push_back(c);
  corpus::QuoteRecord q;
  q.words = "no limits";
  q.lemmas = "no limit";
  q.head = "partnership";
  q.head_outside = true;
  q.groups = {"g1", "g2"};
  q.quoted = "no limits";
  q.excerpt = "\u201cno limits\u201d partnership";
  q.at = {5, 10, 5, 35};
  r.quotes.push_back(q);
  r.lines.push_back({"f00d", "Share this", {9, 1, 9, 11}});

  DocumentReport d;
  d.path = "a.jsonl";
  d.record = "7";
  d.reference_date = "2024-03-16";
  d.reference_date_source = "metadata";
  d.frame_first = "2024-03-01";
  Finding f;
  f.path = "a.jsonl";
  f.record = "7";
  f.record_line = 7;
  f.line = 2;
  f.column = 3;
  f.end_line = 2;
  f.end_column = 9;
  f.byte_column = 3;
  f.byte_end_column = 11;
  f.begin = 40;
  f.end = 48;
  f.rule = "dates.weekday";
  f.category = "date.weekday";
  f.severity = Severity::kError;
  f.message = "Tuesday, but 16 March 2024 is a Saturday";
  f.excerpt = "Tuesday";
  f.suggestion = "Saturday";
  f.evidence = "calendar";
  f.fix_safe = false;
  f.related.push_back({"b.md", std::nullopt, 1, 2, 1, 5, "there"});
  f.fingerprint = "0123";
  d.findings.push_back(f);
  d.records = std::make_shared<const corpus::ArticleRecords>(r);

  std::stringstream io;
  corpus::RecordsHeader h;
  h.records_version = "v1";
  h.shard = 1;
  h.shards = 4;
  h.files = 12;
  corpus::RecordsWriter w(io, h);
  w.Write(corpus::ShardDocument{5, d});
  w.Write(corpus::ShardError{-1, {"gone/", std::nullopt, 0, 0, std::nullopt, "no such file"}});
  corpus::RecordsFile back = corpus::ReadRecordsFile(io, "t");
  EXPECT_EQ(back.header.records_version, "v1");
  EXPECT_EQ(back.header.shard, 1);
  EXPECT_EQ(back.header.shards, 4);
  EXPECT_EQ(back.header.files, 12u);
  ASSERT_EQ(back.documents.size(), 1u);
  ASSERT_EQ(back.errors.size(), 1u);
  EXPECT_EQ(back.documents[0].file, 5);
  EXPECT_EQ(back.errors[0].file, -1);
  EXPECT_EQ(back.errors[0].error.message, "no such file");
  const DocumentReport& g = back.documents[0].report;
  EXPECT_EQ(g.record, d.record);
  EXPECT_EQ(g.frame_first, "2024-03-01");
  EXPECT_EQ(g.frame_last, "");
  ASSERT_EQ(g.findings.size(), 1u);
  const Finding& gf = g.findings[0];
  EXPECT_EQ(gf.begin, 40u);
  EXPECT_EQ(gf.byte_end_column, 11);
  EXPECT_EQ(gf.severity, Severity::kError);
  EXPECT_EQ(gf.suggestion, "Saturday");
  ASSERT_EQ(gf.related.size(), 1u);
  EXPECT_EQ(gf.related[0].end_column, 5);
  EXPECT_FALSE(gf.related[0].record.has_value());
  ASSERT_TRUE(g.records);
  const corpus::ArticleRecords& gr = *g.records;
  EXPECT_EQ(gr.record, "7");
  EXPECT_EQ(gr.record_line, 7u);
  ASSERT_EQ(gr.claims.size(), 2u);
  EXPECT_EQ(gr.claims[0].value, r.claims[0].value);
  EXPECT_TRUE(std::isinf(gr.claims[0].value.high));
  EXPECT_EQ(gr.claims[1].value, r.claims[1].value);
  EXPECT_EQ(gr.claims[1].at, r.claims[1].at);
  EXPECT_EQ(gr.claims[1].excerpt, r.claims[1].excerpt);
  ASSERT_EQ(gr.quotes.size(), 1u);
  EXPECT_EQ(gr.quotes[0].groups, q.groups);
  EXPECT_TRUE(gr.quotes[0].head_outside);
  EXPECT_EQ(gr.quotes[0].excerpt, q.excerpt);
  ASSERT_EQ(gr.lines.size(), 1u);
  EXPECT_EQ(gr.lines[0].at, r.lines[0].at);
}

}  // namespace
}  // namespace newslint
