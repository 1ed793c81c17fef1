#include "checker/document_codec.h"

#include <cstdint>
#include <stdexcept>

namespace newslint {

namespace {

// Unsigned LEB128 for counts, sizes and (zigzagged) ints; strings as a
// length and their bytes. Most fields are short, so this is a few bytes each.
class Encoder {
 public:
  explicit Encoder(std::string& out) : out_(out) {}
  void Unsigned(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void Signed(int64_t v) {
    Unsigned((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
  }
  void Text(std::string_view s) {
    Unsigned(s.size());
    out_.append(s);
  }
  void MaybeText(const std::optional<std::string>& s) {
    Unsigned(s ? 1 : 0);
    if (s) Text(*s);
  }

 private:
  std::string& out_;
};

class Decoder {
 public:
  explicit Decoder(std::string_view in) : in_(in) {}
  uint64_t Unsigned() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ >= in_.size()) Fail();
      auto byte = static_cast<unsigned char>(in_[at_++]);
      v |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return v;
    }
    Fail();
  }
  int64_t Signed() {
    uint64_t u = Unsigned();
    return static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1);
  }
  int Int() { return static_cast<int>(Signed()); }
  // An enumerator, numbered from 0 to count - 1.
  uint64_t Below(uint64_t count) {
    uint64_t v = Unsigned();
    if (v >= count) Fail();
    return v;
  }
  size_t Size() { return static_cast<size_t>(Unsigned()); }
  // A count of items still to come: each takes at least one byte, so a
  // count past the bytes left is a fault, not an allocation to attempt.
  size_t Count() {
    size_t n = Size();
    if (n > in_.size() - at_) Fail();
    return n;
  }
  std::string Text() {
    size_t n = Count();
    std::string s(in_.substr(at_, n));
    at_ += n;
    return s;
  }
  std::optional<std::string> MaybeText() {
    if (Unsigned()) return Text();
    return std::nullopt;
  }
  void ExpectEnd() const {
    if (at_ != in_.size()) Fail();
  }

 private:
  [[noreturn]] void Fail() const {
    throw std::runtime_error("the spilled report file is damaged (a document does not decode)");
  }
  std::string_view in_;
  size_t at_ = 0;
};

}  // namespace

void EncodeDocument(const DocumentReport& d, std::string& out) {
  Encoder e(out);
  e.Text(d.path);
  e.MaybeText(d.record);
  e.Text(d.reference_date);
  e.Text(d.reference_date_source);
  e.Text(d.frame_first);
  e.Text(d.frame_last);
  e.Unsigned(d.findings.size());
  for (const Finding& f : d.findings) {
    e.Text(f.path);
    e.MaybeText(f.record);
    e.Unsigned(f.record_line);
    for (int v : {f.line, f.column, f.end_line, f.end_column, f.byte_column, f.byte_end_column}) {
      e.Signed(v);
    }
    e.Unsigned(f.begin);
    e.Unsigned(f.end);
    e.Text(f.rule);
    e.Text(f.category);
    e.Unsigned(static_cast<uint64_t>(f.severity));
    e.Text(f.message);
    e.Text(f.excerpt);
    e.Text(f.suggestion);
    e.Text(f.evidence);
    e.Unsigned(f.fix_safe ? 1 : 0);
    e.Unsigned(f.related.size());
    for (const RelatedLocation& r : f.related) {
      e.Text(r.path);
      e.MaybeText(r.record);
      for (int v : {r.line, r.column, r.end_line, r.end_column}) e.Signed(v);
      e.Text(r.message);
    }
    e.Text(f.fingerprint);
  }
  const auto& directives = d.suppressions.directives();
  e.Unsigned(directives.size());
  for (const SuppressionDirective& s : directives) {
    e.Unsigned(static_cast<uint64_t>(s.kind));
    e.Unsigned(s.names.size());
    for (const auto& n : s.names) e.Text(n);
    for (int v : {s.line, s.start_line, s.start_column}) e.Signed(v);
  }
}

DocumentReport DecodeDocument(std::string_view bytes) {
  Decoder in(bytes);
  DocumentReport d;
  d.path = in.Text();
  d.record = in.MaybeText();
  d.reference_date = in.Text();
  d.reference_date_source = in.Text();
  d.frame_first = in.Text();
  d.frame_last = in.Text();
  d.findings.resize(in.Count());
  for (Finding& f : d.findings) {
    f.path = in.Text();
    f.record = in.MaybeText();
    f.record_line = in.Size();
    for (int* v :
         {&f.line, &f.column, &f.end_line, &f.end_column, &f.byte_column, &f.byte_end_column}) {
      *v = in.Int();
    }
    f.begin = in.Size();
    f.end = in.Size();
    f.rule = in.Text();
    f.category = in.Text();
    f.severity = static_cast<Severity>(in.Below(3));
    f.message = in.Text();
    f.excerpt = in.Text();
    f.suggestion = in.Text();
    f.evidence = in.Text();
    f.fix_safe = in.Unsigned() != 0;
    f.related.resize(in.Count());
    for (RelatedLocation& r : f.related) {
      r.path = in.Text();
      r.record = in.MaybeText();
      for (int* v : {&r.line, &r.column, &r.end_line, &r.end_column}) *v = in.Int();
      r.message = in.Text();
    }
    f.fingerprint = in.Text();
  }
  std::vector<SuppressionDirective> directives(in.Count());
  for (SuppressionDirective& s : directives) {
    s.kind = static_cast<SuppressionDirective::Kind>(in.Below(3));
    s.names.resize(in.Count());
    for (auto& n : s.names) n = in.Text();
    for (int* v : {&s.line, &s.start_line, &s.start_column}) *v = in.Int();
  }
  d.suppressions = InlineSuppressions(std::move(directives));
  in.ExpectEnd();
  return d;
}

}  // namespace newslint
