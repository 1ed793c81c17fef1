// Numbers for a fixed vocabulary of words, looked up by their bytes.
//
// Rules that compare every token of an article against a word list (the
// synonym-swap rule's thousands of inflected forms) spend most of their time
// hashing and probing. This table is built once at load and then only read:
// open addressing over a power-of-two array of numbers, the words packed in
// one buffer, so a lookup is one short hash, usually one probe and one
// compare, and never allocates.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newslint {

class WordIds {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // The number of word, added as the next number if it is new.
  uint32_t Add(std::string_view word);
  // The number of word, or kNone. Safe from several threads once built.
  uint32_t Find(std::string_view word) const;

  size_t size() const { return ends_.size(); }
  // Bytes of the longest word added: a longer token cannot be one.
  size_t longest() const { return longest_; }

 private:
  static constexpr uint64_t kEmpty = UINT64_MAX;
  static uint64_t Hash(std::string_view word);
  static uint64_t SlotOf(uint64_t hash, uint32_t id) { return (hash >> 32) << 32 | id; }
  void Place(uint64_t hash, uint32_t id);
  std::string_view WordAt(uint32_t id) const;
  void Grow();

  std::string bytes_;            // every word, back to back
  std::vector<uint32_t> ends_;   // by number: where its word ends in bytes_
  // Per slot, the high half of the word's hash over its number; kEmpty where
  // none. The hash half turns most collisions away without reading the word.
  // The size is a power of two.
  std::vector<uint64_t> slots_;
  size_t longest_ = 0;
};

}  // namespace newslint
