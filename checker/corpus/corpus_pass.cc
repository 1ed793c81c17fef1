#include "checker/corpus/corpus_pass.h"

#include <filesystem>

#include "checker/linter.h"
#include "checker/wordnet.h"
#include "checker/yaml_view.h"

namespace newslint::corpus {

std::string SourceOf(const Article& a) {
  if (a.meta.source && !a.meta.source->empty()) return *a.meta.source;
  if (a.meta.url) {
    std::string url = *a.meta.url;
    size_t scheme = url.find("://");
    size_t start = scheme == std::string::npos ? 0 : scheme + 3;
    size_t end = url.find_first_of("/?#:", start);
    std::string host =
        url.substr(start, end == std::string::npos ? std::string::npos : end - start);
    for (auto& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (host.rfind("www.", 0) == 0) host = host.substr(4);
    if (!host.empty()) return host;
  }
  std::string folder = std::filesystem::path(a.path).parent_path().string();
  return folder.empty() ? "." : folder;
}

std::string ArticleKeyOf(const Article& a, const std::string& source) {
  if (a.meta.url && !a.meta.url->empty()) return *a.meta.url;
  std::string where = (a.meta.source && !a.meta.source->empty()) ? source : a.path;
  if (a.meta.id && !a.meta.id->empty()) return where + "#" + *a.meta.id;
  return a.path + (a.record ? "#" + *a.record : "");
}

std::unique_ptr<CorpusPass> CorpusPass::Load(const std::string& rules_root,
                                             const std::string& wordnet_dir) {
  return Load(
      rules_root, [&] { return LoadKbNames(rules_root + "/kb"); }, wordnet_dir);
}

std::unique_ptr<CorpusPass> CorpusPass::Load(const std::string& rules_root,
                                             const std::function<KbNames()>& kb_names,
                                             const std::string& wordnet_dir) {
  std::unique_ptr<CorpusPass> p(new CorpusPass());
  p->settings_ = LoadCorpusSettings(rules_root + "/claims");
  p->kb_ = kb_names();
  try {
    p->wordnet_ = WordNet::Load(wordnet_dir);
  } catch (const std::runtime_error& e) {
    throw LoadError(p->settings_.file, 1, 1,
                    std::string(e.what()) +
                        " (install Debian's wordnet-base, or run without the cross-article pass: "
                        "--no-corpus)");
  }
  p->keys_ = std::make_unique<KeyNormaliser>(p->kb_, p->settings_.claims.spellings, p->wordnet_);
  p->quotes_ = std::make_unique<QuoteExtractor>(p->settings_.quotes.extraction, *p->keys_);
  p->lines_ = std::make_unique<TemplateLineExtractor>(p->settings_.template_lines);
  p->claim_triggers_ = std::make_unique<ClaimTriggers>(p->settings_.extractors);
  std::string names;
  for (const auto& [n, id] : p->kb_.jurisdiction_names) names += n + "=" + id + "\n";
  for (const auto& [n, id] : p->kb_.person_names) names += n + "=" + id + "\n";
  for (const auto& [n, id] : p->kb_.family_names) names += n + "~" + id + "\n";
  for (const auto& t : p->kb_.titles) names += t + "\n";
  p->version_ = StableHash(p->settings_.version + '\x1f' + names);
  return p;
}

void CorpusPass::Configure(const Config& config) {
  for (CorpusFindingKind* k :
       {&settings_.claim_conflict, &settings_.quote_variant, &settings_.template_line}) {
    k->enabled = RuleEnabled(k->id, k->category, config.enable, config.disable);
    if (auto s = config.severity.find(k->category); s != config.severity.end())
      k->severity = s->second;
    if (auto s = config.severity.find(k->id); s != config.severity.end()) k->severity = s->second;
  }
}

bool CorpusPass::enabled() const {
  return settings_.claim_conflict.enabled || settings_.quote_variant.enabled ||
         settings_.template_line.enabled;
}

ArticleRecords CorpusPass::Extract(const Article& article) const {
  Document doc(article);
  return Extract(article, doc);
}

ArticleRecords CorpusPass::Extract(const Article& article, const Document& doc) const {
  ArticleRecords r;
  r.path = article.path;
  r.record = article.record;
  r.record_line = article.record_line;
  r.source = SourceOf(article);
  r.article_key = ArticleKeyOf(article, r.source);
  std::string date = article.meta.date.value_or("");
  r.content_hash = StableHash(article.text + '\x1f' + r.source + '\x1f' + date);
  if (settings_.claim_conflict.enabled) {
    ExtractContext ctx;
    ctx.keys = keys_.get();
    ctx.article_date = date;
    ctx.approximation = settings_.claims.approximation;
    std::vector<std::vector<bool>> tried;
    claim_triggers_->Mark(doc, tried);
    for (size_t x = 0; x < settings_.extractors.size(); ++x) {
      settings_.extractors[x]->Extract(doc, ctx, tried[x], r.claims);
    }
  }
  if (settings_.quote_variant.enabled) quotes_->Extract(doc, r.quotes);
  if (settings_.template_line.enabled) lines_->Extract(doc, r.lines);
  return r;
}

void CorpusPass::Reconcile(const PublishedCorpus& published,
                           std::vector<DocumentReport>& documents) const {
  corpus::Reconcile(settings_, wordnet_.get(), published, documents);
}

std::vector<RuleDescriptor> CorpusPass::Descriptors() const {
  std::vector<RuleDescriptor> out;
  for (const CorpusFindingKind* k :
       {&settings_.claim_conflict, &settings_.quote_variant, &settings_.template_line}) {
    if (!k->enabled) continue;
    out.push_back({k->id, k->category, std::string(SeverityName(k->severity)), k->message,
                   k->description, k->file});
  }
  return out;
}

}  // namespace newslint::corpus
