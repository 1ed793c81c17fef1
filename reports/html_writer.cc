#include "reports/html_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <set>

#include "checker/utf8.h"
#include "reports/xml_text.h"

namespace newslint {
namespace {

// The page's look: tidy, printable, light; severities share one palette
// with the charts.
constexpr const char* kStyle = R"css(
:root { --error: #c62828; --warning: #e07000; --info: #1565c0; --ink: #1d2330;
  --muted: #5f6b7a; --line: #dde2e8; --paper: #ffffff; --wash: #f5f7fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--ink); background: var(--wash); }
header, main > section { max-width: 1280px; margin: 0 auto; padding: 16px 24px; }
header { border-bottom: 1px solid var(--line); background: var(--paper); max-width: none; }
h1 { margin: 0; font-size: 22px; }
h2 { font-size: 18px; margin: 0 0 8px; }
h3 { font-size: 14px; margin: 0 0 6px; color: var(--muted); font-weight: 600; }
a { color: var(--info); }
.meta { color: var(--muted); margin: 2px 0 0; font-size: 13px; }
.totals { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 16px; }
.total { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 8px 14px; min-width: 110px; }
.total .n { display: block; font-size: 24px; font-weight: 700; }
.total.sev-error .n { color: var(--error); }
.total.sev-warning .n { color: var(--warning); }
.total.sev-info .n { color: var(--info); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 12px; }
figure { margin: 0; background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 10px 12px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
svg .bar rect { fill: #5c6bc0; }
svg .bar.sev-error rect { fill: var(--error); }
svg .bar.sev-warning rect { fill: var(--warning); }
svg .bar.sev-info rect { fill: var(--info); }
svg.by-source .bar rect { fill: #00897b; }
svg .bar.others rect { fill: #9aa5b1; }
table { border-collapse: collapse; width: 100%; background: var(--paper); font-size: 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 10px; text-align: left; }
th { background: var(--wash); font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n.sev-error:not(.zero) { color: var(--error); font-weight: 700; }
td.zero { color: #b0b8c2; }
.input-errors li { color: var(--error); }
section.article { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  margin: 16px auto; max-width: 1232px; }
.article-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; }
@media (max-width: 900px) { .article-body { grid-template-columns: minmax(0, 1fr); } }
.text { margin: 0; padding: 8px 0; background: var(--wash); border-radius: 6px; overflow-x: auto;
  font: 13px/1.6 ui-monospace, "DejaVu Sans Mono", monospace; white-space: pre-wrap;
  word-break: break-word; }
.text .line { display: block; padding: 0 10px 0 4.2em; text-indent: -3.6em; }
.text .line::before { content: attr(data-n); display: inline-block; width: 3em; margin-right: 0.6em;
  text-align: right; color: #a0a8b3; text-indent: 0; }
mark { border-radius: 2px; padding: 0 1px; color: inherit; }
mark.sev-error { background: #fbd5d5; box-shadow: inset 0 -2px var(--error); }
mark.sev-warning { background: #ffe6c2; box-shadow: inset 0 -2px var(--warning); }
mark.sev-info { background: #d7e6fb; box-shadow: inset 0 -2px var(--info); }
sup.ref { font-size: 10px; line-height: 0; }
sup.ref a { text-decoration: none; font-weight: 700; }
ol.findings { list-style: none; margin: 0; padding: 0; }
.finding { border-left: 4px solid var(--line); padding: 4px 10px; margin-bottom: 10px; }
.finding.sev-error { border-color: var(--error); }
.finding.sev-warning { border-color: var(--warning); }
.finding.sev-info { border-color: var(--info); }
.finding:target { background: #fff8d6; }
.finding .head { font-size: 13px; color: var(--muted); }
.finding .num { font-weight: 700; }
.badge { display: inline-block; border-radius: 4px; padding: 0 6px; color: #fff; font-size: 12px; }
.badge.sev-error { background: var(--error); }
.badge.sev-warning { background: var(--warning); }
.badge.sev-info { background: var(--info); }
.badge.safe { background: #2e7d32; }
.finding .msg { margin: 2px 0 4px; }
.finding dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 10px;
  margin: 0; font-size: 13px; }
.finding dt { color: var(--muted); }
.finding dd { margin: 0; overflow-wrap: anywhere; }
.finding ul { margin: 0; padding-left: 16px; }
code { font: 12px ui-monospace, "DejaVu Sans Mono", monospace; }
)css";

const std::array<Severity, 3> kSeverities = {Severity::kError, Severity::kWarning, Severity::kInfo};

std::string Text(std::string_view s) { return XmlContent(s); }
std::string Attr(std::string_view s) { return XmlAttribute(s); }

std::string Plural(size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string Where(const std::string& path, const std::optional<std::string>& record) {
  return record ? path + "#" + *record : path;
}

// The source an article is counted under: its `source` metadata, else the
// folder it sits in.
std::string SourceOf(const DocumentReport& doc) {
  if (doc.article && doc.article->meta.source && !doc.article->meta.source->empty()) {
    return *doc.article->meta.source;
  }
  std::string folder = std::filesystem::path(doc.path).parent_path().string();
  return folder.empty() ? "." : folder + "/";
}

// At most `max` code points, with an ellipsis where cut: at the end, or for
// a path (a folder as source) at the start, since its last parts tell more.
std::string Shortened(std::string_view s, size_t max) {
  if (utf8::CountCodePoints(s) <= max) return std::string(s);
  size_t pos = 0;
  if (s.find('/') != std::string_view::npos) {
    pos = s.size();
    for (size_t n = 0; n + 1 < max; ++n) utf8::DecodeBefore(s, pos);
    return "\u2026" + std::string(s.substr(pos));
  }
  for (size_t n = 0; n + 1 < max; ++n) utf8::Decode(s, pos);
  return std::string(s.substr(0, pos)) + "\u2026";
}

struct Bar {
  std::string label;
  size_t count = 0;
  std::string css;  // extra class on the bar (severity colour)
};

// A horizontal bar chart: label, bar scaled to the largest count, the count.
std::string BarChart(const std::string& kind, std::vector<Bar> bars) {
  constexpr int kLabelWidth = 170, kBarWidth = 190, kRow = 22,
                kWidth = kLabelWidth + kBarWidth + 50;
  size_t max = 1;
  for (const auto& b : bars) max = std::max(max, b.count);
  int height = std::max<int>(1, static_cast<int>(bars.size())) * kRow + 4;
  std::string out = fmt::format(
      "<svg class=\"chart by-{0}\" data-chart=\"{0}\" role=\"img\" aria-label=\"findings by {0}\" "
      "width=\"{1}\" height=\"{2}\" viewBox=\"0 0 {1} {2}\" "
      "xmlns=\"http://www.w3.org/2000/svg\">\n",
      kind, kWidth, height);
  if (bars.empty()) {
    out += "<text x=\"0\" y=\"15\">no findings</text>\n";
  }
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    int y = static_cast<int>(i) * kRow + 2;
    int w = std::max(2, static_cast<int>(kBarWidth * b.count / max));
    out += fmt::format(
        "<g class=\"bar{}\" data-label=\"{}\" data-count=\"{}\"><title>{}: {}</title>"
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>"
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\"/>"
        "<text x=\"{}\" y=\"{}\">{}</text></g>\n",
        b.css.empty() ? "" : " " + b.css, Attr(b.label), b.count, Text(b.label), b.count,
        kLabelWidth - 8, y + 15, Text(Shortened(b.label, 24)), kLabelWidth, y + 3, w, kRow - 6,
        kLabelWidth + w + 6, y + 15, b.count);
  }
  return out + "</svg>\n";
}

// Bars from a tally, largest first (ties by label). Past `max` bars the rest
// are summed into one, so a corpus of many sources keeps a readable chart.
std::vector<Bar> BarsOf(const std::map<std::string, size_t>& tally, size_t max = 20) {
  std::vector<Bar> bars;
  for (const auto& [label, n] : tally) bars.push_back({label, n, ""});
  std::stable_sort(bars.begin(), bars.end(),
                   [](const Bar& a, const Bar& b) { return a.count > b.count; });
  if (bars.size() > max) {
    size_t rest = 0;
    for (size_t i = max - 1; i < bars.size(); ++i) rest += bars[i].count;
    size_t others = bars.size() - (max - 1);
    bars.resize(max - 1);
    bars.push_back({fmt::format("{} others", others), rest, "others"});
  }
  return bars;
}

std::string SeverityClass(Severity s) { return "sev-" + std::string(SeverityName(s)); }

struct DocCounts {
  std::array<size_t, 3> by_severity{};  // indexed by Severity
  size_t total = 0;
};

DocCounts CountsOf(const DocumentReport& doc) {
  DocCounts c;
  for (const auto& f : doc.findings) ++c.by_severity[static_cast<size_t>(f.severity)], ++c.total;
  return c;
}

// Moves an offset back to the start of its UTF-8 character, so that a span
// cut never splits one.
size_t CharStart(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  while (offset > 0 && offset < text.size() &&
         (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
    --offset;
  }
  return offset;
}

// The article text, one element per line (numbered as in the file), each
// flagged span a <mark> in the colour of the worst finding covering it, and a
// numbered reference after each finding's span. Marks are cut at line ends
// and wherever findings overlap, so the markup always nests.
std::string HighlightedText(const DocumentReport& doc, const std::string& id) {
  const std::string& text = doc.article->text;
  struct Span {
    size_t begin, end;
    size_t finding;
  };
  std::vector<Span> spans;
  std::set<size_t> cuts = {0, text.size()};
  std::multimap<size_t, size_t> refs_at;  // offset -> finding index, shown there
  for (size_t i = 0; i < doc.findings.size(); ++i) {
    const Finding& f = doc.findings[i];
    size_t b = CharStart(text, f.begin), e = CharStart(text, f.end);
    if (b > e || f.begin > text.size()) continue;
    // A span that takes its line end is referenced before it, on its own line.
    refs_at.emplace(e > b && text[e - 1] == '\n' ? e - 1 : e, i);
    if (b == e) continue;
    spans.push_back({b, e, i});
    cuts.insert(b);
    cuts.insert(e);
  }
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') cuts.insert(i + 1);
  }
  for (const auto& [at, _] : refs_at) cuts.insert(at);
  std::string out = fmt::format("<div class=\"text\" id=\"{}-text\">", id);
  int line = doc.article->first_line;
  bool line_open = false;
  std::vector<size_t> points(cuts.begin(), cuts.end());
  for (size_t p = 0; p < points.size(); ++p) {
    size_t at = points[p];
    bool last = p + 1 == points.size();
    if (!line_open && !(last && at > 0)) {
      out += fmt::format("<span class=\"line\" id=\"{}-l{}\" data-n=\"{}\">", id, line, line);
      line_open = true;
    }
    for (auto [it, stop] = refs_at.equal_range(at); it != stop; ++it) {
      out += fmt::format("<sup class=\"ref\"><a href=\"#{0}-f{1}\" id=\"{0}-r{1}\">{1}</a></sup>",
                         id, it->second + 1);
    }
    if (last) break;
    size_t end = points[p + 1];
    std::string_view piece(text.data() + at, end - at);
    bool ends_line = !piece.empty() && piece.back() == '\n';
    if (ends_line) piece.remove_suffix(1);
    const Finding* worst = nullptr;
    std::string titles;
    for (const auto& s : spans) {
      if (s.begin <= at && end <= s.end && at < end) {
        const Finding& f = doc.findings[s.finding];
        if (!worst || f.severity > worst->severity) worst = &f;
        if (!titles.empty()) titles += "\n";
        titles += fmt::format("{}. {} [{}]", s.finding + 1, f.message, f.rule);
      }
    }
    if (worst && !piece.empty()) {
      out += fmt::format("<mark class=\"{}\" title=\"{}\">{}</mark>",
                         SeverityClass(worst->severity), Attr(titles), Text(piece));
    } else {
      out += Text(piece);
    }
    if (ends_line) {
      out += "</span>";  // each line is a block: a newline between them would show as one more
      line_open = false;
      ++line;
    }
  }
  if (line_open) out += "</span>";
  return out + "</div>\n";
}

std::string RelatedList(const Finding& f, const std::map<std::string, std::string>& section_of) {
  std::string out = "<ul>";
  for (const auto& r : f.related) {
    std::string where = fmt::format("{}:{}:{}", Where(r.path, r.record), r.line, r.column);
    auto s = section_of.find(Where(r.path, r.record));
    std::string place = s == section_of.end()
                            ? "<code>" + Text(where) + "</code>"
                            : fmt::format("<a href=\"#{}-l{}\"><code>{}</code></a>", s->second,
                                          r.line, Text(where));
    out += "<li>" + place + (r.message.empty() ? "" : " \u2014 " + Text(r.message)) + "</li>";
  }
  return out + "</ul>";
}

std::string FindingItem(const Finding& f, size_t index, const std::string& id, bool linked,
                        const std::map<std::string, std::string>& section_of) {
  std::string num = linked
                        ? fmt::format("<a class=\"num\" href=\"#{0}-r{1}\">{1}</a>", id, index + 1)
                        : fmt::format("<span class=\"num\">{}</span>", index + 1);
  std::string out = fmt::format(
      "<li class=\"finding {0}\" id=\"{1}-f{2}\" data-rule=\"{3}\" data-category=\"{4}\">\n"
      "<div class=\"head\">{5} <span class=\"badge {0}\">{6}</span> line {7}:{8} "
      "<code>{3}</code> \u00B7 {4}</div>\n<p class=\"msg\">{9}</p>\n<dl>",
      SeverityClass(f.severity), id, index + 1, Attr(f.rule), Attr(f.category), num,
      SeverityName(f.severity), f.line, f.column, Text(f.message));
  if (!f.excerpt.empty()) out += "<dt>flagged</dt><dd><q>" + Text(f.excerpt) + "</q></dd>";
  if (!f.suggestion.empty() || f.fix_safe) {
    std::string safe = f.fix_safe ? " <span class=\"badge safe\">newslint fix</span>" : "";
    std::string what = f.suggestion.empty() ? "remove it" : "<q>" + Text(f.suggestion) + "</q>";
    out += "<dt>suggestion</dt><dd>" + what + safe + "</dd>";
  }
  if (!f.evidence.empty()) out += "<dt>evidence</dt><dd>" + Text(f.evidence) + "</dd>";
  if (!f.related.empty()) out += "<dt>related</dt><dd>" + RelatedList(f, section_of) + "</dd>";
  return out + "</dl>\n</li>\n";
}

std::string CountCell(size_t n, const std::string& css) {
  return fmt::format("<td class=\"n {}{}\">{}</td>", css, n == 0 ? " zero" : "", n);
}

}  // namespace

void HtmlWriter::Write(const RunReport& report, std::ostream& out) const {
  std::array<size_t, 3> by_severity{};
  std::map<std::string, size_t> by_category, by_source;
  size_t total = 0;
  std::vector<DocCounts> counts;
  std::map<std::string, std::string> section_of;  // path#record -> section id
  for (size_t d = 0; d < report.documents.size(); ++d) {
    const DocumentReport& doc = report.documents[d];
    counts.push_back(CountsOf(doc));
    // Related locations link to the lines of articles shown with their text.
    if (!doc.findings.empty() && doc.article) {
      section_of[Where(doc.path, doc.record)] = fmt::format("a{}", d + 1);
    }
    for (const auto& f : doc.findings) {
      ++by_severity[static_cast<size_t>(f.severity)];
      ++by_category[f.category];
      ++by_source[SourceOf(doc)];
      ++total;
    }
  }

  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         // Nothing but the inline style may load or run, whatever the articles hold.
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; img-src data:\">\n"
      << "<title>" << Text(report.tool_name) << " report</title>\n<style>" << kStyle
      << "</style>\n</head>\n<body>\n<header>\n<h1>" << Text(report.tool_name) << " report</h1>\n"
      << "<p class=\"meta\">" << Text(report.tool_name) << " " << Text(report.tool_version)
      << " \u00B7 " << Plural(report.documents.size(), "article", "articles") << " \u00B7 "
      << Plural(total, "finding", "findings") << "</p>\n</header>\n<main>\n";

  // The overview.
  out << "<section id=\"overview\">\n<div class=\"totals\">\n"
      << fmt::format(
             "<div class=\"total\"><span class=\"n\" "
             "id=\"count-articles\">{}</span>articles</div>\n",
             report.documents.size())
      << fmt::format(
             "<div class=\"total\"><span class=\"n\" "
             "id=\"count-findings\">{}</span>findings</div>\n",
             total);
  for (Severity s : kSeverities) {
    std::string name(SeverityName(s));
    out << fmt::format(
        "<div class=\"total {0}\"><span class=\"n\" id=\"count-{1}\">{2}</span>{3}</div>\n",
        SeverityClass(s), name, by_severity[static_cast<size_t>(s)],
        s == Severity::kInfo ? name : name + "s");
  }
  out << fmt::format(
      "<div class=\"total\"><span class=\"n\" id=\"count-input-errors\">{}</span>input "
      "errors</div>\n",
      report.errors.size());
  out << "</div>\n<div class=\"charts\">\n";
  std::vector<Bar> severity_bars;
  for (Severity s : kSeverities) {
    severity_bars.push_back(
        {std::string(SeverityName(s)), by_severity[static_cast<size_t>(s)], SeverityClass(s)});
  }
  out << "<figure><figcaption>Findings by category</figcaption>\n"
      << BarChart("category", BarsOf(by_category))
      << "</figure>\n<figure><figcaption>Findings by severity</figcaption>\n"
      << BarChart("severity", severity_bars)
      << "</figure>\n<figure><figcaption>Findings by source</figcaption>\n"
      << BarChart("source", BarsOf(by_source)) << "</figure>\n</div>\n";

  if (!report.errors.empty()) {
    out << "<h2>Input errors</h2>\n<ul class=\"input-errors\">\n";
    for (const auto& e : report.errors) {
      std::string pos = e.line > 0 ? fmt::format(":{}:{}", e.line, e.column) : "";
      out << "<li><code>" << Text(Where(e.path, e.record) + pos) << "</code>: " << Text(e.message)
          << "</li>\n";
    }
    out << "</ul>\n";
  }

  // The articles with findings, worst first: errors, then warnings, then info.
  std::vector<size_t> order;
  for (size_t d = 0; d < report.documents.size(); ++d) {
    if (counts[d].total > 0) order.push_back(d);
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return counts[a].by_severity[2] != counts[b].by_severity[2]
               ? counts[a].by_severity[2] > counts[b].by_severity[2]
           : counts[a].by_severity[1] != counts[b].by_severity[1]
               ? counts[a].by_severity[1] > counts[b].by_severity[1]
               : counts[a].by_severity[0] > counts[b].by_severity[0];
  });
  out << "<h2>Articles, worst first</h2>\n";
  size_t clean = report.documents.size() - order.size();
  if (clean > 0) {
    out << "<p class=\"meta\" id=\"clean-articles\">" << Plural(clean, "article", "articles")
        << " without findings not listed.</p>\n";
  }
  out << "<table class=\"worst\">\n<thead><tr><th>article</th><th>source</th><th "
         "class=\"n\">errors</th>"
         "<th class=\"n\">warnings</th><th class=\"n\">info</th><th "
         "class=\"n\">total</th></tr></thead>\n<tbody>\n";
  for (size_t d : order) {
    const DocumentReport& doc = report.documents[d];
    const DocCounts& c = counts[d];
    out << fmt::format("<tr data-findings=\"{}\"><td><a href=\"#a{}\">{}</a></td><td>{}</td>",
                       c.total, d + 1, Text(Where(doc.path, doc.record)), Text(SourceOf(doc)))
        << CountCell(c.by_severity[2], "sev-error") << CountCell(c.by_severity[1], "sev-warning")
        << CountCell(c.by_severity[0], "sev-info") << CountCell(c.total, "") << "</tr>\n";
  }
  out << "</tbody>\n</table>\n</section>\n";

  // One section per article with findings, in input order.
  for (size_t d = 0; d < report.documents.size(); ++d) {
    const DocumentReport& doc = report.documents[d];
    if (doc.findings.empty()) continue;
    std::string id = fmt::format("a{}", d + 1);
    out << fmt::format("<section class=\"article\" id=\"{}\" data-findings=\"{}\">\n<h2>{}</h2>\n",
                       id, doc.findings.size(), Text(Where(doc.path, doc.record)));
    std::string meta;
    if (doc.article && doc.article->meta.title)
      meta += "<q>" + Text(*doc.article->meta.title) + "</q> \u00B7 ";
    meta += "source " + Text(SourceOf(doc));
    if (!doc.reference_date.empty()) {
      meta += " \u00B7 reference date " + Text(doc.reference_date) + " (" +
              Text(doc.reference_date_source) + ")";
    }
    const DocCounts& c = counts[d];
    meta += fmt::format(" \u00B7 {} error(s), {} warning(s), {} info", c.by_severity[2],
                        c.by_severity[1], c.by_severity[0]);
    out << "<p class=\"meta\">" << meta << "</p>\n<div class=\"article-body\">\n<div>\n";
    bool has_text = doc.article != nullptr;
    if (has_text) {
      out << HighlightedText(doc, id);
    } else {
      out << "<p class=\"meta\">The article text was not kept for this report.</p>\n";
    }
    out << "</div>\n<div>\n<h3>Findings</h3>\n<ol class=\"findings\">\n";
    for (size_t i = 0; i < doc.findings.size(); ++i) {
      out << FindingItem(doc.findings[i], i, id, has_text, section_of);
    }
    out << "</ol>\n</div>\n</div>\n</section>\n";
  }
  out << "</main>\n</body>\n</html>\n";
}

}  // namespace newslint
