#include "checker/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace newslint {

std::unique_ptr<const MappedFile> MappedFile::Open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  // Closes fd, if open, keeping the errno of the failure for the message.
  auto fail = [&](const char* what) {
    int error = errno;
    if (fd >= 0) ::close(fd);
    return std::runtime_error("cannot " + std::string(what) + " " + path + ": " +
                              std::strerror(error));
  };
  if (fd < 0) throw fail("read");
  struct stat st {};
  if (::fstat(fd, &st) != 0) throw fail("read");
  std::unique_ptr<MappedFile> file(new MappedFile());
  file->size_ = static_cast<size_t>(st.st_size);
  if (file->size_ > 0) {
    void* data = ::mmap(nullptr, file->size_, PROT_READ, MAP_PRIVATE, fd, 0);
    if (data == MAP_FAILED) throw fail("map");
    file->data_ = data;
  }
  ::close(fd);  // the mapping keeps the file open
  return file;
}

MappedFile::~MappedFile() {
  if (data_) ::munmap(data_, size_);
}

}  // namespace newslint
