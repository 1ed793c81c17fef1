// Fuzzes the YAML rule loader: any file gives a rule or a LoadError naming
// file:line:col; any other exception escaping is a bug (it would end the run
// without its message).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/rule_loader.h"
#include "fuzz/fuzz_files.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // Loading WordNet is slow: one context, one WordNet, for the whole run.
  static newslint::LoadContext ctx;
  std::string path = newslint::fuzz::WriteScratch("rules/rule.yaml", bytes);
  ctx.file_dir = newslint::fuzz::ScratchDir() + "/rules";
  try {
    newslint::LoadRuleFile(path, ctx);
  } catch (const newslint::LoadError&) {
  }
  return 0;
}
