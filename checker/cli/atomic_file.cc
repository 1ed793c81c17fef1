#include "checker/cli/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace newslint {

AtomicFileWriter::AtomicFileWriter(std::string path)
    : path_(std::move(path)), tmp_(path_ + ".tmp-" + std::to_string(::getpid())) {}

AtomicFileWriter::~AtomicFileWriter() {
  if (committed_) return;
  if (out_.is_open()) out_.close();
  std::remove(tmp_.c_str());
}

bool AtomicFileWriter::Open(std::string& error) {
  out_.open(tmp_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    error = "cannot write " + tmp_;
    return false;
  }
  return true;
}

bool AtomicFileWriter::Commit(std::string& error) {
  out_.flush();
  if (!out_) {
    error = "cannot write " + tmp_;
    return false;
  }
  out_.close();
  // Test hook: everything written but not yet in place, so a test can kill
  // the run there (tests/crash_safety_test.cc).
  if (const char* pause = std::getenv("NEWSLINT_TEST_OUTPUT_PAUSE_MS")) {
    std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(pause)));
  }
  // On disk before it replaces the old file, so a crash of the machine
  // cannot leave an empty file under its name.
  if (int fd = ::open(tmp_.c_str(), O_RDONLY); fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  struct stat st;
  if (::stat(path_.c_str(), &st) == 0) ::chmod(tmp_.c_str(), st.st_mode & 07777);
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    error = "cannot rename " + tmp_ + " to " + path_;
    return false;
  }
  committed_ = true;
  return true;
}

bool WriteAtomically(const std::string& path, const std::string& content, std::string& error) {
  AtomicFileWriter file(path);
  if (!file.Open(error)) return false;
  file.stream() << content;
  return file.Commit(error);
}

}  // namespace newslint
