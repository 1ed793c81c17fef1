#include "reports/report_writer.h"

#include <fmt/format.h>

#include "reports/baseline_writer.h"
#include "reports/checkstyle_writer.h"
#include "reports/gcc_writer.h"
#include "reports/github_writer.h"
#include "reports/html_writer.h"
#include "reports/json_writer.h"
#include "reports/junit_writer.h"
#include "reports/rdjsonl_writer.h"
#include "reports/sarif_writer.h"
#include "reports/text_writer.h"

namespace newslint {

std::unique_ptr<ReportWriter> MakeWriter(std::string_view format, const WriterOptions& options) {
  if (format == "text") return std::make_unique<TextWriter>(options.color);
  if (format == "gcc") return std::make_unique<GccWriter>();
  if (format == "json") return std::make_unique<JsonWriter>();
  if (format == "sarif") return std::make_unique<SarifWriter>();
  if (format == "junit") return std::make_unique<JunitWriter>();
  if (format == "github") return std::make_unique<GithubWriter>();
  if (format == "rdjsonl") return std::make_unique<RdjsonlWriter>();
  if (format == "checkstyle") return std::make_unique<CheckstyleWriter>();
  if (format == "html") return std::make_unique<HtmlWriter>();
  // `newslint baseline create`; deliberately not in WriterFormats().
  if (format == "baseline") return std::make_unique<BaselineWriter>();
  return nullptr;
}

std::vector<std::string_view> WriterFormats() {
  return {"text", "gcc", "json", "sarif", "junit", "github", "rdjsonl", "checkstyle", "html"};
}

std::string TerminalSafe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n' || c == '\t' || c == '\r') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F) {
      out += fmt::format("\\x{:02x}", c);
    } else if (c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(text[i + 1]));  // C1 controls
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace newslint
