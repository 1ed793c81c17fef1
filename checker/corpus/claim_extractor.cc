#include "checker/corpus/claim_extractor.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>

#include "checker/corpus/calendar.h"
#include "checker/corpus/claim_value.h"
#include "checker/phrase_pattern.h"
#include "checker/utf8.h"
#include "checker/wordnet.h"
#include "checker/yaml_view.h"

namespace newslint::corpus {
namespace {

constexpr std::array<std::string_view, 6> kGroupNames = {"subject", "owner", "attribute",
                                                         "value",   "time",  "source"};

// Capitalised words that say nothing about a name: sentence openers.
constexpr std::array<std::string_view, 28> kCapitalisedFunctionWords = {
    "the",    "a",    "an",    "this", "that", "these", "those", "its", "his", "her",
    "their",  "our",  "in",    "on",   "at",   "by",    "for",   "of",  "and", "after",
    "before", "when", "while", "as",   "last", "next",  "new",   "some"};

bool IsIdentifierChar(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }

// Replaces {name} (lower-case letters and '_' only, so RE2's {1,3} stays) with
// its definition, recursively.
std::string Expand(const std::string& pattern, const std::map<std::string, std::string>& defs,
                   const YamlView& yaml, const YAML::Node& at, int depth = 0) {
  if (depth > 8) yaml.Fail(at, "definitions nest too deep (a definition uses itself?)");
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      out += pattern[i];
      out += pattern[++i];
      continue;
    }
    if (pattern[i] != '{') {
      out += pattern[i];
      continue;
    }
    size_t j = i + 1;
    while (j < pattern.size() && IsIdentifierChar(pattern[j])) ++j;
    if (j == i + 1 || j >= pattern.size() || pattern[j] != '}') {
      out += pattern[i];
      continue;
    }
    std::string name = pattern.substr(i + 1, j - i - 1);
    auto it = defs.find(name);
    if (it == defs.end()) {
      std::string known;
      for (const auto& [k, v] : defs) known += (known.empty() ? "" : ", ") + k;
      yaml.Fail(at, fmt::format("unknown placeholder {{{}}} (known: {})", name, known));
    }
    out += "(?:" + Expand(it->second, defs, yaml, at, depth + 1) + ")";
    i = j;
  }
  return out;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == ',' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == ',' || s[e - 1] == '\n')) --e;
  return std::string(s.substr(b, e - b));
}

bool IsQuoteMark(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == '\'';
}

// Whether the word starting at `offset` opens its sentence: only spaces,
// quotation marks or brackets lie between it and the paragraph start or a
// sentence end.
bool OpensSentence(std::string_view text, size_t para_begin, size_t offset) {
  size_t pos = offset;
  while (pos > para_begin) {
    size_t p = pos;
    char32_t c = utf8::DecodeBefore(text, p);
    if (utf8::IsSpace(c) || IsQuoteMark(c) || c == '(' || c == '[') {
      pos = p;
      continue;
    }
    return c == '.' || c == '!' || c == '?' || c == ':' || c == 0x2022 || c == '-' || c == 0x2013 ||
           c == 0x2014;
  }
  return true;
}

// A subject names something when it holds a quoted name, an acronym, a
// known jurisdiction or person, or a capitalised word that is not capitalised
// only because it opens the sentence.
bool NamesSomething(const Document& doc, size_t para_begin, const std::vector<Span>& spans,
                    const KeyNormaliser& keys) {
  std::string_view text = doc.text();
  for (const Span& s : spans) {
    size_t pos = s.begin;
    while (pos < s.end) {
      size_t at = pos;
      char32_t c = utf8::Decode(text, pos);
      if (c == 0x201C || c == '"' || c == 0x2018) return true;
      if (!utf8::IsWordChar(c)) continue;
      // A word runs from `at` to `end` (joiners inside: "U.S.", "Xi's").
      size_t end = pos;
      while (end < s.end) {
        size_t q = end;
        char32_t n = utf8::Decode(text, q);
        if (!(utf8::IsWordChar(n) || n == '.' || n == '\'' || n == 0x2019)) break;
        end = q;
      }
      pos = end;
      if (!utf8::IsUpper(c)) continue;
      std::string_view word = text.substr(at, end - at);
      std::vector<std::string> lower = KeyNormaliser::Words(word);
      if (lower.empty()) continue;
      if (std::find(kCapitalisedFunctionWords.begin(), kCapitalisedFunctionWords.end(), lower[0]) !=
          kCapitalisedFunctionWords.end()) {
        continue;
      }
      if (keys.MatchesKnownName(lower, 0) > 0) return true;
      bool acronym = word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char ch) {
                       return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.';
                     });
      if (acronym) return true;
      bool common = keys.wordnet() && keys.wordnet()->IsLemma(keys.BaseForm(lower[0]));
      if (!common || !OpensSentence(text, para_begin, at)) return true;
    }
  }
  return false;
}

