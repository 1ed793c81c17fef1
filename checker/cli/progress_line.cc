#include "checker/cli/progress_line.h"

#include <fmt/format.h>
#include <unistd.h>

namespace newslint {
namespace {

// Redraws at most this often: a terminal is slow next to a fast run.
constexpr auto kRedrawEvery = std::chrono::milliseconds(100);
constexpr auto kAutoDelay = std::chrono::seconds(1);

std::string Duration(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

void WriteAll(int fd, const std::string& s) {
  size_t off = 0;
  while (off < s.size()) {
    ssize_t n = ::write(fd, s.data() + off, s.size() - off);
    if (n <= 0) return;  // a progress line is not worth failing over
    off += static_cast<size_t>(n);
  }
}

}  // namespace

std::string FormatProgress(size_t done, size_t total, double seconds) {
  std::string out = total > 0 ? fmt::format("checked {}/{} articles", done, total)
                              : fmt::format("checked {} article{}", done, done == 1 ? "" : "s");
  if (seconds <= 0 || done == 0) return out;
  double rate = static_cast<double>(done) / seconds;
  out += fmt::format(", {:.1f}/s", rate);
  if (total > 0 && done <= total) {
    out += ", " + Duration(static_cast<double>(total - done) / rate) + " left";
  }
  return out;
}

ProgressLine::ProgressLine(int fd, Mode mode, size_t total)
    : fd_(fd),
      enabled_(mode == Mode::kOn || (mode == Mode::kAuto && ::isatty(fd))),
      delay_(mode == Mode::kOn ? Clock::duration::zero() : Clock::duration(kAutoDelay)),
      total_(total) {}

ProgressLine::~ProgressLine() { Finish(); }

void ProgressLine::ArticleDone() {
  if (!enabled_) return;
  std::lock_guard lock(mu_);
  if (finished_) return;
  ++done_;
  auto now = Clock::now();
  if (now - start_ < delay_) return;
  if (drawn_ && now - last_draw_ < kRedrawEvery && done_ != total_) return;
  last_draw_ = now;
  drawn_ = true;
  Draw(FormatProgress(done_, total_, std::chrono::duration<double>(now - start_).count()));
}

void ProgressLine::Finish() {
  std::lock_guard lock(mu_);
  if (drawn_) Draw("");
  finished_ = true;
  drawn_ = false;
}

void ProgressLine::Draw(const std::string& text) {
  // Pad over the longer line that was there; \r back so the cursor rests at
  // the start and whatever comes next overwrites the blanks.
  std::string line = "\r" + text;
  if (text.size() < width_) line.append(width_ - text.size(), ' ');
  if (text.empty()) line += '\r';
  width_ = text.size();
  WriteAll(fd_, line);
}

}  // namespace newslint
