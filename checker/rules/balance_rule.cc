#include "checker/rules/balance_rule.h"

#include <fmt/format.h>

#include <array>

#include "checker/utf8.h"

namespace newslint {
namespace {

// The ASCII bytes that open and close nothing; every byte from 0x80 up may
// begin a mark (“ ” ‘ ’ « ») and is decoded.
constexpr std::array<bool, 256> MakeInert() {
  std::array<bool, 256> inert{};
  for (size_t c = 0; c < 0x80; ++c) inert[c] = true;
  for (unsigned char c : {'"', '(', ')', '[', ']', '{', '}'}) inert[c] = false;
  return inert;
}
constexpr std::array<bool, 256> kInert = MakeInert();

struct Open {
  size_t at = 0;       // byte offset of the mark
  size_t size = 0;     // bytes of the mark
  char32_t mark = 0;   // the opening mark
  bool active = false;
  explicit operator bool() const { return active; }
  void reset() { active = false; }
};

class BalanceRule : public Rule {
 public:
  BalanceRule(RuleInfo info, bool quotes, bool brackets)
      : Rule(std::move(info)), quotes_(quotes), brackets_(brackets) {}

  void Check(const Document& doc, HitSink& sink) const override {
    const auto& paras = doc.paragraphs();
    for (size_t p = 0; p < paras.size(); ++p) {
      std::string_view next = p + 1 < paras.size() ? doc.slice(paras[p + 1].span) : "";
      CheckParagraph(doc, paras[p].span, next, sink);
    }
  }

 private:
  static void Report(HitSink& sink, size_t at, size_t size, std::string problem) {
    Hit hit;
    hit.span = {at, at + size};
    hit.vars.emplace_back("problem", std::move(problem));
    sink.Report(std::move(hit));
  }

  static char32_t FirstMark(std::string_view s) {
    size_t pos = 0;
    while (pos < s.size()) {
      char32_t c = utf8::Decode(s, pos);
      if (!utf8::IsSpace(c)) return c;
    }
    return 0;
  }

  void CheckParagraph(const Document& doc, Span para, std::string_view next_para,
                      HitSink& sink) const {
    std::string_view t = doc.text();
    std::vector<Open> brackets;
    Open dq, sq, straight, guillemet;
    auto unclosed = [&](const Open& o, const char* why) {
      Report(sink, o.at, o.size,
             fmt::format("opening {} {}", utf8::Encode(o.mark), why));
    };
    size_t pos = para.begin;
    char32_t prev = ' ';
    while (pos < para.end) {
      // Letters, digits, spaces and most punctuation open and close nothing:
      // they only become `prev`.
      auto byte = static_cast<unsigned char>(t[pos]);
      if (kInert[byte]) {
        prev = byte;
        ++pos;
        continue;
      }
      size_t at = pos;
      char32_t c = utf8::Decode(t, pos);
      size_t size = pos - at;
      auto next_char = [&] {
        size_t peek_pos = pos;
        return pos < para.end ? utf8::Decode(t, peek_pos) : char32_t{' '};
      };
      if (quotes_) {
        switch (c) {
          case 0x201C:  // “
            if (dq) unclosed(dq, "is never closed before the next one opens");
            dq = Open{at, size, c, true};
            break;
          case 0x201D:  // ”
            if (dq) {
              dq.reset();
            } else {
              Report(sink, at, size, "closing ” has no opening “");
            }
            break;
          case 0x2018:  // ‘
            if (utf8::IsWordChar(prev)) break;  // a reversed apostrophe, not a quote
            if (sq) unclosed(sq, "is never closed before the next one opens");
            sq = Open{at, size, c, true};
            break;
          case 0x2019:  // ’ closes a quote only where it cannot be an apostrophe
            if (sq && !(utf8::IsWordChar(prev) && utf8::IsWordChar(next_char()))) sq.reset();
            break;
          case 0xAB:
            if (guillemet) unclosed(guillemet, "is never closed before the next one opens");
            guillemet = Open{at, size, c, true};
            break;
          case 0xBB:
            if (guillemet) {
              guillemet.reset();
            } else {
              Report(sink, at, size, "closing » has no opening «");
            }
            break;
          case '"':
            if (prev >= '0' && prev <= '9') break;  // inches: 12"
            if (straight) {
              straight.reset();
            } else {
              straight = Open{at, size, c, true};
            }
            break;
          default:
            break;
        }
      }
      if (brackets_) {
        if (c == '(' || c == '[' || c == '{') {
          brackets.push_back({at, size, c, true});
        } else if (c == ')' || c == ']' || c == '}') {
          char32_t want = c == ')' ? '(' : c == ']' ? '[' : '{';
          if (!brackets.empty() && brackets.back().mark == want) {
            brackets.pop_back();
          } else if (!IsListMarker(t, para, at)) {
            Report(sink, at, size, fmt::format("closing {} has no opening {}", utf8::Encode(c),
                                               utf8::Encode(want)));
          }
        }
      }
      prev = c;
    }
    char32_t carried = FirstMark(next_para);
    if (dq && carried != 0x201C) unclosed(dq, "is never closed");
    if (sq && carried != 0x2018) unclosed(sq, "is never closed");
    if (guillemet && carried != 0xAB) unclosed(guillemet, "is never closed");
    if (straight && carried != '"') unclosed(straight, "is never closed");
    for (const auto& b : brackets) unclosed(b, "is never closed");
  }

  // "1)" or "a)" opening a line: a list marker, not a bracket.
  static bool IsListMarker(std::string_view t, Span para, size_t at) {
    size_t start = at;
    while (start > para.begin && t[start - 1] != '\n') --start;
    std::string_view head = t.substr(start, at - start);
    size_t first = head.find_first_not_of(" \t");
    if (first == std::string_view::npos) return false;
    head = head.substr(first);
    if (head.empty() || head.size() > 3) return false;
    for (char ch : head) {
      if (!std::isalnum(static_cast<unsigned char>(ch))) return false;
    }
    return true;
  }

  bool quotes_, brackets_;
};

}  // namespace

std::unique_ptr<Rule> MakeBalanceRule(RuleInfo info, YamlView& yaml, LoadContext&) {
  bool quotes = yaml.Bool("quotes", true);
  bool brackets = yaml.Bool("brackets", true);
  if (!quotes && !brackets) yaml.Fail("a balance rule must check quotes, brackets or both");
  if (info.scope != Scope::kParagraph) yaml.Fail("a balance rule works on scope: paragraph");
  return std::make_unique<BalanceRule>(std::move(info), quotes, brackets);
}

}  // namespace newslint
