#include "checker/cli/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <thread>

namespace newslint {

namespace {

// The temporary file behind WriteAtomically; without a successful Commit it
// is removed.
class AtomicFileWriter {
 public:
  explicit AtomicFileWriter(std::string path);
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  bool Open(std::string& error);
  std::ostream& stream() { return out_; }
  // Flushes, syncs and renames into place.
  bool Commit(std::string& error);

 private:
  std::string path_, tmp_;
  std::ofstream out_;
  bool committed_ = false;
};

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

}  // namespace

bool WriteAtomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                     std::string& error) {
  AtomicFileWriter file(path);
  if (!file.Open(error)) return false;
  write(file.stream());
  return file.Commit(error);
}

bool WriteAtomically(const std::string& path, const std::string& content, std::string& error) {
  return WriteAtomically(path, [&](std::ostream& out) { out << content; }, error);
}

}  // namespace newslint