// The day a report-scoped figure was given: the article's date, when known.
// Tolls rise as a story develops, so "at least 23 killed in Monday's strike"
// on Thursday is not at odds with "nine killed" on Monday; only reports of
// one day are compared. Without an article date, the stated day ("on 20
// May", "on Monday") stands in, else nothing does.
std::string ReportDay(std::string_view time, const std::string& article_date) {
  if (std::optional<CivilDate> d = ParseIsoDate(article_date)) return FormatIsoDate(*d);
  std::string t = NormalisePhrase(time);
  if (t.rfind("on ", 0) == 0) t = t.substr(3);
  if (t.empty()) return "undated";
  if (auto d = ParseClaimValue(ValueType::kDate, t, 0)) return EncodeValue(*d);
  return t;
}

}  // namespace

std::unique_ptr<ClaimExtractor> ClaimExtractor::Load(const std::string& path) {
  YAML::Node root = LoadYamlFile(path);
  YamlView yaml(root, path);
  std::unique_ptr<ClaimExtractor> x(new ClaimExtractor());
  x->file_ = path;
  x->id_ = yaml.RequiredString("id");
  x->description_ = yaml.OptionalString("description").value_or("");
  std::string type = yaml.RequiredString("value");
  auto vt = ParseValueType(type);
  if (!vt) yaml.Fail(root["value"], "value must be date, number, count or phrase");
  x->type_ = *vt;
  std::string scope = yaml.OptionalString("scope").value_or("once");
  if (scope == "once") {
    x->scope_ = ClaimScope::kOnce;
  } else if (scope == "year") {
    x->scope_ = ClaimScope::kYear;
  } else if (scope == "report") {
    x->scope_ = ClaimScope::kReport;
  } else {
    yaml.Fail(root["scope"], "scope must be once, year or report");
  }
  if (x->scope_ == ClaimScope::kYear && x->type_ != ValueType::kDate) {
    yaml.Fail(root["scope"], "scope 'year' needs date values");
  }
  x->require_name_ = yaml.Bool("require_name", true);
  x->fixed_attribute_ = yaml.OptionalString("attribute").value_or("");
  if (YAML::Node attrs = yaml.Child("attributes")) {
    if (!attrs.IsMap()) yaml.Fail(attrs, "'attributes' maps a canonical attribute to its words");
    for (const auto& kv : attrs) {
      std::string canonical = kv.first.as<std::string>();
      for (const auto& w : ScalarList(kv.second, path, canonical)) {
        x->attributes_[NormalisePhrase(w)] = canonical;
      }
      x->attributes_[NormalisePhrase(canonical)] = canonical;
    }
  }
  std::map<std::string, std::string> defs = {
      {"date", DatePattern()}, {"count", CountPattern()}, {"number", NumberPattern()}};
  if (YAML::Node define = yaml.Child("define")) {
    if (!define.IsMap()) yaml.Fail(define, "'define' maps names to RE2 fragments");
    for (const auto& kv : define) {
      std::string name = kv.first.as<std::string>();
      if (name.empty() || !std::all_of(name.begin(), name.end(), IsIdentifierChar)) {
        yaml.Fail(kv.first, "definition names use a-z and '_' only");
      }
      defs[name] = ScalarString(kv.second, path, name);
    }
  }
  if (auto trigger = yaml.OptionalString("trigger")) {
    try {
      x->trigger_ = CompilePattern(Expand(*trigger, defs, yaml, root["trigger"]), true);
    } catch (const std::invalid_argument& e) {
      yaml.Fail(root["trigger"], std::string("bad trigger: ") + e.what());
    }
  }
  YAML::Node patterns = yaml.Child("patterns");
  if (!patterns || !patterns.IsSequence() || patterns.size() == 0) {
    yaml.Fail("missing required key 'patterns' (a list of RE2 patterns)");
  }
  for (const auto& p : patterns) {
    std::string expanded = Expand(ScalarString(p, path, "patterns"), defs, yaml, p);
    Pattern pat;
    try {
      pat.re = CompilePattern(expanded, false);
    } catch (const std::invalid_argument& e) {
      yaml.Fail(p, std::string("bad pattern: ") + e.what());
    }
    for (const auto& [name, index] : pat.re->NamedCapturingGroups()) {
      if (std::find(kGroupNames.begin(), kGroupNames.end(), name) == kGroupNames.end()) {
        yaml.Fail(p, "unknown group '" + name +
                         "' (groups: subject, owner, attribute, value, time, source)");
      }
      pat.groups[name] = index;
    }
    for (const char* required : {"subject", "value"}) {
      if (!pat.groups.count(required)) {
        yaml.Fail(p, std::string("the pattern needs a (?P<") + required + ">...) group");
      }
    }
    if (!pat.groups.count("attribute") && x->fixed_attribute_.empty()) {
      yaml.Fail(p, "the pattern needs a (?P<attribute>...) group, or the file an 'attribute:'");
    }
    x->patterns_.push_back(std::move(pat));
  }
  YAML::Node examples = yaml.Child("examples");
  if (!examples || !examples.IsSequence() || examples.size() == 0) {
    yaml.Fail("missing required key 'examples' (texts and the claims they hold)");
  }
  for (const auto& e : examples) {
    YamlView ev(e, path);
    ClaimExample ex;
    ex.line = e.Mark().line + 1;
    ex.text = ev.RequiredString("text");
    ex.date = ev.OptionalString("date").value_or("");
    YAML::Node claims = ev.Child("claims");
    if (!claims || !claims.IsSequence()) ev.Fail("an example needs 'claims' (a list, maybe empty)");
    for (const auto& c : claims) {
      YamlView cv(c, path);
      ExpectedClaim ec;
      ec.subject = cv.RequiredString("subject");
      ec.attribute = cv.RequiredString("attribute");
      ec.value = cv.RequiredString("value");
      ec.normalised = cv.OptionalString("normalised").value_or("");
      cv.RejectUnknownKeys();
      ex.claims.push_back(std::move(ec));
    }
    ev.RejectUnknownKeys();
    x->examples_.push_back(std::move(ex));
  }
  yaml.RejectUnknownKeys();
  return x;
}

