// kill -9 at the worst moments: while `check --output` writes its report and
// while `index add` writes the index. The previous report stays byte for
// byte, and the index opens and passes SQLite's integrity check. (Two
// writers taking turns: ClaimIndex.TwoWritersAndAReaderAtOnce.)
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "tests/test_support.h"

namespace newslint {
namespace {

using testing::Binary;
using testing::RunCommand;
using testing::SourceDir;
using testing::TempDir;

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

pid_t Spawn(const std::string& command) {
  pid_t pid = fork();
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

int WaitFor(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

// Polls for a condition; the deadline only keeps a broken build from hanging
// the suite, nothing is asserted about speed.
template <typename Condition>
bool Eventually(Condition condition) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return false;
}

std::string Pragma(const std::string& file, const std::string& pragma) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, ("PRAGMA " + pragma).c_str(), -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
      out += reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return out;
}

// Whether another connection holds the index's write lock: the add is inside
// its transaction.
bool WriteLocked(const std::string& file) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return false;
  }
  sqlite3_busy_timeout(db, 0);
  int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  return rc == SQLITE_BUSY;
}

TEST(CrashSafety, KillDuringOutputWritingLeavesThePreviousReport) {
  TempDir dir;
  std::string report = dir.path() + "/report.json";
  auto first = RunCommand("cd " + SourceDir() + " && " + Binary() +
                          " check --no-config --format json --output " + report + " fixtures/corpus");
  ASSERT_EQ(first.exit_code, 1) << first.err;  // the fixtures hold errors
  std::string before = ReadBytes(report);
  ASSERT_FALSE(before.empty());
  // A new report, different from the old, paused half-written.
  pid_t child = Spawn("cd " + SourceDir() + " && NEWSLINT_TEST_OUTPUT_PAUSE_MS=60000 exec " +
                      Binary() + " check --no-config --format sarif --output " + report +
                      " fixtures/corpus");
  std::string tmp = report + ".tmp-" + std::to_string(child);
  bool half_written = Eventually([&] {
    std::error_code ec;
    return std::filesystem::file_size(tmp, ec) > 0 && !ec;
  });
  kill(child, SIGKILL);
  int status = WaitFor(child);
  ASSERT_TRUE(half_written) << "the run never started writing " << tmp;
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(ReadBytes(report), before);
  // The next run replaces it whole.
  auto again = RunCommand("cd " + SourceDir() + " && " + Binary() +
                          " check --no-config --format sarif --output " + report + " fixtures/corpus");
  EXPECT_EQ(again.exit_code, 1) << again.err;
  EXPECT_NE(ReadBytes(report), before);
  EXPECT_NE(ReadBytes(report).find("\"version\": \"2.1.0\""), std::string::npos);
}

TEST(CrashSafety, KillDuringIndexAddLeavesAnIntactIndex) {
  TempDir dir;
  std::string index = dir.path() + "/index.db";
  for (int i = 0; i < 30; ++i) {
    dir.Write((i < 3 ? "first/" : "second/") + std::to_string(i) + ".md",
              "---\nsource: wire\n---\nStory " + std::to_string(i) +
                  "\n\nThe Minsk II agreement was signed on 12 February 2015.\n");
  }
  std::string add = "cd " + SourceDir() + " && " + Binary() + " index add --no-config ";
  ASSERT_EQ(RunCommand(add + dir.path() + "/first --index " + index).exit_code, 0);
  pid_t child = Spawn("cd " + SourceDir() + " && NEWSLINT_TEST_INDEX_WRITE_DELAY_MS=50 exec " +
                      Binary() + " index add --no-config " + dir.path() + "/second --index " +
                      index + " >/dev/null 2>&1");
  bool writing = Eventually([&] { return WriteLocked(index); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // some articles into it
  kill(child, SIGKILL);
  WaitFor(child);
  ASSERT_TRUE(writing) << "the add never started writing";
  EXPECT_EQ(Pragma(index, "integrity_check"), "ok");
  auto stats = RunCommand(Binary() + " index stats --index " + index);
  EXPECT_EQ(stats.exit_code, 0) << stats.err;
  EXPECT_NE(stats.out.find("articles        3\n"), std::string::npos) << stats.out;
  auto again = RunCommand(add + dir.path() + "/second --index " + index);
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(Pragma(index, "integrity_check"), "ok");
  EXPECT_NE(again.out.find("30 articles in all"), std::string::npos) << again.out;
}

}  // namespace
}  // namespace newslint
