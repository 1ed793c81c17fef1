// `--format html`: one self-contained page to read a run by eye. No network,
// no script: inline CSS and inline SVG only, and a Content-Security-Policy
// that forbids anything else. An overview first (totals; findings by
// category, severity and source as bar charts; the articles, worst first),
// then a section per article with findings: its text, flagged spans
// highlighted, each finding's message, suggestion, evidence and related
// locations beside it. All article text and messages are escaped.
//
// The text comes from DocumentReport::article, which the run keeps because
// ShowsArticles() says so; without it a section lists the findings alone.
#pragma once

#include "reports/report_writer.h"

namespace newslint {

class HtmlWriter : public ReportWriter {
 public:
  void Write(const RunReport& report, std::ostream& out) const override;
  bool ShowsArticles() const override { return true; }
};

}  // namespace newslint
