#include "checker/corpus_runner.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <tuple>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>
#include <map>
#include <thread>

#include "checker/line_batches.h"

namespace newslint {

bool ReadFileBytes(const std::string& path, std::string& out, std::string& error) {
  if (path == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    error = std::strerror(errno);
    return false;
  }
  out.clear();
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  bool failed = std::ferror(f);
  if (failed) error = std::strerror(errno);
  std::fclose(f);
  return !failed;
}

namespace {

// Articles waiting for a worker; the reader blocks when it is full.
constexpr size_t kQueueArticles = 256;

struct Task {
  size_t file;
  size_t index;
  Article article;
};

struct Done {
  size_t file;
  size_t index;
  DocumentReport report;
  std::optional<InputError> truncated;  // findings over the limit were dropped
};

// Keeps the first `max` findings (in position order) and says what was
// dropped, at the first dropped finding: a report that silently stops short
// would read as "the rest is clean".
std::optional<InputError> CapFindings(DocumentReport& doc, size_t max) {
  if (doc.findings.size() <= max) return std::nullopt;
  std::stable_sort(doc.findings.begin(), doc.findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  const Finding& first = doc.findings[max];
  InputError e{doc.path, doc.record, first.line, first.column, std::nullopt,
               fmt::format("{} findings, over the limit of {} per article "
                           "(limits.findings_per_article): the rest from here on are not reported",
                           doc.findings.size(), max)};
  doc.findings.resize(max);
  return e;
}

class ArticleQueue {
 public:
  void Push(Task t) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] { return tasks_.size() < kQueueArticles; });
    tasks_.push_back(std::move(t));
    not_empty_.notify_one();
  }
  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
  }
  std::optional<Task> Pop() {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [&] { return !tasks_.empty() || closed_; });
    if (tasks_.empty()) return std::nullopt;
    Task t = std::move(tasks_.front());
    tasks_.pop_front();
    not_full_.notify_one();
    return t;
  }

 private:
  std::mutex mu_;
  std::condition_variable not_empty_, not_full_;
  std::deque<Task> tasks_;
  bool closed_ = false;
};

// Puts done reports back in input order and hands each on as soon as every
// one before it is done, so reports do not pile up until the end of the run.
// A slow article holds back the commits after it: the reader waits
// (WaitForRoom) once that many are read and not yet handed on, so what waits
// stays bounded.
class InOrder {
 public:
  explicit InOrder(std::function<void(Done&&)> commit) : commit_(std::move(commit)) {}

  void Add(Done d) {
    std::lock_guard lock(mu_);
    auto key = std::make_pair(d.file, d.index);
    waiting_.emplace(key, std::move(d));
    Drain();
  }
  // All `count` articles of `file` have been read (and handed to Add or the queue).
  void FileRead(size_t file, size_t count) {
    std::lock_guard lock(mu_);
    counts_.emplace(file, count);
    Drain();
  }
  // Blocks while `issued` articles read so far leave too many not handed on.
  void WaitForRoom(size_t issued) {
    std::unique_lock lock(mu_);
    room_.wait(lock, [&] { return issued - committed_ < kMaxOutstanding; });
  }

 private:
  static constexpr size_t kMaxOutstanding = 4 * kQueueArticles;

  void Drain() {
    for (;;) {
      auto count = counts_.find(next_.first);
      if (count != counts_.end() && next_.second == count->second) {
        counts_.erase(count);
        next_ = {next_.first + 1, 0};
        continue;
      }
      auto it = waiting_.find(next_);
      if (it == waiting_.end()) break;
      commit_(std::move(it->second));
      waiting_.erase(it);
      ++next_.second;
      ++committed_;
    }
    room_.notify_all();
  }

  std::function<void(Done&&)> commit_;
  std::mutex mu_;
  std::condition_variable room_;
  std::map<std::pair<size_t, size_t>, Done> waiting_;
  std::map<size_t, size_t> counts_;  // articles of each file read to the end
  std::pair<size_t, size_t> next_{0, 0};
  size_t committed_ = 0;
};

// JSONL is read a batch of lines at a time, so a shard of any size is
// checked in bounded memory; other formats hold one article a file anyway.
constexpr size_t kJsonlBatchBytes = 4u << 20;

