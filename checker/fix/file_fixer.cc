#include "checker/fix/file_fixer.h"

#include "checker/article_reader.h"
#include "checker/fix/fix_plan.h"
#include "checker/fix/source_edits.h"

namespace newslint {

FileFix FixFileBytes(const std::string& path, std::string bytes, const Linter& linter,
                     const FixOptions& options) {
  FileFix out;
  out.path = path;
  out.original = bytes;
  out.fixed = std::move(bytes);
  std::string format = FormatOf(path);
  if (format == "jsonl") {
    // A record's text is a JSON string: rewriting it would re-encode the whole
    // record, so JSONL is left to the tool that produced it.
    out.skipped = "JSONL articles are not fixed in place (fix the source the records come from)";
    return out;
  }
  for (int pass = 1;; ++pass) {
    ReadOutcome read = ReadArticles(path, out.fixed, format);
    if (!read.errors.empty() || read.articles.size() != 1) {
      // Only the original can fail to read: a fix never touches front matter.
      out.errors = std::move(read.errors);
      out.skipped = "the file could not be read as an article";
      out.fixed = out.original;
      out.applied.clear();
      return out;
    }
    const Article& article = read.articles[0];
    DocumentReport doc = linter.Check(article);
    if (options.after_check) options.after_check(doc);
    FixPlan plan = PlanFixes(article.text, doc.findings);
    if (plan.edits.empty() || pass > kMaxFixPasses) {
      out.pending = plan.edits.size() + plan.deferred;
      out.remaining = std::move(doc.findings);
      return out;
    }
    std::optional<std::string> next = ApplyToSource(out.fixed, article, plan.edits);
    if (!next) {  // cannot happen for bytes the reader just read; stop rather than guess
      out.skipped = "the article's text could not be mapped back to the file";
      out.fixed = out.original;
      out.applied.clear();
      return out;
    }
    for (const auto& e : plan.edits) {
      bool drops_line =
          e.replacement.empty() && (e.begin != e.finding->begin || e.end != e.finding->end);
      out.applied.push_back({pass, *e.finding, e.replacement, drops_line});
    }
    out.fixed = std::move(*next);
  }
}

}  // namespace newslint
