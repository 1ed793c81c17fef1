#include "checker/corpus/corpus_settings.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "checker/categories.h"
#include "checker/linter.h"
#include "checker/yaml_view.h"

namespace newslint::corpus {
namespace {

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

CorpusFindingKind LoadKind(YamlView& parent, const std::string& key, const std::string& category) {
  YAML::Node node = parent.Child(key);
  if (!node) parent.Fail("missing required key '" + key + "'");
  YamlView yaml(node, parent.file());
  CorpusFindingKind k;
  k.file = parent.file();
  k.id = yaml.RequiredString("id");
  k.category = yaml.RequiredString("category");
  if (k.category != category) {
    yaml.Fail(node["category"], "'" + key + "' reports category '" + category + "'");
  }
  auto sev = ParseSeverity(yaml.RequiredString("severity"));
  if (!sev) yaml.Fail(node["severity"], "severity must be error, warning or info");
  k.severity = *sev;
  k.message = yaml.RequiredString("message");
  k.description = yaml.OptionalString("description").value_or("");
  yaml.RejectUnknownKeys();
  return k;
}

double Share(YamlView& yaml, const std::string& key, double fallback) {
  double v = yaml.Double(key, fallback);
  if (v < 0 || v > 1) yaml.Fail(yaml.node()[key], "'" + key + "' is a share from 0 to 1");
  return v;
}

int AtLeast(YamlView& yaml, const std::string& key, int fallback, int minimum) {
  int v = yaml.Int(key, fallback);
  if (v < minimum) {
    yaml.Fail(yaml.node()[key], "'" + key + "' must be at least " + std::to_string(minimum));
  }
  return v;
}

}  // namespace

CorpusSettings LoadCorpusSettings(const std::string& claims_dir) {
  CorpusSettings s;
  s.file = claims_dir + "/corpus.yaml";
  std::string version_input = ReadBytes(s.file);
  YamlView root(LoadYamlFile(s.file), s.file);

  YAML::Node findings = root.Child("findings");
  if (!findings) root.Fail("missing required key 'findings'");
  YamlView fv(findings, s.file);
  s.claim_conflict = LoadKind(fv, "claim_conflict", "claim.conflict");
  s.quote_variant = LoadKind(fv, "quote_variant", "quote.variant");
  s.template_line = LoadKind(fv, "template_line", "boilerplate.repeated");
  fv.RejectUnknownKeys();
  s.max_related = AtLeast(root, "max_related", 3, 1);

  if (YAML::Node claims = root.Child("claims")) {
    YamlView cv(claims, s.file);
    s.claims.approximation = Share(cv, "approximation", 0.1);
    if (YAML::Node sp = cv.Child("spellings")) {
      if (!sp.IsMap()) cv.Fail(sp, "'spellings' maps a variant spelling to the preferred one");
      for (const auto& kv : sp) {
        s.claims.spellings[kv.first.as<std::string>()] =
            ScalarString(kv.second, s.file, "spellings");
      }
    }
    cv.RejectUnknownKeys();
  }
  if (YAML::Node quotes = root.Child("quotes")) {
    YamlView qv(quotes, s.file);
    auto& q = s.quotes;
    q.extraction.max_phrase_words = AtLeast(qv, "max_phrase_words", 4, 1);
    q.extraction.min_statement_words = AtLeast(qv, "min_statement_words", 4, 2);
    q.extraction.max_statement_words = AtLeast(qv, "max_statement_words", 40, 2);
    q.extraction.pronoun_reach = AtLeast(qv, "pronoun_reach", 3, 0);
    q.max_swaps = AtLeast(qv, "max_swaps", 2, 1);
    q.min_kept_share = Share(qv, "min_kept_share", 0.5);
    qv.RejectUnknownKeys();
  }
  if (YAML::Node lines = root.Child("template_lines")) {
    YamlView lv(lines, s.file);
    auto& t = s.template_lines;
    t.min_articles = AtLeast(lv, "min_articles", 3, 2);
    t.min_share = Share(lv, "min_share", 0.2);
    t.min_chars = AtLeast(lv, "min_chars", 4, 1);
    t.sentence_min_words = AtLeast(lv, "sentence_min_words", 8, 1);
    t.sentence_max_capitalised = Share(lv, "sentence_max_capitalised", 0.5);
    t.max_excerpt_chars = AtLeast(lv, "max_excerpt_chars", 160, 20);
    t.furniture = lv.StringList("furniture");
    YAML::Node fnode = lines["furniture"];
    for (size_t i = 0; i < t.furniture.size(); ++i) {
      RE2 re(t.furniture[i]);
      if (!re.ok()) lv.Fail(fnode.IsSequence() ? fnode[i] : fnode, "bad pattern: " + re.error());
    }
    t.yield_to = lv.StringList("yield_to");
    for (const auto& c : t.yield_to) {
      if (!IsCategory(c)) lv.Fail(lines["yield_to"], "'" + c + "' is not a category of the spec");
    }
    lv.RejectUnknownKeys();
  }
  root.RejectUnknownKeys();

  std::vector<std::string> files;
  std::error_code ec;
  std::string dir = claims_dir + "/extractors";
  if (!std::filesystem::is_directory(dir, ec)) {
    throw LoadError(dir, 1, 1, "cannot open the claim extractor folder");
  }
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (name[0] != '.' && e.path().extension() == ".yaml") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    auto x = ClaimExtractor::Load(f);
    for (const auto& other : s.extractors) {
      if (other->id() == x->id()) {
        throw LoadError(f, 1, 1,
                        "extractor id '" + x->id() + "' is already defined in " + other->file());
      }
    }
    version_input += ReadBytes(f);
    s.extractors.push_back(std::move(x));
  }
  s.version = StableHash("records-1\x1f" + version_input);
  return s;
}

}  // namespace newslint::corpus