// Reads one file and hands each article to `emit` in order; input errors go
// to `errors`, in the order of their lines.
void ReadFile(const std::string& file, const RunOptions& options,
              const std::function<void(Article&&)>& emit, std::vector<InputError>& errors) {
  std::string shown = file == "-" ? options.stdin_name : file;
  auto cannot_read = [&](const std::string& why) {
    errors.push_back({shown, std::nullopt, 0, 0, std::nullopt, "cannot read: " + why});
  };
  if (FormatOf(shown) == "jsonl") {
    std::FILE* f = file == "-" ? stdin : std::fopen(file.c_str(), "rb");
    if (!f) return cannot_read(std::strerror(errno));
    LineBatchReader reader(f, kJsonlBatchBytes, options.limits.max_record_bytes);
    LineBatch batch;
    while (reader.Next(batch)) {
      for (const auto& o : batch.overlong) {
        errors.push_back({shown, std::to_string(o.line), static_cast<int>(o.line), 1, o.byte,
                          OversizeRecordMessage(o.size, options.limits.max_record_bytes)});
      }
      ReadOutcome read = ReadJsonlLines(shown, batch.bytes, batch.first_line, batch.first_byte,
                                        options.limits);
      for (auto& e : read.errors) errors.push_back(std::move(e));
      for (auto& a : read.articles) emit(std::move(a));
    }
    if (reader.error()) cannot_read(std::strerror(reader.error()));
    if (f != stdin) std::fclose(f);
    return;
  }
  // Refuse an oversized article before reading it into memory (a JSONL file
  // is many articles: its records are bounded one by one, above).
  std::error_code ec;
  if (file != "-" && std::filesystem::is_regular_file(file, ec)) {
    uintmax_t size = std::filesystem::file_size(file, ec);
    if (!ec && size > options.limits.max_article_bytes + 3) {  // + a BOM
      errors.push_back({shown, std::nullopt, 1, 1, 0,
                        OversizeArticleMessage(size, options.limits.max_article_bytes)});
      return;
    }
  }
  std::string bytes, error;
  if (!ReadFileBytes(file, bytes, error)) return cannot_read(error);
  ReadOutcome read = ReadArticles(shown, bytes, FormatOf(shown), options.limits);
  for (auto& e : read.errors) errors.push_back(std::move(e));
  for (auto& a : read.articles) emit(std::move(a));
}

}  // namespace

void ApplyLimits(const Limits& limits, RunOptions& options) {
  options.limits.max_article_bytes = limits.article_bytes;
  options.limits.max_record_bytes = limits.record_bytes;
  options.limits.max_line_bytes = limits.line_bytes;
  options.max_findings = limits.findings_per_article;
}

void RunCorpus(const std::vector<std::string>& files, const Linter& linter,
               const RunOptions& options, RunReport& report) {
  int jobs = options.jobs > 0 ? options.jobs : static_cast<int>(std::thread::hardware_concurrency());
  jobs = std::max(1, jobs);
  std::vector<std::vector<InputError>> errors(files.size());
  std::vector<InputError> truncated;  // after the reading errors, in document order
  InOrder in_order([&](Done&& d) {
    if (d.truncated) truncated.push_back(std::move(*d.truncated));
    if (options.on_document) {
      options.on_document(d.file, std::move(d.report));
    } else {
      report.documents.push_back(std::move(d.report));
    }
  });
  auto check = [&](size_t file, size_t index, Article& a) {
    auto after = [&](const Document& d, DocumentReport& r) { options.after_check(a, d, r); };
    DocumentReport doc = options.after_check ? linter.Check(a, after) : linter.Check(a);
    std::optional<InputError> cut = CapFindings(doc, options.max_findings);
    in_order.Add(Done{file, index, std::move(doc), std::move(cut)});
  };
  if (jobs == 1) {
    for (size_t f = 0; f < files.size(); ++f) {
      size_t i = 0;
      ReadFile(files[f], options, [&](Article&& a) { check(f, i++, a); }, errors[f]);
      in_order.FileRead(f, i);
    }
  } else {
    ArticleQueue queue;
    std::vector<std::thread> workers;
    for (int j = 0; j < jobs; ++j) {
      workers.emplace_back([&] {
        while (auto task = queue.Pop()) check(task->file, task->index, task->article);
      });
    }
    size_t issued = 0;
    for (size_t f = 0; f < files.size(); ++f) {
      size_t i = 0;
      ReadFile(
          files[f], options,
          [&](Article&& a) {
            in_order.WaitForRoom(issued++);
            queue.Push({f, i++, std::move(a)});
          },
          errors[f]);
      in_order.FileRead(f, i);
    }
    queue.Close();
    for (auto& w : workers) w.join();
  }
  for (auto& e : errors) {
    // Skipped overlong lines are reported as met, before their batch.
    std::stable_sort(e.begin(), e.end(),
                     [](const InputError& a, const InputError& b) { return a.line < b.line; });
    for (auto& x : e) report.errors.push_back(std::move(x));
  }
  for (auto& e : truncated) report.errors.push_back(std::move(e));
}

}  // namespace newslint
