#include "checker/word_ids.h"

#include <algorithm>
#include <cstring>

namespace newslint {

namespace {

uint32_t Load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

}  // namespace

uint64_t WordIds::Hash(std::string_view word) {
  // Eight bytes a step, the last one to seven read in at most two loads that
  // between them cover every byte (the way wyhash reads its tail): a hash a
  // byte at a time cost more than the probe on the synonym rule's million
  // tokens. The length is mixed in, so overlapping reads stay apart.
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  const char* p = word.data();
  size_t left = word.size();
  uint64_t h = (left + 1) * kMul;
  for (; left >= 8; p += 8, left -= 8) {
    uint64_t chunk;
    std::memcpy(&chunk, p, 8);
    h = (h ^ chunk) * kMul;
    h ^= h >> 32;
  }
  if (left > 0) {
    uint64_t chunk;
    if (left >= 4) {
      chunk = uint64_t{Load32(p)} << 32 | Load32(p + left - 4);
    } else {
      auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
      chunk = byte(0) << 16 | byte(left / 2) << 8 | byte(left - 1);
    }
    h = (h ^ chunk ^ left) * kMul;
    h ^= h >> 32;
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
