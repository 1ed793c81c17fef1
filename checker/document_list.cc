#include "checker/document_list.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <utility>

#include "checker/document_codec.h"

namespace newslint {

namespace {

// Encoded documents are written in blocks of about this size.
constexpr size_t kFlushBytes = 1u << 20;
// Each encoded document is framed by its size.
constexpr size_t kFrameBytes = sizeof(uint64_t);

}  // namespace

DocumentList::DocumentList(const DocumentList& other) {
  // A copy is a list in memory: copies are for tests and small reports.
  for (const auto& d : other) memory_.push_back(d);
}

DocumentList& DocumentList::operator=(const DocumentList& other) {
  if (this != &other) *this = DocumentList(other);
  return *this;
}

DocumentList::DocumentList(DocumentList&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)),
      spilled_(std::exchange(other.spilled_, 0)),
      written_(std::exchange(other.written_, 0)),
      pending_(std::move(other.pending_)),
      disk_failed_(other.disk_failed_),
      memory_(std::move(other.memory_)) {}

DocumentList& DocumentList::operator=(DocumentList&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
    spilled_ = std::exchange(other.spilled_, 0);
    written_ = std::exchange(other.written_, 0);
    pending_ = std::move(other.pending_);
    disk_failed_ = other.disk_failed_;
    memory_ = std::move(other.memory_);
  }
  return *this;
}

DocumentList::~DocumentList() {
  if (fd_ >= 0) ::close(fd_);
}

bool DocumentList::SpillToDisk(std::string& error) {
  if (!empty()) throw std::logic_error("DocumentList::SpillToDisk on a list that holds documents");
  if (fd_ >= 0) return true;
  const char* dir = std::getenv("TMPDIR");
  std::string name = std::string(dir && *dir ? dir : "/tmp") + "/newslint-report-XXXXXX";
  int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) {
    error = name + ": " + std::strerror(errno);
    return false;
  }
  // Unlinked at once: the file goes with the process, however it ends.
  ::unlink(name.c_str());
  fd_ = fd;
  return true;
}

void DocumentList::push_back(DocumentReport document) {
  if (fd_ < 0 || !memory_.empty() || document.records || document.article) {
    memory_.push_back(std::move(document));
    return;
  }
  size_t frame = pending_.size();
  pending_.append(kFrameBytes, '\0');
  EncodeDocument(document, pending_);
  uint64_t size = pending_.size() - frame - kFrameBytes;
  std::memcpy(pending_.data() + frame, &size, kFrameBytes);
  ++spilled_;
  if (pending_.size() >= kFlushBytes) Flush();
}

void DocumentList::Flush() {
  if (disk_failed_) return;  // what is pending stays in memory
  size_t done = 0;
  while (done < pending_.size()) {
    ssize_t n = ::pwrite(fd_, pending_.data() + done, pending_.size() - done,
                         static_cast<off_t>(written_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      disk_failed_ = true;
      break;
    }
    done += static_cast<size_t>(n);
  }
  pending_.erase(0, done);
  written_ += done;
}

void DocumentList::ReadSpilled(uint64_t offset, size_t n, std::string& out) const {
  out.resize(n);
  size_t got = 0;
  while (got < n && offset + got < written_) {
    size_t want = static_cast<size_t>(std::min<uint64_t>(n - got, written_ - (offset + got)));
    ssize_t r = ::pread(fd_, out.data() + got, want, static_cast<off_t>(offset + got));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) {
      throw std::runtime_error(std::string("cannot read back the spilled report file: ") +
                               (r < 0 ? std::strerror(errno) : "it is shorter than written"));
    }
    got += static_cast<size_t>(r);
  }
  if (got < n) {
    uint64_t from = offset + got - written_;
    if (from + (n - got) > pending_.size()) {
      throw std::runtime_error("the spilled report file is damaged (a read past its end)");
    }
    std::memcpy(out.data() + got, pending_.data() + from, n - got);
  }
}

std::vector<DocumentReport>& DocumentList::InMemory() {
  if (spilled_) throw std::logic_error("DocumentList::InMemory on a list spilled to disk");
  return memory_;
}

const std::vector<DocumentReport>& DocumentList::InMemory() const {
  if (spilled_) throw std::logic_error("DocumentList::InMemory on a list spilled to disk");
  return memory_;
}

DocumentList::const_iterator::const_iterator(const DocumentList* list, size_t index)
    : list_(list), index_(index) {
  Load();
}

void DocumentList::const_iterator::Load() {
  if (index_ >= list_->spilled_) {
    current_ = DocumentReport();
    return;
  }
  std::string bytes;
  list_->ReadSpilled(offset_, kFrameBytes, bytes);
  uint64_t size;
  std::memcpy(&size, bytes.data(), kFrameBytes);
  if (size > list_->written_ + list_->pending_.size() - offset_ - kFrameBytes) {
    throw std::runtime_error("the spilled report file is damaged (a frame past its end)");
  }
  list_->ReadSpilled(offset_ + kFrameBytes, static_cast<size_t>(size), bytes);
  current_ = DecodeDocument(bytes);
  next_ = offset_ + kFrameBytes + size;
}

DocumentList::const_iterator::reference DocumentList::const_iterator::operator*() const {
  if (index_ < list_->spilled_) return current_;
  return list_->memory_[index_ - list_->spilled_];
}

DocumentList::const_iterator& DocumentList::const_iterator::operator++() {
  ++index_;
  offset_ = next_;
  Load();
  return *this;
}

}  // namespace newslint
