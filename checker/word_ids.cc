#include "checker/word_ids.h"

#include <algorithm>

namespace newslint {

uint64_t WordIds::Hash(std::string_view word) {
  // FNV-1a: words are a few bytes long, where a byte-at-a-time hash is as
  // fast as any and spreads the short keys well enough for a half-full table.
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : word) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h ^ (h >> 29);
}

std::string_view WordIds::WordAt(uint32_t id) const {
  uint32_t begin = id == 0 ? 0 : ends_[id - 1];
  return std::string_view(bytes_).substr(begin, ends_[id] - begin);
}

void WordIds::Place(uint64_t hash, uint32_t id) {
  const size_t mask = slots_.size() - 1;
  size_t at = hash & mask;
  while (slots_[at] != kEmpty) at = (at + 1) & mask;
  slots_[at] = SlotOf(hash, id);
}

void WordIds::Grow() {
  // Kept at most half full, so that a miss, the common case, ends at an
  // empty slot after a probe or two.
  std::vector<uint64_t> old = std::move(slots_);
  slots_.assign(std::max<size_t>(16, old.size() * 2), kEmpty);
  for (uint64_t slot : old) {
    if (slot == kEmpty) continue;
    uint32_t id = static_cast<uint32_t>(slot);
    Place(Hash(WordAt(id)), id);
  }
}

uint32_t WordIds::Add(std::string_view word) {
  if (uint32_t id = Find(word); id != kNone) return id;
  if ((ends_.size() + 1) * 2 > slots_.size()) Grow();
  const uint32_t id = static_cast<uint32_t>(ends_.size());
  bytes_.append(word);
  ends_.push_back(static_cast<uint32_t>(bytes_.size()));
  longest_ = std::max(longest_, word.size());
  Place(Hash(word), id);
  return id;
}

uint32_t WordIds::Find(std::string_view word) const {
  if (slots_.empty() || word.size() > longest_) return kNone;
  const uint64_t hash = Hash(word);
  const size_t mask = slots_.size() - 1;
  for (size_t at = hash & mask;; at = (at + 1) & mask) {
    const uint64_t slot = slots_[at];
    if (slot == kEmpty) return kNone;
    if (slot >> 32 != hash >> 32) continue;
    const uint32_t id = static_cast<uint32_t>(slot);
    if (WordAt(id) == word) return id;
  }
}

}  // namespace newslint
