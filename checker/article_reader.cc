#include "checker/article_reader.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "checker/jsonl_fast_record.h"
#include "checker/utf8.h"
#include "checker/yaml_view.h"

namespace newslint {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// 1-based line and code-point column of a byte offset in raw file bytes,
// counting CRLF as one line break.
std::pair<int, int> PositionOf(std::string_view bytes, size_t offset) {
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
      ++line;
      line_start = i + 1;
    }
  }
  std::string_view prefix = bytes.substr(line_start, offset - line_start);
  return {line, static_cast<int>(utf8::CountCodePoints(prefix)) + 1};
}

InputError ErrorAt(const std::string& path, std::string_view bytes, size_t offset, size_t base,
                   std::string message) {
  auto [line, col] = PositionOf(bytes, offset);
  return InputError{path, std::nullopt, line, col, base + offset, std::move(message)};
}

// Checks the bytes every format needs: no NUL, valid UTF-8.
std::optional<InputError> CheckEncoding(const std::string& path, std::string_view bytes,
                                        size_t base) {
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    return ErrorAt(path, bytes, nul, base, "NUL byte: binary data, not a text article");
  }
  if (auto bad = utf8::FirstInvalidByte(bytes)) {
    return ErrorAt(path, bytes, *bad, base,
                   fmt::format("invalid UTF-8 (byte 0x{:02X})",
                               static_cast<unsigned char>(bytes[*bad])));
  }
  return std::nullopt;
}

// The byte offset of the first line longer than max, if any.
std::optional<size_t> FirstLongLine(std::string_view text, size_t max) {
  if (text.size() <= max) return std::nullopt;  // nearly every article: no scan
  size_t start = 0;
  while (start < text.size()) {
    size_t eol = text.find_first_of("\r\n", start);
    if (eol == std::string_view::npos) eol = text.size();
    if (eol - start > max) return start;
    start = eol + 1;
  }
  return std::nullopt;
}

std::string LongLineMessage(size_t max) {
  return fmt::format("line longer than {} bytes (limits.line_bytes): not an article's text", max);
}

std::optional<std::string> ScalarField(const YAML::Node& node) {
  if (!node || !node.IsScalar()) return std::nullopt;
  return node.as<std::string>();
}

void ReadFrontMatter(const std::string& path, std::string_view text, Article& article,
                     std::vector<InputError>& errors) {
  // text is LF-normalised; front matter opens on the first line.
  if (text.substr(0, 4) != "---\n" && text != "---") {
    article.text = std::string(text);
    return;
  }
  size_t pos = 4;
  int line = 2;
  while (pos <= text.size()) {
    size_t eol = text.find('\n', pos);
    std::string_view l = text.substr(pos, eol == std::string_view::npos ? text.npos : eol - pos);
    if (l == "---" || l == "...") {
      std::string yaml(text.substr(4, pos - 4));
      size_t body = eol == std::string_view::npos ? text.size() : eol + 1;
      article.text = std::string(text.substr(body));
      article.first_line = line + 1;
      try {
        YAML::Node fm = YAML::Load(yaml);
        CheckYamlLimits(fm, path);
        if (fm.IsMap()) {
          for (const auto& kv : fm) {
            auto key = kv.first.as<std::string>();
            auto value = ScalarField(kv.second);
            if (key == "title") article.meta.title = value;
            else if (key == "date") article.meta.date = value;
            else if (key == "source") article.meta.source = value;
            else if (key == "url") article.meta.url = value;
            else if (key == "author") article.meta.author = value;
            else if (key == "id") article.meta.id = value;
            else if (value) article.meta.extra[key] = *value;
          }
        } else if (!fm.IsNull()) {
          errors.push_back({path, std::nullopt, 2, 1, std::nullopt,
                            "front matter is not a mapping of keys to values"});
        }
      } catch (const YAML::Exception& e) {
        errors.push_back({path, std::nullopt, e.mark.line + 2, e.mark.column + 1, std::nullopt,
                          "front matter: " + e.msg});
      } catch (const LoadError& e) {  // over a YAML limit; its line counts from the YAML's
        errors.push_back({path, std::nullopt, e.line() + 1, e.column(), std::nullopt,
                          "front matter: " + e.detail()});
      }
      return;
    }
    if (eol == std::string_view::npos) break;
    pos = eol + 1;
    ++line;
  }
  errors.push_back({path, std::nullopt, 1, 1, 0,
                    "front matter opened on line 1 is never closed (no '---' line)"});
}

