#include "checker/corpus/claim_index.h"

#include <fmt/format.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <map>
#include <set>
#include <thread>
#include <unordered_map>

#include "checker/corpus/claim_value.h"

namespace newslint::corpus {
namespace {

constexpr const char* kFormat = "newslint-index";

constexpr const char* kSchema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  article_key TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  record TEXT,
  record_line INTEGER NOT NULL DEFAULT 0,
  source TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  records_version TEXT NOT NULL,
  added_at TEXT NOT NULL);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_path ON articles(path);
CREATE TABLE claims(
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  key TEXT NOT NULL, extractor TEXT NOT NULL, subject TEXT NOT NULL, attribute TEXT NOT NULL,
  value TEXT NOT NULL, value_text TEXT NOT NULL, excerpt TEXT NOT NULL,
  line INTEGER NOT NULL, col INTEGER NOT NULL, end_line INTEGER NOT NULL, end_col INTEGER NOT NULL);
CREATE INDEX claims_key ON claims(key);
CREATE INDEX claims_article ON claims(article);
CREATE TABLE quotes(
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  words TEXT NOT NULL, lemmas TEXT NOT NULL, head TEXT NOT NULL, head_outside INTEGER NOT NULL,
  speaker TEXT NOT NULL, quoted TEXT NOT NULL, excerpt TEXT NOT NULL,
  line INTEGER NOT NULL, col INTEGER NOT NULL, end_line INTEGER NOT NULL, end_col INTEGER NOT NULL);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_lemmas ON quotes(lemmas);
CREATE TABLE quote_groups(
  quote INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  grp TEXT NOT NULL);
CREATE INDEX quote_groups_grp ON quote_groups(grp);
CREATE INDEX quote_groups_quote ON quote_groups(quote);
CREATE TABLE lines(
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  source TEXT NOT NULL, fingerprint TEXT NOT NULL, excerpt TEXT NOT NULL,
  line INTEGER NOT NULL, col INTEGER NOT NULL, end_line INTEGER NOT NULL, end_col INTEGER NOT NULL);
CREATE INDEX lines_fingerprint ON lines(source, fingerprint);
CREATE INDEX lines_article ON lines(article);
)sql";

// A prepared statement that finalises itself; Bind* take 1-based indexes.
class Statement {
 public:
  Statement(sqlite3* db, const std::string& path, const char* sql) : db_(db), path_(path) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) Fail("prepare");
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& Bind(int i, const std::string& v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Bind(int i, const std::optional<std::string>& v) {
    if (v) return Bind(i, *v);
    sqlite3_bind_null(stmt_, i);
    return *this;
  }
  Statement& Bind(int i, long long v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  Statement& BindPosition(int i, const RecordPosition& p) {
    Bind(i, p.line).Bind(i + 1, p.column).Bind(i + 2, p.end_line).Bind(i + 3, p.end_column);
    return *this;
  }
  // True while there is a row.
  bool Step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) Fail("step");
    return false;
  }
  void Run() {
    Step();
    Reset();
  }
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  std::string Text(int col) const {
    const unsigned char* t = sqlite3_column_text(stmt_, col);
    return t ? std::string(reinterpret_cast<const char*>(t),
                           static_cast<size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string();
  }
  std::optional<std::string> OptionalText(int col) const {
    if (sqlite3_column_type(stmt_, col) == SQLITE_NULL) return std::nullopt;
    return Text(col);
  }
  long long Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  RecordPosition Position(int col) const {
    return {static_cast<int>(Int(col)), static_cast<int>(Int(col + 1)),
            static_cast<int>(Int(col + 2)), static_cast<int>(Int(col + 3))};
  }

 private:
  [[noreturn]] void Fail(const char* what) {
    throw IndexError(fmt::format("{}: {} failed: {}", path_, what, sqlite3_errmsg(db_)));
  }
  sqlite3* db_;
  const std::string& path_;
  sqlite3_stmt* stmt_ = nullptr;
};

// Rolls back unless committed: an exception mid-add leaves nothing behind.
class Transaction {
 public:
  Transaction(std::function<void(const char*)> exec, bool write) : exec_(std::move(exec)) {
    exec_(write ? "BEGIN IMMEDIATE" : "BEGIN");
  }
  ~Transaction() {
    if (!done_) {
      try {
        exec_("ROLLBACK");
      } catch (...) {
      }
    }
  }
  void Commit() {
    exec_("COMMIT");
    done_ = true;
  }

