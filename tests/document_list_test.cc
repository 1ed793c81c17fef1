// DocumentList: the run's documents in memory or spilled to a temporary file
// (checker/document_list.h), and the binary form they are spilled in
// (checker/document_codec.h). A spilled list must read back exactly what was
// put in, in order, however it is walked; damaged bytes must be refused,
// never read past.
#include "checker/document_list.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "checker/corpus/article_records.h"
#include "checker/document_codec.h"
#include "tests/report_test_support.h"
#include "tests/sample_report.h"

namespace newslint {
namespace {

// A document whose every field is set, with the awkward values: empty and
// non-ASCII strings, NUL bytes, negative and large numbers.
DocumentReport Awkward(int n) {
  DocumentReport d;
  d.path = "corpus/\xC3\xA9t\xC3\xA9 " + std::to_string(n) + ".md";
  d.record = n % 2 ? std::optional<std::string>(std::string("r\0x", 3)) : std::nullopt;
  d.reference_date = "2024-05-19";
  d.reference_date_source = "dateline";
  d.frame_first = "2024-05-01";
  d.frame_last = "";
  for (int i = 0; i < n % 4; ++i) {
    Finding f;
    f.path = d.path;
    f.record = d.record;
    f.record_line = 1ull << 40;
    f.line = i + 1, f.column = -3, f.end_line = 1 << 30, f.end_column = 0;
    f.byte_column = 7, f.byte_end_column = 9;
    f.begin = 12, f.end = static_cast<size_t>(1) << 33;
    f.rule = "titles.never-held";
    f.category = "title.wrong";
    f.severity = static_cast<Severity>(i % 3);
    f.message = std::string(300, 'm') + "\n\x1b[31m";
    f.excerpt = "\xF0\x9F\x93\xB0";
    f.suggestion = i % 2 ? "" : "Vice Premier";
    f.evidence = "rules/kb/people/cn.yaml";
    f.fix_safe = i % 2;
    f.related.push_back({"other.md", std::nullopt, 3, 4, 5, 6, "first written here"});
    f.related.push_back({"feed.jsonl", "a-1", 1, 1, 1, 2, ""});
    f.fingerprint = std::to_string(n * 100 + i);
    d.findings.push_back(f);
  }
  if (n % 3 == 0) {
    d.suppressions = InlineSuppressions(
        {{SuppressionDirective::Kind::kDisableNextLine, {"titles.never-held", "date"}, 9, 8, 1},
         {SuppressionDirective::Kind::kEnable, {}, 12, 12, 3}});
  }
  return d;
}

// Every field of two documents, compared.
void ExpectSame(const DocumentReport& a, const DocumentReport& b) {
  EXPECT_EQ(a.path, b.path);
  EXPECT_EQ(a.record, b.record);
  EXPECT_EQ(a.reference_date, b.reference_date);
  EXPECT_EQ(a.reference_date_source, b.reference_date_source);
  EXPECT_EQ(a.frame_first, b.frame_first);
  EXPECT_EQ(a.frame_last, b.frame_last);
  ASSERT_EQ(a.findings.size(), b.findings.size());
  for (size_t i = 0; i < a.findings.size(); ++i) {
    const Finding &f = a.findings[i], &g = b.findings[i];
    EXPECT_EQ(f.path, g.path);
    EXPECT_EQ(f.record, g.record);
    EXPECT_EQ(f.record_line, g.record_line);
    EXPECT_EQ(std::tie(f.line, f.column, f.end_line, f.end_column, f.byte_column, f.byte_end_column,
                       f.begin, f.end),
              std::tie(g.line, g.column, g.end_line, g.end_column, g.byte_column, g.byte_end_column,
                       g.begin, g.end));
    EXPECT_EQ(f.rule, g.rule);
    EXPECT_EQ(f.category, g.category);
    EXPECT_EQ(f.severity, g.severity);
    EXPECT_EQ(f.message, g.message);
    EXPECT_EQ(f.excerpt, g.excerpt);
    EXPECT_EQ(f.suggestion, g.suggestion);
    EXPECT_EQ(f.evidence, g.evidence);
    EXPECT_EQ(f.fix_safe, g.fix_safe);
    ASSERT_EQ(f.related.size(), g.related.size());
    for (size_t r = 0; r < f.related.size(); ++r) {
      EXPECT_EQ(
          std::tie(f.related[r].path, f.related[r].record, f.related[r].line, f.related[r].column,
                   f.related[r].end_line, f.related[r].end_column, f.related[r].message),
          std::tie(g.related[r].path, g.related[r].record, g.related[r].line, g.related[r].column,
                   g.related[r].end_line, g.related[r].end_column, g.related[r].message));
    }
    EXPECT_EQ(f.fingerprint, g.fingerprint);
  }
  const auto &s = a.suppressions.directives(), &t = b.suppressions.directives();
  ASSERT_EQ(s.size(), t.size());
  for (size_t i = 0; i < s.size(); ++i) {
    EXPECT_EQ(std::tie(s[i].kind, s[i].names, s[i].line, s[i].start_line, s[i].start_column),
              std::tie(t[i].kind, t[i].names, t[i].line, t[i].start_line, t[i].start_column));
  }
}

TEST(DocumentCodec, ReadsBackEveryField) {
  for (int n = 0; n < 12; ++n) {
    std::string bytes;
    EncodeDocument(Awkward(n), bytes);
    ExpectSame(DecodeDocument(bytes), Awkward(n));
  }
}

TEST(DocumentCodec, RefusesEveryCutAndAnExtraByte) {
  std::string bytes;
  EncodeDocument(Awkward(6), bytes);
  for (size_t cut = 0; cut < bytes.size(); ++cut) {
    EXPECT_THROW(DecodeDocument(std::string_view(bytes).substr(0, cut)), std::runtime_error) << cut;
  }
  EXPECT_THROW(DecodeDocument(bytes + "x"), std::runtime_error);
}

TEST(DocumentCodec, RefusesAnUnknownSeverity) {
  DocumentReport d = Awkward(1);
  std::string good, bad;
  EncodeDocument(d, good);
  d.findings[0].severity = static_cast<Severity>(2);
  EncodeDocument(d, bad);
  // The one byte where the two differ is the severity; past the last one, refused.
  size_t at = 0;
  while (good[at] == bad[at]) ++at;
  bad[at] = 3;
  EXPECT_THROW(DecodeDocument(bad), std::runtime_error);
}

// Sets TMPDIR for the life of the object.
class ScopedTmpdir {
 public:
  explicit ScopedTmpdir(const std::string& dir) {
    if (const char* old = std::getenv("TMPDIR")) saved_ = old;
    setenv("TMPDIR", dir.c_str(), 1);
  }
  ~ScopedTmpdir() {
    if (saved_) {
      setenv("TMPDIR", saved_->c_str(), 1);
    } else {
      unsetenv("TMPDIR");
    }
  }