std::optional<std::string> JsonString(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number()) return v.dump();
  return std::nullopt;
}

// `bytes` are whole lines of the file, the first being line first_line + 1
// at byte first_byte: positions and line-based ids are the file's.
void ReadJsonl(const std::string& path, std::string_view bytes, const ReaderLimits& limits,
               ReadOutcome& out, size_t first_line = 0, size_t first_byte = 0) {
  size_t pos = 0;
  size_t line_no = first_line;
  JsonlFastReader fast;
  while (pos < bytes.size()) {
    size_t eol = bytes.find('\n', pos);
    size_t end = eol == std::string_view::npos ? bytes.size() : eol;
    std::string_view raw = bytes.substr(pos, end - pos);
    ++line_no;
    size_t base = pos;
    pos = end + 1;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (raw.find_first_not_of(" \t") == std::string_view::npos) continue;
    auto fail = [&](size_t at, std::string msg, std::optional<std::string> record = {}) {
      InputError e{path, std::move(record), static_cast<int>(line_no),
                   static_cast<int>(utf8::CountCodePoints(raw.substr(0, at))) + 1,
                   first_byte + base + at, std::move(msg)};
      if (!e.record) e.record = std::to_string(line_no);
      out.errors.push_back(std::move(e));
    };
    if (raw.size() > limits.max_record_bytes) {
      fail(0, OversizeRecordMessage(raw.size(), limits.max_record_bytes));
      continue;
    }
    if (size_t nul = raw.find('\0'); nul != std::string_view::npos) {
      fail(nul, "NUL byte in JSONL record");
      continue;
    }
    if (auto bad = utf8::FirstInvalidByte(raw)) {
      fail(*bad, fmt::format("invalid UTF-8 (byte 0x{:02X})", static_cast<unsigned char>(raw[*bad])));
      continue;
    }
    Article a;
    a.path = path;
    a.format = "jsonl";
    a.record_line = line_no;
    std::string body;
    if (fast.Read(raw, a.meta, body)) {
      a.record = a.meta.id ? *a.meta.id : std::to_string(line_no);
    } else {
      a.meta = ArticleMeta();
      nlohmann::json rec;
      try {
        rec = nlohmann::json::parse(raw);
      } catch (const nlohmann::json::parse_error& e) {
        size_t at = e.byte > 0 ? std::min<size_t>(e.byte - 1, raw.size()) : 0;
        std::string what = e.what();
        if (auto p = what.find("syntax error"); p != std::string::npos) what = what.substr(p);
        fail(at, "malformed JSONL record: " + what);
        continue;
      } catch (const nlohmann::json::exception& e) {
        // A number too large for a double ("4E444") is out_of_range, not a
        // parse_error (found by fuzz/article_jsonl_fuzz.cc).
        std::string what = e.what();
        if (auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
        fail(0, "malformed JSONL record: " + what);
        continue;
      }
      if (!rec.is_object()) {
        fail(0, "JSONL record is not an object");
        continue;
      }
      for (auto& [key, value] : rec.items()) {
        if (key == "id") a.meta.id = JsonString(value);
        else if (key == "title") a.meta.title = JsonString(value);
        else if (key == "date") a.meta.date = JsonString(value);
        else if (key == "source") a.meta.source = JsonString(value);
        else if (key == "url") a.meta.url = JsonString(value);
        else if (key == "author") a.meta.author = JsonString(value);
        else if (key != "text") a.meta.extra[key] = value;
      }
      a.record = a.meta.id ? *a.meta.id : std::to_string(line_no);
      auto text = rec.find("text");
      if (text == rec.end() || !text->is_string()) {
        fail(0, text == rec.end() ? "JSONL record has no \"text\" field"
                                  : "JSONL record's \"text\" is not a string",
             a.record);
        continue;
      }
      body = text->get<std::string>();
    }
    if (body.find('\0') != std::string::npos) {
      fail(0, "NUL character in the record's text", a.record);
      continue;
    }
    if (body.compare(0, kBom.size(), kBom) == 0) body.erase(0, kBom.size());
    if (FirstLongLine(body, limits.max_line_bytes)) {
      fail(0, LongLineMessage(limits.max_line_bytes), a.record);
      continue;
    }
    a.text = NormaliseLineEnds(body);
    out.articles.push_back(std::move(a));
  }
}

}  // namespace

