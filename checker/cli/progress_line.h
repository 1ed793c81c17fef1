// The progress line of long `check` runs on standard error: articles done (of
// how many, when every input file is one article), the rate and the time
// left, redrawn in place with \r and cleared when the run ends, so it never
// mixes with the report or the messages that follow.
//
// Mode kAuto draws only when the stream is a terminal, and only once the run
// has taken a second (a short run shows nothing); kOn (--progress) draws from
// the first article whatever the stream; kOff (--no-progress) never draws.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>
#include <string>

namespace newslint {

// "checked 120/500 articles, 40.0/s, 0:09 left"; total 0 = unknown.
std::string FormatProgress(size_t done, size_t total, double seconds);

class ProgressLine {
 public:
  enum class Mode { kAuto, kOn, kOff };

  ProgressLine(int fd, Mode mode, size_t total);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // Safe to call from the worker threads.
  void ArticleDone();
  // Clears the line; later calls to ArticleDone draw nothing.
  void Finish();

 private:
  using Clock = std::chrono::steady_clock;
  void Draw(const std::string& text);

  int fd_;
  const bool enabled_;
  Clock::duration delay_;  // before the first draw
  size_t total_;
  std::mutex mu_;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_{};
  bool drawn_ = false;
  bool finished_ = false;
  size_t done_ = 0;
  size_t width_ = 0;  // of what is on the line now
};

}  // namespace newslint
