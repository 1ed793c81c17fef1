// A small RunReport built by hand for the report-format tests: the cases the
// writers must lay out right, in a few findings. Positions come from a real
// Document over the articles' text, as the linter computes them, so the
// golden files show what a real run of the same text would.
//
//  - corpus/été 003.md: a Markdown article (front matter: body starts on file
//    line 4; a space and non-ASCII in the path) whose flagged spans follow
//    curly quotes and an emoji, so code-point and byte columns differ; an
//    error with a suggestion, a safe fix, and an info finding with a related
//    location.
//  - feeds/wire,05:19.jsonl record a-17 on file line 4 (',' and ':' in the
//    path): a finding whose message holds % , : < & a newline and ESC, with
//    a related location in the same record.
//  - one input error in a JSONL record.
#pragma once

#include <string>

#include "checker/document.h"
#include "checker/run_report.h"

namespace newslint::test_support {

inline const char* kMarkdownBody =
    "# Premier visits\n"
    "\n"
    "\xE2\x80\x9CYes,\xE2\x80\x9D she said \xF0\x9F\x93\xB0 Chinese Premier Zhang Guoqing "
    "arrived on Sunday , May 19.\n"
    "\n"
    "\xE2\x80\x9CYes,\xE2\x80\x9D she said \xF0\x9F\x93\xB0 Chinese Premier Zhang Guoqing "
    "arrived on Sunday , May 19.\n";

inline const char* kRecordText =
    "Markets close higher\n"
    "50% off: Subscribe, now & read more\n";

// A finding on the n-th occurrence of `excerpt`, positioned as the linter
// positions one.
inline Finding FindingAt(const Document& doc, std::string_view excerpt, int occurrence = 0) {
  size_t begin = doc.text().find(excerpt);
  for (int i = 0; i < occurrence; ++i) begin = doc.text().find(excerpt, begin + 1);
  size_t end = begin + excerpt.size();
  const Article& a = doc.article();
  Finding f;
  f.path = a.path;
  f.record = a.record;
  f.record_line = a.record_line;
  f.begin = begin, f.end = end;
  Position p = doc.PositionOf(begin), q = doc.PositionOf(end);
  f.line = p.line, f.column = p.column, f.end_line = q.line, f.end_column = q.column;
  f.byte_column = doc.ByteColumnOf(begin), f.byte_end_column = doc.ByteColumnOf(end);
  f.excerpt = std::string(excerpt);
  return f;
}

inline RunReport SampleReport() {
  RunReport report;
  report.tool_version = "0.1.0";  // fixed, so the golden files do not follow releases
  report.rules = {
      {"titles.never-held", "title.wrong", "error", "{name} was never {office}; {since}",
       "A title the person never held, checked against the knowledge base.\n",
       "rules/kb/titles.yaml"},
      {"typography.space-before-punctuation", "text.typography", "warning",
       "space before \xE2\x80\x9C{mark}\xE2\x80\x9D", "", "rules/typography/spacing.yaml"},
      {"duplicates.repeated-sentence", "text.duplicate", "info",
       "this sentence repeats line {first_line} word for word",
       "A sentence repeated within one article.", "rules/duplicates/repeated-sentence.yaml"},
      {"boilerplate.page-furniture", "boilerplate.residue", "warning",
       "page furniture left in the article ({signal}): \xE2\x80\x9C{match}\xE2\x80\x9D",
       "Lines that belong to the web page, not the article.",
       "rules/boilerplate/page-furniture.yaml"},
      {"typography.unbalanced-marks", "text.typography", "warning", "{problem}",
       "Quotation marks and brackets must pair within a paragraph.",
       "rules/typography/unbalanced.yaml"},
  };

  Article md;
  md.path = "corpus/\xC3\xA9t\xC3\xA9 003.md";
  md.format = "md";
  md.first_line = 4;
  md.text = kMarkdownBody;
  Document md_doc(md);
  DocumentReport d1;
  d1.path = md.path;
  d1.reference_date = "2024-05-19";
  d1.reference_date_source = "metadata";

  Finding title = FindingAt(md_doc, "Chinese Premier Zhang Guoqing");
  title.rule = "titles.never-held";
  title.category = "title.wrong";
  title.severity = Severity::kError;
  title.message =
      "Zhang Guoqing was never Premier of China; he has been a Vice Premier since 2023-03-12";
  title.suggestion = "Chinese Vice Premier Zhang Guoqing";
  title.evidence = "rules/kb/people/china.yaml: zhang-guoqing";
  title.fingerprint = "1f0c3a9e5b7d2468";

  Finding space = FindingAt(md_doc, " ,");
  space.rule = "typography.space-before-punctuation";
  space.category = "text.typography";
  space.severity = Severity::kWarning;
  space.message = "space before \xE2\x80\x9C,\xE2\x80\x9D";
  space.suggestion = ",";
  space.fix_safe = true;
  space.evidence = "rules/typography/spacing.yaml";
  space.fingerprint = "2a4b6c8d0e1f3a5b";

  std::string sentence =
      "\xE2\x80\x9CYes,\xE2\x80\x9D she said \xF0\x9F\x93\xB0 Chinese Premier Zhang Guoqing "
      "arrived on Sunday , May 19.";
  Finding repeat = FindingAt(md_doc, sentence, 1);
  repeat.rule = "duplicates.repeated-sentence";
  repeat.category = "text.duplicate";
  repeat.severity = Severity::kInfo;
  repeat.message = "this sentence repeats line 6 word for word";
  repeat.evidence = "rules/duplicates/repeated-sentence.yaml";
  repeat.fingerprint = "3c5e7a9b1d2f4e6a";
  Finding first = FindingAt(md_doc, sentence);
  repeat.related.push_back({md.path, std::nullopt, first.line, first.column, first.end_line,
                            first.end_column, "first written here"});
  d1.findings = {title, space, repeat};

  Article rec;
  rec.path = "feeds/wire,05:19.jsonl";
  rec.record = "a-17";
  rec.record_line = 4;
  rec.format = "jsonl";
  rec.text = kRecordText;
  Document rec_doc(rec);
  DocumentReport d2;
  d2.path = rec.path;
  d2.record = rec.record;
  d2.reference_date_source = "none";
  Finding furniture = FindingAt(rec_doc, "50% off: Subscribe, now & read more");
  furniture.rule = "boilerplate.page-furniture";
  furniture.category = "boilerplate.residue";
  furniture.severity = Severity::kWarning;
  furniture.message =
      "page furniture left in the article (50% off: <subscribe> & \xE2\x80\x9Csave\xE2\x80\x9D, "
      "now)\nsecond line \x1b[31mred\x1b[0m";
  furniture.evidence = "rules/boilerplate/page-furniture.yaml";
  furniture.fingerprint = "4d6f8b0c2e3a5c7e";
  Finding headline = FindingAt(rec_doc, "Markets close higher");
  furniture.related.push_back({rec.path, rec.record, headline.line, headline.column,
                               headline.end_line, headline.end_column, "the article's headline"});
  d2.findings = {furniture};

  report.documents = {d1, d2};
  report.errors = {{"feeds/broken.jsonl", "7", 7, 12, 345,
                    "record is not valid JSON: expected ',' or '}' after an object member"}};
  return report;
}

}  // namespace newslint::test_support
