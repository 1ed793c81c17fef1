#include "checker/fix/source_edits.h"

#include "checker/article_reader.h"

namespace newslint {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

}  // namespace

std::optional<std::string> ApplyToSource(std::string_view file_bytes, const Article& article,
                                         const std::vector<TextEdit>& edits) {
  if (article.format == "jsonl") return std::nullopt;
  size_t bom = file_bytes.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
  std::string_view raw = file_bytes.substr(bom);
  // raw_at[i]: where the i-th byte of the LF-normalised text starts in raw.
  std::vector<size_t> raw_at;
  raw_at.reserve(raw.size() + 1);
  bool crlf = false;
  for (size_t i = 0; i < raw.size(); ++i) {
    raw_at.push_back(i);
    if (raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') {
      crlf = true;
      ++i;
    }
  }
  raw_at.push_back(raw.size());
  size_t normalised_size = raw_at.size() - 1;
  // The checked text is the normalised file minus its front matter.
  if (article.text.size() > normalised_size) return std::nullopt;
  size_t body = normalised_size - article.text.size();
  if (NormaliseLineEnds(raw.substr(raw_at[body])) != article.text) return std::nullopt;

  std::string out(file_bytes.substr(0, bom + raw_at[body]));
  size_t done = body;  // normalised offset copied up to
  for (const auto& e : edits) {
    size_t from = body + e.begin, to = body + e.end;
    if (from < done || to > normalised_size || from > to) return std::nullopt;
    out.append(raw.substr(raw_at[done], raw_at[from] - raw_at[done]));
    for (char c : e.replacement) {
      if (c == '\n' && crlf) out += '\r';
      out += c;
    }
    done = to;
  }
  out.append(raw.substr(raw_at[done]));
  return out;
}

}  // namespace newslint
