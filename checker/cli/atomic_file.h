// Writing a file so that a reader never sees it half-written: the report of
// `check --output`, the records of `extract`, the articles `fix --in-place`
// rewrites.
#pragma once

#include <fstream>
#include <string>

namespace newslint {

// A file written through a temporary file in the same folder and renamed into
// place by Commit, so that a report is streamed to disk instead of built in
// memory first. An existing file keeps its permission bits. Without a
// successful Commit the temporary file is removed and the target untouched.
class AtomicFileWriter {
 public:
  explicit AtomicFileWriter(std::string path);
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  // False, with a message naming the file, when the temporary file could not
  // be created.
  bool Open(std::string& error);
  std::ostream& stream() { return out_; }
  // Flushes, syncs and renames into place; false and a message on failure.
  bool Commit(std::string& error);

 private:
  std::string path_, tmp_;
  std::ofstream out_;
  bool committed_ = false;
};

// The whole content at once, through an AtomicFileWriter.
bool WriteAtomically(const std::string& path, const std::string& content, std::string& error);

}  // namespace newslint