 private:
  std::optional<std::string> saved_;
};

DocumentList SpilledList() {
  DocumentList list;
  std::string why;
  EXPECT_TRUE(list.SpillToDisk(why)) << why;
  return list;
}

TEST(DocumentList, SpilledDocumentsReadBackInOrder) {
  DocumentList list = SpilledList();
  // Enough to cross the 1 MiB write block several times.
  const int kDocuments = 3000;
  for (int n = 0; n < kDocuments; ++n) list.push_back(Awkward(n));
  ASSERT_EQ(list.size(), static_cast<size_t>(kDocuments));
  EXPECT_THROW(list.InMemory(), std::logic_error);
  int n = 0;
  for (const auto& d : list) ExpectSame(d, Awkward(n++));
  EXPECT_EQ(n, kDocuments);
}

TEST(DocumentList, TwoWalksAtOnce) {
  DocumentList list = SpilledList();
  for (int n = 0; n < 40; ++n) list.push_back(Awkward(n));
  int outer = 0;
  for (auto a = list.begin(); a != list.end(); ++a, ++outer) {
    int inner = 0;
    for (const auto& b : list) ExpectSame(b, Awkward(inner++));
    ExpectSame(*a, Awkward(outer));
  }
  EXPECT_EQ(outer, 40);
}

TEST(DocumentList, ADocumentWithRecordsAndAllAfterItStayInMemory) {
  DocumentList list = SpilledList();
  list.push_back(Awkward(1));
  DocumentReport with_records = Awkward(2);
  with_records.records = std::make_shared<const corpus::ArticleRecords>();
  list.push_back(with_records);
  list.push_back(Awkward(3));
  std::vector<bool> kept;
  int n = 1;
  for (const auto& d : list) {
    ExpectSame(d, Awkward(n));
    kept.push_back(d.records != nullptr);
    ++n;
  }
  EXPECT_EQ(kept, (std::vector<bool>{false, true, false}));
}

TEST(DocumentList, WithNoTemporaryFolderTheListStaysInMemory) {
  DocumentList list;
  {
    ScopedTmpdir tmpdir("/nonexistent/newslint-test");
    std::string why;
    EXPECT_FALSE(list.SpillToDisk(why));
    EXPECT_NE(why.find("/nonexistent/newslint-test/newslint-report-"), std::string::npos) << why;
  }
  list.push_back(Awkward(1));
  list.push_back(Awkward(2));
  EXPECT_EQ(list.InMemory().size(), 2u);
}

TEST(DocumentList, AFullDiskKeepsTheRestInMemory) {
  // A file size limit makes writes past it fail (EFBIG) as a full disk
  // would; the documents not written must still read back.
  struct rlimit saved;
  ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
  auto old_handler = signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = saved;
  small.rlim_cur = 1u << 20;  // 1 MiB: the first block fits, a later one does not
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
  DocumentList list = SpilledList();
  const int kDocuments = 3000;
  for (int n = 0; n < kDocuments; ++n) list.push_back(Awkward(n));
  setrlimit(RLIMIT_FSIZE, &saved);
  signal(SIGXFSZ, old_handler);
  int n = 0;
  for (const auto& d : list) ExpectSame(d, Awkward(n++));
  EXPECT_EQ(n, kDocuments);
}

TEST(DocumentList, TheFileIsGoneWithTheList) {
  auto dir = std::filesystem::temp_directory_path() / "newslint-document-list-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  {
    ScopedTmpdir tmpdir(dir.string());
    DocumentList list = SpilledList();
    list.push_back(Awkward(1));
    // Unlinked from the start: nothing is left behind even on a crash.
    EXPECT_TRUE(std::filesystem::is_empty(dir));
  }
  std::filesystem::remove_all(dir);
}

// Every writer that does not show the articles gives the same bytes from a
// spilled report as from one in memory.
TEST(DocumentList, WritersGiveTheSameReportFromASpilledList) {
  RunReport memory = test_support::SampleReport();
  RunReport spilled = test_support::SampleReport();
  spilled.documents = SpilledList();
  for (const auto& d : memory.documents) spilled.documents.push_back(d);
  for (auto format : WriterFormats()) {
    if (MakeWriter(format, WriterOptions{})->ShowsArticles()) continue;
    EXPECT_EQ(test_support::Render(format, spilled), test_support::Render(format, memory))
        << format;
  }
}

}  // namespace
}  // namespace newslint
