#include "checker/corpus/records_file.h"

#include <cmath>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>

#include "checker/corpus/article_records.h"

namespace newslint::corpus {

using nlohmann::json;

namespace {

json Nullable(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

// Whole numbers only, in range: a float or an out-of-range value in a
// damaged file is an error, not a narrowing conversion.
template <typename T>
T Whole(const json& j) {
  if (j.is_number_unsigned()) {
    auto v = j.get<uint64_t>();
    if (v > static_cast<uint64_t>(std::numeric_limits<T>::max())) throw RecordsError("a number out of range");
    return static_cast<T>(v);
  }
  if (j.is_number_integer()) {
    auto v = j.get<int64_t>();
    if (v < static_cast<int64_t>(std::numeric_limits<T>::min()) ||
        (v > 0 && static_cast<uint64_t>(v) > static_cast<uint64_t>(std::numeric_limits<T>::max()))) {
      throw RecordsError("a number out of range");
    }
    return static_cast<T>(v);
  }
  throw RecordsError("a whole number was expected");
}

std::optional<std::string> OptionalString(const json& j, const char* key) {
  const json& v = j.at(key);
  if (v.is_null()) return std::nullopt;
  return v.get<std::string>();
}

// Positions travel as [line, column, end_line, end_column]: records are many
// and small, and this keeps a shard's file about half the size.
json PositionJson(const RecordPosition& p) {
  return json::array({p.line, p.column, p.end_line, p.end_column});
}
RecordPosition PositionFrom(const json& j) {
  if (!j.is_array() || j.size() != 4) throw RecordsError("a position is [line, column, end_line, end_column]");
  return {Whole<int>(j[0]), Whole<int>(j[1]), Whole<int>(j[2]), Whole<int>(j[3])};
}

// JSON has no infinity, and "at least 300" is [300, inf]: an open end is null.
json Bound(double x) { return std::isfinite(x) ? json(x) : json(nullptr); }
double BoundFrom(const json& j, int sign) {
  if (j.is_null()) return sign * std::numeric_limits<double>::infinity();
  return j.get<double>();
}

constexpr const char* kValueTypes[] = {"date", "number", "count", "phrase"};

json ValueJson(const ClaimValue& v) {
  json j = {{"type", kValueTypes[static_cast<int>(v.type)]}};
  switch (v.type) {
    case ValueType::kDate:
      j["date"] = json::array({v.year, v.month, v.day});
      break;
    case ValueType::kNumber:
    case ValueType::kCount:
      j["range"] = json::array({Bound(v.low), Bound(v.high)});
      break;
    case ValueType::kPhrase:
      j["phrase"] = v.phrase;
      break;
  }
  return j;
}
ClaimValue ValueFrom(const json& j) {
  ClaimValue v;
  std::string type = j.at("type").get<std::string>();
  int t = 0;
  while (t < 4 && type != kValueTypes[t]) ++t;
  if (t == 4) throw RecordsError("unknown claim value type '" + type + "'");
  v.type = static_cast<ValueType>(t);
  switch (v.type) {
    case ValueType::kDate: {
      const json& d = j.at("date");
      v.year = Whole<int>(d.at(0));
      v.month = Whole<int>(d.at(1));
      v.day = Whole<int>(d.at(2));
      break;
    }
    case ValueType::kNumber:
    case ValueType::kCount:
      v.low = BoundFrom(j.at("range").at(0), -1);
      v.high = BoundFrom(j.at("range").at(1), +1);
      break;
    case ValueType::kPhrase:
      v.phrase = j.at("phrase").get<std::string>();
      break;
  }
  return v;
}

json RecordsJson(const ArticleRecords& r) {
  json claims = json::array();
  for (const auto& c : r.claims) {
    claims.push_back({{"extractor", c.extractor}, {"key", c.key}, {"subject", c.subject},
                      {"attribute", c.attribute}, {"value", ValueJson(c.value)},
                      {"value_text", c.value_text}, {"excerpt", c.excerpt},
                      {"at", PositionJson(c.at)}});
  }
  json quotes = json::array();
  for (const auto& q : r.quotes) {
    quotes.push_back({{"words", q.words}, {"lemmas", q.lemmas}, {"head", q.head},
                      {"head_outside", q.head_outside}, {"speaker", q.speaker},
                      {"groups", q.groups}, {"quoted", q.quoted}, {"excerpt", q.excerpt},
                      {"at", PositionJson(q.at)}});
  }
  json lines = json::array();
  for (const auto& l : r.lines) {
    lines.push_back({{"fingerprint", l.fingerprint}, {"excerpt", l.excerpt}, {"at", PositionJson(l.at)}});
  }
  return {{"article_key", r.article_key}, {"path", r.path}, {"record", Nullable(r.record)},
          {"record_line", r.record_line}, {"source", r.source}, {"content_hash", r.content_hash},
          {"claims", std::move(claims)}, {"quotes", std::move(quotes)}, {"lines", std::move(lines)}};
}

ArticleRecords RecordsFrom(const json& j) {
  ArticleRecords r;
  r.article_key = j.at("article_key").get<std::string>();
  r.path = j.at("path").get<std::string>();
  r.record = OptionalString(j, "record");
  r.record_line = Whole<size_t>(j.at("record_line"));
  r.source = j.at("source").get<std::string>();
  r.content_hash = j.at("content_hash").get<std::string>();
  for (const auto& c : j.at("claims")) {
    r.claims.push_back({c.at("extractor").get<std::string>(), c.at("key").get<std::string>(),
                        c.at("subject").get<std::string>(), c.at("attribute").get<std::string>(),
                        ValueFrom(c.at("value")), c.at("value_text").get<std::string>(),
                        c.at("excerpt").get<std::string>(), PositionFrom(c.at("at"))});
  }
  for (const auto& q : j.at("quotes")) {
    QuoteRecord x;
    x.words = q.at("words").get<std::string>();
    x.lemmas = q.at("lemmas").get<std::string>();
    x.head = q.at("head").get<std::string>();
    x.head_outside = q.at("head_outside").get<bool>();
    x.speaker = q.at("speaker").get<std::string>();
    x.groups = q.at("groups").get<std::vector<std::string>>();
    x.quoted = q.at("quoted").get<std::string>();
    x.excerpt = q.at("excerpt").get<std::string>();
    x.at = PositionFrom(q.at("at"));
    r.quotes.push_back(std::move(x));
  }
  for (const auto& l : j.at("lines")) {
    r.lines.push_back({l.at("fingerprint").get<std::string>(), l.at("excerpt").get<std::string>(),
                       PositionFrom(l.at("at"))});
  }
  return r;
}

json FindingJson(const Finding& f) {
  json related = json::array();
  for (const auto& r : f.related) {
    related.push_back({{"path", r.path}, {"record", Nullable(r.record)},
                       {"at", json::array({r.line, r.column, r.end_line, r.end_column})},
                       {"message", r.message}});
  }
  return {{"path", f.path},
          {"record", Nullable(f.record)},
          {"record_line", f.record_line},
          {"at", json::array({f.line, f.column, f.end_line, f.end_column})},
          {"bytes", json::array({f.byte_column, f.byte_end_column, f.begin, f.end})},
          {"rule", f.rule},
          {"category", f.category},
          {"severity", SeverityName(f.severity)},
          {"message", f.message},
          {"excerpt", f.excerpt},
          {"suggestion", f.suggestion},
          {"evidence", f.evidence},
          {"fix_safe", f.fix_safe},
          {"related", std::move(related)},
          {"fingerprint", f.fingerprint}};
}

Finding FindingFrom(const json& j) {
  Finding f;
  f.path = j.at("path").get<std::string>();
  f.record = OptionalString(j, "record");
  f.record_line = Whole<size_t>(j.at("record_line"));
  RecordPosition at = PositionFrom(j.at("at"));
  f.line = at.line;
  f.column = at.column;
  f.end_line = at.end_line;
  f.end_column = at.end_column;
  const json& bytes = j.at("bytes");
  f.byte_column = Whole<int>(bytes.at(0));
  f.byte_end_column = Whole<int>(bytes.at(1));
  f.begin = Whole<size_t>(bytes.at(2));
  f.end = Whole<size_t>(bytes.at(3));
  f.rule = j.at("rule").get<std::string>();
  f.category = j.at("category").get<std::string>();
  std::string severity = j.at("severity").get<std::string>();
  auto s = ParseSeverity(severity);
  if (!s) throw RecordsError("unknown severity '" + severity + "'");
  f.severity = *s;
  f.message = j.at("message").get<std::string>();
  f.excerpt = j.at("excerpt").get<std::string>();
  f.suggestion = j.at("suggestion").get<std::string>();
  f.evidence = j.at("evidence").get<std::string>();
  f.fix_safe = j.at("fix_safe").get<bool>();
  for (const auto& r : j.at("related")) {
    RecordPosition p = PositionFrom(r.at("at"));
    f.related.push_back({r.at("path").get<std::string>(), OptionalString(r, "record"), p.line,
                         p.column, p.end_line, p.end_column, r.at("message").get<std::string>()});
  }
  f.fingerprint = j.at("fingerprint").get<std::string>();
  return f;
}

// Inline suppression directives travel with the article: the reconcile
// applies them to the cross-article findings it adds, as check does.
constexpr const char* kDirectiveKinds[] = {"disable", "enable", "disable-next-line"};

json DirectivesJson(const InlineSuppressions& s) {
  json out = json::array();
  for (const auto& d : s.directives()) {
    out.push_back({{"kind", kDirectiveKinds[static_cast<int>(d.kind)]}, {"names", d.names},
                   {"at", json::array({d.line, d.start_line, d.start_column})}});
  }
  return out;
}

InlineSuppressions DirectivesFrom(const json& j) {
  std::vector<SuppressionDirective> out;
  for (const auto& d : j) {
    SuppressionDirective x;
    std::string kind = d.at("kind").get<std::string>();
    int k = 0;
    while (k < 3 && kind != kDirectiveKinds[k]) ++k;
    if (k == 3) throw RecordsError("unknown suppression directive '" + kind + "'");
    x.kind = static_cast<SuppressionDirective::Kind>(k);
    x.names = d.at("names").get<std::vector<std::string>>();
    x.line = Whole<int>(d.at("at").at(0));
    x.start_line = Whole<int>(d.at("at").at(1));
    x.start_column = Whole<int>(d.at("at").at(2));
    out.push_back(std::move(x));
  }
  return InlineSuppressions(std::move(out));
}

json DocumentJson(const DocumentReport& d) {
  json findings = json::array();
  for (const auto& f : d.findings) findings.push_back(FindingJson(f));
  return {{"path", d.path},
          {"record", Nullable(d.record)},
          {"reference_date", d.reference_date},
          {"reference_date_source", d.reference_date_source},
          {"frame", json::array({d.frame_first, d.frame_last})},
          {"findings", std::move(findings)},
          {"suppressions", DirectivesJson(d.suppressions)},
          {"records", d.records ? RecordsJson(*d.records) : json(nullptr)}};
}

DocumentReport DocumentFrom(const json& j) {
  DocumentReport d;
  d.path = j.at("path").get<std::string>();
  d.record = OptionalString(j, "record");
  d.reference_date = j.at("reference_date").get<std::string>();
  d.reference_date_source = j.at("reference_date_source").get<std::string>();
  d.frame_first = j.at("frame").at(0).get<std::string>();
  d.frame_last = j.at("frame").at(1).get<std::string>();
  for (const auto& f : j.at("findings")) d.findings.push_back(FindingFrom(f));
  d.suppressions = DirectivesFrom(j.at("suppressions"));
  if (const json& r = j.at("records"); !r.is_null()) {
    d.records = std::make_shared<const ArticleRecords>(RecordsFrom(r));
  }
  return d;
}

json ErrorJson(const InputError& e) {
  return {{"path", e.path},
          {"record", Nullable(e.record)},
          {"line", e.line},
          {"column", e.column},
          {"byte_offset", e.byte_offset ? json(*e.byte_offset) : json(nullptr)},
          {"message", e.message}};
}

InputError ErrorFrom(const json& j) {
  InputError e;
  e.path = j.at("path").get<std::string>();
  e.record = OptionalString(j, "record");
  e.line = Whole<int>(j.at("line"));
  e.column = Whole<int>(j.at("column"));
  if (const json& b = j.at("byte_offset"); !b.is_null()) e.byte_offset = Whole<size_t>(b);
  e.message = j.at("message").get<std::string>();
  return e;
}

}  // namespace

RecordsWriter::RecordsWriter(std::ostream& out, const RecordsHeader& header) : out_(out) {
  json h = {{"format", header.format},        {"tool_version", header.tool_version},
            {"records_version", header.records_version}, {"shard", header.shard},
            {"shards", header.shards},        {"files", header.files}};
  out_ << json{{"newslint_records", std::move(h)}}.dump() << '\n';
}

void RecordsWriter::Write(const ShardDocument& document) {
  // Invalid UTF-8 from an article is replaced rather than thrown on: the
  // records must be written whatever the article held.
  out_ << json{{"file", document.file}, {"document", DocumentJson(document.report)}}.dump(
              -1, ' ', false, json::error_handler_t::replace)
       << '\n';
}

void RecordsWriter::Write(const ShardError& error) {
  out_ << json{{"file", error.file}, {"error", ErrorJson(error.error)}}.dump(
              -1, ' ', false, json::error_handler_t::replace)
       << '\n';
}

RecordsFile ReadRecordsFile(std::istream& in, const std::string& name) {
  RecordsFile file;
  std::string line;
  size_t number = 0;
  bool header = false;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    try {
      json j = json::parse(line);
      if (!j.is_object()) throw RecordsError("a line is one JSON object");
      if (auto h = j.find("newslint_records"); h != j.end()) {
        if (header) throw RecordsError("a second header");
        RecordsHeader& rh = file.header;
        rh.format = Whole<int>(h->at("format"));
        if (rh.format != kRecordsFormat) {
          throw RecordsError("records format " + std::to_string(rh.format) +
                             " (this newslint reads format " + std::to_string(kRecordsFormat) + ")");
        }
        rh.tool_version = h->at("tool_version").get<std::string>();
        rh.records_version = h->at("records_version").get<std::string>();
        rh.shard = Whole<int>(h->at("shard"));
        rh.shards = Whole<int>(h->at("shards"));
        rh.files = Whole<size_t>(h->at("files"));
        header = true;
        continue;
      }
      if (!header) throw RecordsError("no header: not a newslint records file");
      long ordinal = Whole<long>(j.at("file"));
      if (auto d = j.find("document"); d != j.end()) {
        file.documents.push_back({ordinal, DocumentFrom(*d)});
      } else if (auto e = j.find("error"); e != j.end()) {
        file.errors.push_back({ordinal, ErrorFrom(*e)});
      } else {
        throw RecordsError("a line holds a header, a document or an error");
      }
    } catch (const nlohmann::json::exception& e) {
      throw RecordsError(name + ":" + std::to_string(number) + ": " + e.what());
    } catch (const RecordsError& e) {
      throw RecordsError(name + ":" + std::to_string(number) + ": " + e.what());
    }
  }
  if (!header) throw RecordsError(name + ": empty: not a newslint records file");
  return file;
}

}  // namespace newslint::corpus
