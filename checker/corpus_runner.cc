#include "checker/corpus_runner.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <tuple>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>
#include <thread>

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

// Reads one file into articles (or input errors).
ReadOutcome ReadFile(const std::string& file, const RunOptions& options) {
  std::string bytes, error;
  std::string shown = file == "-" ? options.stdin_name : file;
  // Refuse an oversized article before reading it into memory (a JSONL file
  // is many articles: its records are bounded one by one).
  std::error_code ec;
  if (file != "-" && FormatOf(shown) != "jsonl" && std::filesystem::is_regular_file(file, ec)) {
    uintmax_t size = std::filesystem::file_size(file, ec);
    if (!ec && size > options.limits.max_article_bytes + 3) {  // + a BOM
      ReadOutcome out;
      out.errors.push_back({shown, std::nullopt, 1, 1, 0,
                            fmt::format("article of {} bytes exceeds the limit of {} bytes "
                                        "(limits.article_bytes)",
                                        size, options.limits.max_article_bytes)});
      return out;
    }
  }
  if (!ReadFileBytes(file, bytes, error)) {
    ReadOutcome out;
    out.errors.push_back({shown, std::nullopt, 0, 0, std::nullopt, "cannot read: " + error});
    return out;
  }
  return ReadArticles(shown, bytes, FormatOf(shown), options.limits);
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
  std::vector<Done> done;
  auto check = [&](Article& a) {
    DocumentReport doc = linter.Check(a);
    if (options.after_check) options.after_check(a, doc);
    return doc;
  };
  auto finish = [&](size_t file, size_t index, DocumentReport doc) {
    std::optional<InputError> truncated = CapFindings(doc, options.max_findings);
    return Done{file, index, std::move(doc), std::move(truncated)};
  };
  if (jobs == 1) {
    for (size_t f = 0; f < files.size(); ++f) {
      ReadOutcome read = ReadFile(files[f], options);
      errors[f] = std::move(read.errors);
      for (size_t i = 0; i < read.articles.size(); ++i) done.push_back(finish(f, i, check(read.articles[i])));
    }
  } else {
    ArticleQueue queue;
    std::mutex done_mu;
    std::vector<std::thread> workers;
    for (int j = 0; j < jobs; ++j) {
      workers.emplace_back([&] {
        while (auto task = queue.Pop()) {
          Done d = finish(task->file, task->index, check(task->article));
          std::lock_guard lock(done_mu);
          done.push_back(std::move(d));
        }
      });
    }
    for (size_t f = 0; f < files.size(); ++f) {
      ReadOutcome read = ReadFile(files[f], options);
      errors[f] = std::move(read.errors);
      for (size_t i = 0; i < read.articles.size(); ++i) queue.Push({f, i, std::move(read.articles[i])});
    }
    queue.Close();
    for (auto& w : workers) w.join();
  }
  std::sort(done.begin(), done.end(), [](const Done& a, const Done& b) {
    return std::tie(a.file, a.index) < std::tie(b.file, b.index);
  });
  for (auto& e : errors) {
    for (auto& x : e) report.errors.push_back(std::move(x));
  }
  for (auto& d : done) {
    if (d.truncated) report.errors.push_back(std::move(*d.truncated));
    report.documents.push_back(std::move(d.report));
  }
}

}  // namespace newslint
