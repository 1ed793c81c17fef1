// Helpers shared by the tests: temporary folders, files, running the built
// binary, and articles made from strings.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "checker/article.h"

namespace newslint::testing {

inline std::string SourceDir() { return NEWSLINT_SOURCE_DIR; }
inline std::string Binary() { return NEWSLINT_BINARY; }

// A shell command running newslint with `args` from the source folder, with
// the shipped rules.
inline std::string NewslintInSourceDir(const std::string& args) {
  return "cd " + SourceDir() + " && NEWSLINT_RULES_DIR=rules " + Binary() + " " + args;
}

// A small deterministic generator for the differential tests' random texts:
// the same texts on every machine and every run.
class SmallRandom {
 public:
  explicit SmallRandom(uint64_t seed) : state_(seed) {}
  // A number in [0, n).
  uint64_t Below(uint64_t n) {
    state_ = state_ * 6364136223846793005ull + 1442695040888963407ull;
    return (state_ >> 33) % n;
  }

 private:
  uint64_t state_;
};

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "newslint-test-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all, ec);
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string Write(const std::string& name, const std::string& content) const {
    std::string p = path_ + "/" + name;
    std::filesystem::create_directories(std::filesystem::path(p).parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }

 private:
  std::string path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs a shell command line; stdout and stderr captured through files.
inline CommandResult RunCommand(const std::string& command) {
  TempDir tmp;
  std::string out = tmp.path() + "/out", err = tmp.path() + "/err";
  int status = std::system((command + " >" + out + " 2>" + err).c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::stringstream so, se;
  so << std::ifstream(out).rdbuf();
  se << std::ifstream(err).rdbuf();
  r.out = so.str();
  r.err = se.str();
  return r;
}

inline std::string ReadFileText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// fixtures/corpus-cross copied to dir/cross, with a directive that silences
// the claim conflict of its disputed accord article: the cross-article
// findings that inline suppression must reach.
inline void CopyCrossCorpusSilencingAccordConflict(const TempDir& dir) {
  std::filesystem::copy(SourceDir() + "/fixtures/corpus-cross", dir.path() + "/cross",
                        std::filesystem::copy_options::recursive);
  std::string text = ReadFileText(dir.path() + "/cross/disputed/accord-signed.md");
  size_t at = text.find("The Baltic Grain Accord was signed");
  ASSERT_NE(at, std::string::npos);
  text.insert(at, "<!-- newslint-disable-next-line claim.conflict -->\n");
  dir.Write("cross/disputed/accord-signed.md", text);
}

inline Article MakeArticle(std::string text, std::string format = "txt") {
  Article a;
  a.path = "test.txt";
  a.format = std::move(format);
  a.text = std::move(text);
  return a;
}

}  // namespace newslint::testing