 private:
  std::function<void(const char*)> exec_;
  bool done_ = false;
};

std::string NowUtc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

int WriteDelayMs() {
  const char* v = std::getenv("NEWSLINT_TEST_INDEX_WRITE_DELAY_MS");
  return v ? std::atoi(v) : 0;
}

}  // namespace

std::unique_ptr<ClaimIndex> ClaimIndex::Open(const std::string& path, Access access,
                                             int busy_timeout_ms) {
  struct stat st;
  bool exists = ::stat(path.c_str(), &st) == 0;
  if (access == Access::kRead && !exists) {
    throw IndexError(path + ": no such index (create it with: newslint index add PATHS --index " +
                     path + ")");
  }
  int flags =
      access == Access::kRead ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    throw IndexError(path + ": cannot open the index: " + msg);
  }
  std::unique_ptr<ClaimIndex> index(new ClaimIndex(db, path));
  sqlite3_busy_timeout(db, busy_timeout_ms);
  sqlite3_extended_result_codes(db, 1);
  index->Exec("PRAGMA foreign_keys = ON");
  if (access == Access::kWrite) {
    // WAL lets readers run beside the writer. Switching needs a moment alone
    // with the file; another process switching it at once makes us wait.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_timeout_ms);
    while (true) {
      Statement mode(db, index->path_, "PRAGMA journal_mode = WAL");
      bool wal = false;
      try {
        wal = mode.Step() && mode.Text(0) == "wal";
      } catch (const IndexError&) {
        if (std::chrono::steady_clock::now() > deadline) throw;
      }
      if (wal) break;
      if (std::chrono::steady_clock::now() > deadline) {
        throw IndexError(path + ": cannot switch the index to WAL mode");
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  index->CreateOrCheckSchema(access);
  return index;
}

ClaimIndex::~ClaimIndex() { sqlite3_close(db_); }

void ClaimIndex::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    throw IndexError(path_ + ": " + msg);
  }
}

void ClaimIndex::CreateOrCheckSchema(Access access) {
  auto exec = [this](const char* sql) { Exec(sql); };
  auto version = [&] {
    Statement s(db_, path_, "PRAGMA user_version");
    s.Step();
    return static_cast<int>(s.Int(0));
  };
  auto table_count = [&] {
    Statement s(db_, path_, "SELECT count(*) FROM sqlite_master");
    s.Step();
    return s.Int(0);
  };
  int v = version();
  if (v == 0 && access == Access::kWrite) {
    Transaction t(exec, true);
    if (version() == 0) {  // another writer may have made it while we waited
      if (table_count() != 0) throw IndexError(path_ + ": not a newslint index (other tables)");
      Exec(kSchema);
      Statement meta(db_, path_, "INSERT INTO meta(key, value) VALUES (?, ?)");
      meta.Bind(1, std::string("format")).Bind(2, std::string(kFormat)).Run();
      meta.Bind(1, std::string("created_at")).Bind(2, NowUtc()).Run();
      Exec(fmt::format("PRAGMA user_version = {}", kSchemaVersion).c_str());
    }
    t.Commit();
    v = version();
  }
  if (v == 0) throw IndexError(path_ + ": not a newslint index (no schema version)");
  if (v > kSchemaVersion) {
    throw IndexError(fmt::format(
        "{}: the index has schema version {}, this newslint reads up to {}: use a newer newslint",
        path_, v, kSchemaVersion));
  }
  // Older schema versions would be migrated here, inside one transaction.
  Statement format(db_, path_, "SELECT value FROM meta WHERE key = 'format'");
  if (!format.Step() || format.Text(0) != kFormat) {
    throw IndexError(path_ + ": not a newslint index");
  }
}

