// A file's bytes mapped read-only into memory: pages are read when first
// touched and shared with the page cache, so a large reference file (the
// WordNet database) costs no copy and no memory until it is read, and any
// number of threads may read it.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace newslint {

class MappedFile {
 public:
  // Throws std::runtime_error naming the file when it cannot be opened or mapped.
  static std::unique_ptr<const MappedFile> Open(const std::string& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

 private:
  MappedFile() = default;
  void* data_ = nullptr;  // null for an empty file
  size_t size_ = 0;
};

}  // namespace newslint
