// Reads a file in batches of whole lines, so that a JSONL shard of any size
// is checked in bounded memory: the reader holds one batch, never the file.
// A line longer than the record limit is not kept; its size and place are
// reported instead, and reading goes on after it.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

namespace newslint {

struct OverlongLine {
  size_t line = 0;  // 1-based
  size_t byte = 0;  // offset of its first byte in the file
  size_t size = 0;  // its length without the line break
};

struct LineBatch {
  std::string bytes;         // whole lines, each with its '\n' (the last may lack it)
  size_t first_line = 0;     // lines before this batch
  size_t first_byte = 0;     // bytes before this batch
  std::vector<OverlongLine> overlong;  // skipped lines within or before the batch
};

class LineBatchReader {
 public:
  // Does not own `file`. Batches hold about batch_bytes (more when one line
  // is longer); lines over max_line bytes are skipped and listed.
  LineBatchReader(std::FILE* file, size_t batch_bytes, size_t max_line);

  // False at the end of the file (or on a read error: see error()).
  bool Next(LineBatch& batch);
  int error() const { return error_; }

 private:
  bool Fill();
  // The next '\n' at or after start_, searching only bytes not searched yet.
  size_t FindLineEnd();

  std::FILE* file_;
  size_t batch_bytes_, max_line_;
  std::string buffer_;  // read; bytes before start_ are handed out already
  size_t start_ = 0;
  size_t scan_ = 0;     // no '\n' in [start_, scan_)
  size_t line_ = 0, byte_ = 0;
  bool eof_ = false;
  int error_ = 0;
};

}  // namespace newslint