AddResult ClaimIndex::Add(const std::vector<const ArticleRecords*>& articles,
                          const std::string& records_version) {
  AddResult result;
  int delay = WriteDelayMs();
  Transaction t([this](const char* sql) { Exec(sql); }, true);
  Statement find(db_, path_,
                 "SELECT id, content_hash, records_version FROM articles WHERE article_key = ?");
  Statement del_groups(
      db_, path_,
      "DELETE FROM quote_groups WHERE quote IN (SELECT id FROM quotes WHERE article = ?)");
  Statement del_quotes(db_, path_, "DELETE FROM quotes WHERE article = ?");
  Statement del_claims(db_, path_, "DELETE FROM claims WHERE article = ?");
  Statement del_lines(db_, path_, "DELETE FROM lines WHERE article = ?");
  Statement del_article(db_, path_, "DELETE FROM articles WHERE id = ?");
  Statement add_article(db_, path_,
                        "INSERT INTO articles(article_key, path, record, record_line, source, "
                        "content_hash, records_version, added_at) VALUES (?,?,?,?,?,?,?,?)");
  Statement add_claim(db_, path_,
                      "INSERT INTO claims(article, key, extractor, subject, attribute, value, "
                      "value_text, excerpt, line, col, end_line, end_col) "
                      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
  Statement add_quote(
      db_, path_,
      "INSERT INTO quotes(article, words, lemmas, head, head_outside, speaker, "
      "quoted, excerpt, line, col, end_line, end_col) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
  Statement add_group(db_, path_, "INSERT INTO quote_groups(quote, grp) VALUES (?, ?)");
  Statement add_line(
      db_, path_,
      "INSERT INTO lines(article, source, fingerprint, excerpt, line, col, end_line, "
      "end_col) VALUES (?,?,?,?,?,?,?,?)");
  std::string now = NowUtc();
  for (const ArticleRecords* a : articles) {
    find.Bind(1, a->article_key);
    bool found = find.Step();
    long long old_id = found ? find.Int(0) : 0;
    bool same = found && find.Text(1) == a->content_hash && find.Text(2) == records_version;
    find.Reset();
    if (same) {
      ++result.unchanged;
      continue;
    }
    if (found) {
      for (Statement* d : {&del_groups, &del_quotes, &del_claims, &del_lines, &del_article}) {
        d->Bind(1, old_id).Run();
      }
      ++result.replaced;
    } else {
      ++result.added;
    }
    add_article.Bind(1, a->article_key)
        .Bind(2, a->path)
        .Bind(3, a->record)
        .Bind(4, static_cast<long long>(a->record_line))
        .Bind(5, a->source)
        .Bind(6, a->content_hash)
        .Bind(7, records_version)
        .Bind(8, now)
        .Run();
    long long id = sqlite3_last_insert_rowid(db_);
    for (const auto& c : a->claims) {
      add_claim.Bind(1, id)
          .Bind(2, c.key)
          .Bind(3, c.extractor)
          .Bind(4, c.subject)
          .Bind(5, c.attribute)
          .Bind(6, EncodeValue(c.value))
          .Bind(7, c.value_text)
          .Bind(8, c.excerpt)
          .BindPosition(9, c.at)
          .Run();
    }
    for (const auto& q : a->quotes) {
      add_quote.Bind(1, id)
          .Bind(2, q.words)
          .Bind(3, q.lemmas)
          .Bind(4, q.head)
          .Bind(5, static_cast<long long>(q.head_outside))
          .Bind(6, q.speaker)
          .Bind(7, q.quoted)
          .Bind(8, q.excerpt)
          .BindPosition(9, q.at)
          .Run();
      long long qid = sqlite3_last_insert_rowid(db_);
      for (const auto& g : q.groups) add_group.Bind(1, qid).Bind(2, g).Run();
    }
    for (const auto& l : a->lines) {
      add_line.Bind(1, id)
          .Bind(2, a->source)
          .Bind(3, l.fingerprint)
          .Bind(4, l.excerpt)
          .BindPosition(5, l.at)
          .Run();
    }
    if (delay > 0) std::this_thread::sleep_for(std::chrono::milliseconds(delay));
  }
  if (result.added + result.replaced > 0) {
    Statement meta(db_, path_,
                   "INSERT OR REPLACE INTO meta(key, value) VALUES ('records_version', ?)");
    meta.Bind(1, records_version).Run();
  }
  t.Commit();
  return result;
}

std::vector<size_t> ClaimIndex::Remove(const std::vector<std::string>& selectors) {
  std::vector<size_t> removed;
  Transaction t([this](const char* sql) { Exec(sql); }, true);
  Statement find(db_, path_,
                 "SELECT id FROM articles WHERE article_key = ?1 OR path = ?1 OR "
                 "substr(path, 1, length(?1) + 1) = ?1 || '/' ORDER BY id");
  Statement del_groups(
      db_, path_,
      "DELETE FROM quote_groups WHERE quote IN (SELECT id FROM quotes WHERE article = ?)");
  Statement del_quotes(db_, path_, "DELETE FROM quotes WHERE article = ?");
  Statement del_claims(db_, path_, "DELETE FROM claims WHERE article = ?");
  Statement del_lines(db_, path_, "DELETE FROM lines WHERE article = ?");
  Statement del_article(db_, path_, "DELETE FROM articles WHERE id = ?");
  for (std::string s : selectors) {
    while (s.size() > 1 && s.back() == '/') s.pop_back();
    std::vector<long long> ids;
    find.Bind(1, s);
    while (find.Step()) ids.push_back(find.Int(0));
    find.Reset();
    for (long long id : ids) {
      for (Statement* d : {&del_groups, &del_quotes, &del_claims, &del_lines, &del_article}) {
        d->Bind(1, id).Run();
      }
    }
    removed.push_back(ids.size());
  }
  t.Commit();
  return removed;
}

std::string ClaimIndex::RecordsVersion() {
  Statement s(db_, path_, "SELECT value FROM meta WHERE key = 'records_version'");
  return s.Step() ? s.Text(0) : std::string();
}

IndexStats ClaimIndex::Stats() {
  IndexStats st;
  Transaction t([this](const char* sql) { Exec(sql); }, false);
  {
    Statement v(db_, path_, "PRAGMA user_version");
    v.Step();
    st.schema_version = static_cast<int>(v.Int(0));
  }
  st.records_version = RecordsVersion();
  auto count = [&](const char* sql) {
    Statement s(db_, path_, sql);
    s.Step();
    return static_cast<size_t>(s.Int(0));
  };
  st.articles = count("SELECT count(*) FROM articles");
  st.claims = count("SELECT count(*) FROM claims");
  st.quotes = count("SELECT count(*) FROM quotes");
  st.lines = count("SELECT count(*) FROM lines");
  Statement sources(db_, path_,
                    "SELECT source, count(*) FROM articles GROUP BY source ORDER BY source");
  while (sources.Step())
    st.sources.emplace_back(sources.Text(0), static_cast<size_t>(sources.Int(1)));
  t.Commit();
  return st;
}

PublishedCorpus ClaimIndex::Published(const std::vector<const ArticleRecords*>& batch,
                                      size_t max_examples) {
  PublishedCorpus out;
  Transaction t([this](const char* sql) { Exec(sql); }, false);
  // The batch's article keys, to leave out what the batch supersedes. A
  // temporary table lives in the connection's own temp database, so this
  // works on a read-only index.
  Exec("CREATE TEMP TABLE IF NOT EXISTS batch_keys(key TEXT PRIMARY KEY)");
  Exec("DELETE FROM temp.batch_keys");
  {
    Statement add(db_, path_, "INSERT OR IGNORE INTO temp.batch_keys(key) VALUES (?)");
    for (const ArticleRecords* a : batch) add.Bind(1, a->article_key).Run();
  }
  const char* kNotInBatch = " AND a.article_key NOT IN (SELECT key FROM temp.batch_keys)";

  std::unordered_map<long long, size_t> article_at;  // id -> index in out.articles
  auto article = [&](const Statement& s, int col) -> ArticleRecords& {
    long long id = s.Int(col);
    auto [it, fresh] = article_at.try_emplace(id, out.articles.size());
    if (fresh) {
      ArticleRecords a;
      a.article_key = s.Text(col + 1);
      a.path = s.Text(col + 2);
      a.record = s.OptionalText(col + 3);
      a.record_line = static_cast<size_t>(s.Int(col + 4));
      a.source = s.Text(col + 5);
      out.articles.push_back(std::move(a));
    }
    return out.articles[it->second];
  };
  const std::string article_cols = "a.id, a.article_key, a.path, a.record, a.record_line, a.source";

  std::set<std::string> claim_keys, groups, lemmas, sources;
  std::set<std::pair<std::string, std::string>> lines;
  for (const ArticleRecords* a : batch) {
    sources.insert(a->source);
    for (const auto& c : a->claims) claim_keys.insert(c.key);
    for (const auto& q : a->quotes) {
      lemmas.insert(q.lemmas);
      for (const auto& g : q.groups) groups.insert(g);
    }
    for (const auto& l : a->lines) lines.insert({a->source, l.fingerprint});
  }

  {
    std::string sql =
        "SELECT " + article_cols +
        ", c.key, c.extractor, c.subject, c.attribute, c.value, c.value_text, "
        "c.excerpt, c.line, c.col, c.end_line, c.end_col FROM claims c JOIN articles a "
        "ON a.id = c.article WHERE c.key = ?" +
        kNotInBatch + " ORDER BY a.id, c.rowid";
    Statement s(db_, path_, sql.c_str());
    for (const auto& key : claim_keys) {
      s.Bind(1, key);
      while (s.Step()) {
        ClaimRecord c;
        c.key = s.Text(6);
        c.extractor = s.Text(7);
        c.subject = s.Text(8);
        c.attribute = s.Text(9);
        auto v = DecodeValue(s.Text(10));
        if (!v) continue;  // written by a newer value format: not comparable
        c.value = *v;
        c.value_text = s.Text(11);
        c.excerpt = s.Text(12);
        c.at = s.Position(13);
        article(s, 0).claims.push_back(std::move(c));
      }
      s.Reset();
    }
  }
  {
    std::string sql = "SELECT " + article_cols +
                      ", q.id, q.words, q.lemmas, q.head, q.head_outside, q.speaker, q.quoted, "
                      "q.excerpt, q.line, q.col, q.end_line, q.end_col FROM quote_groups g "
                      "JOIN quotes q ON q.id = g.quote JOIN articles a ON a.id = q.article "
                      "WHERE g.grp = ?" +
                      kNotInBatch + " ORDER BY a.id, q.id";
    Statement s(db_, path_, sql.c_str());
    std::unordered_map<long long, std::pair<size_t, size_t>> quote_at;  // id -> (article, quote)
    for (const auto& g : groups) {
      s.Bind(1, g);
      while (s.Step()) {
        ArticleRecords& a = article(s, 0);
        long long qid = s.Int(6);
        auto it = quote_at.find(qid);
        if (it == quote_at.end()) {
          QuoteRecord q;
          q.words = s.Text(7);
          q.lemmas = s.Text(8);
          q.head = s.Text(9);
          q.head_outside = s.Int(10) != 0;
          q.speaker = s.Text(11);
          q.quoted = s.Text(12);
          q.excerpt = s.Text(13);
          q.at = s.Position(14);
          lemmas.insert(q.lemmas);
          a.quotes.push_back(std::move(q));
          it = quote_at.emplace(qid, std::make_pair(article_at[s.Int(0)], a.quotes.size() - 1))
                   .first;
        }
        out.articles[it->second.first].quotes[it->second.second].groups.push_back(g);
      }
      s.Reset();
    }
  }
  {
    std::string sql = std::string(
                          "SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article "
                          "WHERE q.lemmas = ?") +
                      kNotInBatch;
    Statement s(db_, path_, sql.c_str());
    for (const auto& l : lemmas) {
      s.Bind(1, l);
      if (s.Step() && s.Int(0) > 0) out.renderings[l] = static_cast<size_t>(s.Int(0));
      s.Reset();
    }
  }
  {
    std::string count_sql = std::string(
                                "SELECT count(DISTINCT l.article) FROM lines l JOIN articles a "
                                "ON a.id = l.article WHERE l.source = ? AND l.fingerprint = ?") +
                            kNotInBatch;
    std::string examples_sql = std::string(
                                   "SELECT a.path, a.record, l.line, l.col, l.end_line, "
                                   "l.end_col FROM lines l JOIN articles a ON a.id = "
                                   "l.article WHERE l.source = ? AND l.fingerprint = ?") +
                               kNotInBatch + " ORDER BY a.path, a.record LIMIT ?";
    Statement count(db_, path_, count_sql.c_str());
    Statement examples(db_, path_, examples_sql.c_str());
    for (const auto& key : lines) {
      count.Bind(1, key.first).Bind(2, key.second);
      size_t n = count.Step() ? static_cast<size_t>(count.Int(0)) : 0;
      count.Reset();
      if (n == 0) continue;
      LineTally& tally = out.lines[key];
      tally.articles = n;
      examples.Bind(1, key.first).Bind(2, key.second).Bind(3, static_cast<long long>(max_examples));
      while (examples.Step()) {
        tally.examples.push_back(
            {examples.Text(0), examples.OptionalText(1), examples.Position(2)});
      }
      examples.Reset();
    }
  }
  {
    std::string sql =
        std::string("SELECT count(*) FROM articles a WHERE a.source = ?") + kNotInBatch;
    Statement s(db_, path_, sql.c_str());
    for (const auto& src : sources) {
      s.Bind(1, src);
      if (s.Step() && s.Int(0) > 0) out.source_articles[src] = static_cast<size_t>(s.Int(0));
      s.Reset();
    }
  }
  t.Commit();
  return out;
}

}  // namespace newslint::corpus
