// The documents of a run, in input order, as the report writers read them.
//
// Held in memory, or, once SpillToDisk() is called, encoded (document_codec.h)
// into an unlinked temporary file as they arrive: every report format puts
// something of the whole run (the document list, counts) before or after the
// findings, so the report is written only after the last article, and a run
// over millions of articles must not hold all their findings until then.
// Reading walks the file one document at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string>
#include <vector>

#include "checker/linter.h"

namespace newslint {

class DocumentList {
 public:
  DocumentList() = default;
  DocumentList(std::initializer_list<DocumentReport> documents) : memory_(documents) {}
  DocumentList(const DocumentList& other);
  DocumentList& operator=(const DocumentList& other);
  DocumentList(DocumentList&& other) noexcept;
  DocumentList& operator=(DocumentList&& other) noexcept;
  ~DocumentList();

  // Documents added from now on go to a temporary file in $TMPDIR (or /tmp).
  // False, with the reason, when none can be made: the list stays in memory.
  // Only for an empty list.
  bool SpillToDisk(std::string& error);

  // A document that carries the cross-article records or the article text,
  // or one that comes after such a document, is kept in memory (that is
  // what writers of those need, and the order must hold). If the file cannot
  // be written (a full disk), the encoded documents stay in memory instead.
  void push_back(DocumentReport document);
  size_t size() const { return spilled_ + memory_.size(); }
  bool empty() const { return size() == 0; }

  // Walks the documents in order; a spilled document is decoded when the
  // iterator reaches it and lives until the iterator moves on.
  class const_iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = DocumentReport;
    using difference_type = std::ptrdiff_t;
    using pointer = const DocumentReport*;
    using reference = const DocumentReport&;

    const_iterator() = default;
    reference operator*() const;
    pointer operator->() const { return &**this; }
    const_iterator& operator++();
    bool operator==(const const_iterator& o) const { return index_ == o.index_; }
    bool operator!=(const const_iterator& o) const { return index_ != o.index_; }

   private:
    friend class DocumentList;
    const_iterator(const DocumentList* list, size_t index);
    void Load();
    const DocumentList* list_ = nullptr;
    size_t index_ = 0;
    uint64_t offset_ = 0;  // of the spilled document at index_
    uint64_t next_ = 0;    // of the one after it
    DocumentReport current_;
  };
  const_iterator begin() const { return const_iterator(this, 0); }
  const_iterator end() const { return const_iterator(this, size()); }

  // The documents to change in place or by index: only for a list that has
  // spilled nothing (std::logic_error otherwise). Passes that rewrite
  // documents after the run (the cross-article pass, a baseline) keep theirs
  // in memory.
  std::vector<DocumentReport>& InMemory();
  const std::vector<DocumentReport>& InMemory() const;
  DocumentReport& operator[](size_t i) { return InMemory()[i]; }
  const DocumentReport& operator[](size_t i) const { return InMemory()[i]; }

 private:
  void Flush();
  // n bytes at offset of the spilled region, which is the file and then pending_.
  void ReadSpilled(uint64_t offset, size_t n, std::string& out) const;

  int fd_ = -1;
  size_t spilled_ = 0;    // documents in the spilled region
  uint64_t written_ = 0;  // bytes of the region in the file
  std::string pending_;   // bytes of the region not yet written
  bool disk_failed_ = false;
  std::vector<DocumentReport> memory_;  // the documents after the spilled ones
};

}  // namespace newslint
