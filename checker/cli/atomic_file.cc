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

bool WriteAtomically(const std::string& path, const std::string& content, std::string& error) {
  std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out) {
      error = "cannot write " + tmp;
      return false;
    }
    // Test hook: half the content, then a pause, so a test can kill the run
    // mid-write (tests/crash_safety_test.cc).
    if (const char* pause = std::getenv("NEWSLINT_TEST_OUTPUT_PAUSE_MS")) {
      out << content.substr(0, content.size() / 2) << std::flush;
      std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(pause)));
      out << content.substr(content.size() / 2);
    } else {
      out << content;
    }
    out.flush();
    if (!out) {
      error = "cannot write " + tmp;
      std::remove(tmp.c_str());
      return false;
    }
  }
  // On disk before it replaces the old file, so a crash of the machine
  // cannot leave an empty file under its name.
  if (int fd = ::open(tmp.c_str(), O_RDONLY); fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  struct stat st;
  if (::stat(path.c_str(), &st) == 0) ::chmod(tmp.c_str(), st.st_mode & 07777);
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    error = "cannot rename " + tmp + " to " + path;
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

}  // namespace newslint
