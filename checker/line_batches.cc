#include "checker/line_batches.h"

#include <cerrno>

namespace newslint {

LineBatchReader::LineBatchReader(std::FILE* file, size_t batch_bytes, size_t max_line)
    : file_(file), batch_bytes_(batch_bytes), max_line_(max_line) {}

bool LineBatchReader::Fill() {
  if (eof_) return false;
  // Drop what was handed out once it is most of the buffer: amortised O(1)
  // a byte, where erasing on every read would be quadratic in a long line.
  if (start_ > 0 && start_ >= buffer_.size() / 2) {
    buffer_.erase(0, start_);
    scan_ = scan_ > start_ ? scan_ - start_ : 0;
    start_ = 0;
  }
  char chunk[1 << 16];
  size_t n = std::fread(chunk, 1, sizeof chunk, file_);
  if (n == 0) {
    if (std::ferror(file_)) error_ = errno ? errno : EIO;
    eof_ = true;
    return false;
  }
  buffer_.append(chunk, n);
  return true;
}

size_t LineBatchReader::FindLineEnd() {
  size_t from = scan_ > start_ ? scan_ : start_;
  size_t nl = buffer_.find('\n', from);
  scan_ = nl == std::string::npos ? buffer_.size() : nl;
  return nl;
}

bool LineBatchReader::Next(LineBatch& batch) {
  batch.bytes.clear();
  batch.overlong.clear();
  // Lines over the limit at the front are skipped, never held whole.
  for (;;) {
    size_t nl = FindLineEnd();
    while (nl == std::string::npos && buffer_.size() - start_ <= max_line_ && Fill()) nl = FindLineEnd();
    size_t len = (nl == std::string::npos ? buffer_.size() : nl) - start_;
    if (len <= max_line_) break;
    size_t size = len;
    bool newline = nl != std::string::npos;
    if (newline) {
      start_ = nl + 1;
    } else {
      buffer_.clear();
      start_ = scan_ = 0;
      while (Fill()) {
        size_t at = buffer_.find('\n');
        if (at != std::string::npos) {
          size += at;
          start_ = at + 1;
          scan_ = start_;
          newline = true;
          break;
        }
        size += buffer_.size();
        buffer_.clear();
        scan_ = 0;
      }
    }
    batch.overlong.push_back({line_ + 1, byte_, size});
    ++line_;
    byte_ += size + (newline ? 1 : 0);
  }
  batch.first_line = line_;
  batch.first_byte = byte_;
  for (;;) {
    size_t nl = FindLineEnd();
    if (nl == std::string::npos) {
      if (buffer_.size() - start_ > max_line_) break;  // overlong: the next call skips it
      if (Fill()) continue;
      if (start_ < buffer_.size()) {  // the last line, without a line break
        batch.bytes.append(buffer_, start_, std::string::npos);
        ++line_;
        byte_ += buffer_.size() - start_;
        start_ = scan_ = buffer_.size();
      }
      break;
    }
    size_t len = nl - start_;
    if (len > max_line_) break;
    batch.bytes.append(buffer_, start_, len + 1);
    ++line_;
    byte_ += len + 1;
    start_ = nl + 1;
    if (batch.bytes.size() >= batch_bytes_) break;
  }
  return !batch.bytes.empty() || !batch.overlong.empty();
}

}  // namespace newslint