void ClaimExtractor::Extract(const Document& doc, const ExtractContext& ctx,
                             std::vector<ClaimRecord>& out) const {
  std::vector<bool> tried;
  tried.reserve(doc.paragraphs().size());
  for (const Paragraph& para : doc.paragraphs()) {
    tried.push_back(!trigger_ || RE2::PartialMatch(re2::StringPiece(doc.slice(para.span).data(),
                                                                    para.span.size()),
                                                   *trigger_));
  }
  Extract(doc, ctx, tried, out);
}

void ClaimExtractor::Extract(const Document& doc, const ExtractContext& ctx,
                             const std::vector<bool>& tried, std::vector<ClaimRecord>& out) const {
  std::string_view text = doc.text();
  // A value is one claim, however many patterns read it: the first (the most
  // specific, by the file's order) wins.
  std::set<size_t> seen;
  auto group = [&](const Pattern& p, const PatternMatch& m, const char* name) -> std::string_view {
    auto it = p.groups.find(name);
    if (it == p.groups.end()) return {};
    return m.groups[static_cast<size_t>(it->second - 1)];
  };
  auto span_of = [&](std::string_view g) {
    size_t b = static_cast<size_t>(g.data() - text.data());
    return Span{b, b + g.size()};
  };
  for (size_t pi = 0; pi < doc.paragraphs().size(); ++pi) {
    if (!tried[pi]) continue;
    const Paragraph& para = doc.paragraphs()[pi];
    for (const Pattern& p : patterns_) {
      ForEachMatch(*p.re, text, para.span, [&](const PatternMatch& m) {
        std::string_view subject = group(p, m, "subject"), owner = group(p, m, "owner");
        std::string_view value_text = group(p, m, "value");
        if (subject.empty() || value_text.empty()) return;
        std::vector<Span> named = {span_of(subject)};
        if (!owner.empty()) named.push_back(span_of(owner));
        if (require_name_ && !NamesSomething(doc, para.span.begin, named, *ctx.keys)) return;
        std::string attribute = fixed_attribute_;
        if (std::string_view a = group(p, m, "attribute"); !a.empty()) {
          std::string word = NormalisePhrase(a);
          auto it = attributes_.find(word);
          if (it != attributes_.end()) {
            attribute = it->second;
          } else if (attributes_.empty()) {
            attribute = word;
          } else {
            return;  // a word the extractor does not map
          }
        }
        auto value = ParseClaimValue(type_, value_text, ctx.approximation);
        if (!value) return;
        std::string subject_text = Trim(
            owner.empty() ? std::string(subject) : std::string(owner) + " " + std::string(subject));
        std::string key = std::string(ValueTypeName(type_)) + "|" +
                          ctx.keys->SubjectKey(subject_text) + "|" + attribute;
        if (scope_ == ClaimScope::kYear) {
          int year = value->year;
          if (year == 0) {
            if (auto d = ParseIsoDate(ctx.article_date)) year = d->year;
          }
          if (year == 0) return;  // a recurring event with no year cannot be told apart
          key += fmt::format("|{:04}", year);
        } else if (scope_ == ClaimScope::kReport) {
          key += "|" + ReportDay(group(p, m, "time"), ctx.article_date);
        }
        if (std::string_view src = group(p, m, "source"); !src.empty()) {
          key += "|by " + ctx.keys->PhraseKey(src);
        }
        size_t value_at = span_of(value_text).begin;
        if (!seen.insert(value_at).second) return;
        ClaimRecord r;
        r.extractor = id_;
        r.key = std::move(key);
        r.subject = subject_text;
        r.attribute = attribute;
        r.value = *value;
        r.value_text = Trim(value_text);
        r.excerpt = Trim(doc.slice(m.span));
        Position b = doc.PositionOf(m.span.begin), e = doc.PositionOf(m.span.end);
        r.at = {b.line, b.column, e.line, e.column};
        out.push_back(std::move(r));
      });
    }
  }
}

}  // namespace newslint::corpus