std::string OversizeArticleMessage(size_t bytes, size_t limit) {
  return fmt::format("article of {} bytes exceeds the limit of {} bytes (limits.article_bytes)",
                     bytes, limit);
}

std::string OversizeRecordMessage(size_t bytes, size_t limit) {
  return fmt::format("JSONL record of {} bytes exceeds the limit of {} bytes (limits.record_bytes)",
                     bytes, limit);
}

ReadOutcome ReadJsonlLines(const std::string& path, std::string_view lines, size_t first_line,
                           size_t first_byte, const ReaderLimits& limits) {
  ReadOutcome out;
  if (first_byte == 0 && lines.substr(0, kBom.size()) == kBom) {
    lines.remove_prefix(kBom.size());
    first_byte = kBom.size();
  }
  ReadJsonl(path, lines, limits, out, first_line, first_byte);
  return out;
}

std::string FormatOf(std::string_view path) {
  auto ends = [&](std::string_view suffix) {
    if (path.size() < suffix.size()) return false;
    return std::equal(suffix.begin(), suffix.end(), path.end() - suffix.size(),
                      [](char a, char b) { return std::tolower(a) == std::tolower(b); });
  };
  if (ends(".md") || ends(".markdown")) return "md";
  if (ends(".jsonl") || ends(".ndjson")) return "jsonl";
  return "txt";
}

std::string NormaliseLineEnds(std::string_view text) {
  if (text.find('\r') == std::string_view::npos) return std::string(text);  // memchr, then one copy
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

ReadOutcome ReadArticles(const std::string& path, std::string_view bytes, const std::string& format,
                         const ReaderLimits& limits) {
  ReadOutcome out;
  size_t base = 0;
  if (bytes.substr(0, kBom.size()) == kBom) {
    bytes.remove_prefix(kBom.size());
    base = kBom.size();
  }
  if (format == "jsonl") {
    ReadJsonl(path, bytes, limits, out, 0, base);
    return out;
  }
  if (bytes.size() > limits.max_article_bytes) {
    out.errors.push_back({path, std::nullopt, 1, 1, base,
                          OversizeArticleMessage(bytes.size(), limits.max_article_bytes)});
    return out;
  }
  if (auto err = CheckEncoding(path, bytes, base)) {
    out.errors.push_back(std::move(*err));
    return out;
  }
  if (auto at = FirstLongLine(bytes, limits.max_line_bytes)) {
    out.errors.push_back(ErrorAt(path, bytes, *at, base, LongLineMessage(limits.max_line_bytes)));
    return out;
  }
  Article a;
  a.path = path;
  a.format = format;
  std::string text = NormaliseLineEnds(bytes);
  if (format == "md") {
    size_t before = out.errors.size();
    ReadFrontMatter(path, text, a, out.errors);
    if (out.errors.size() != before) return out;
    a.suppressions = InlineSuppressions::ExtractFrom(a.text, a.first_line);
  } else {
    a.text = std::move(text);
  }
  out.articles.push_back(std::move(a));
  return out;
}

}  // namespace newslint
