// The loaders read files, so the YAML targets write each input to a scratch
// folder first: the bytes then take the very path users' files take
// (LoadYamlFile, its limits and its error positions).
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace newslint::fuzz {

// Made on first use, removed when the fuzzer exits normally (a run that
// ends with -runs or -max_total_time); a crash leaves it for inspection.
inline const std::string& ScratchDir() {
  struct Scratch {
    Scratch() {
      std::string tmpl =
          (std::filesystem::temp_directory_path() / "newslint-fuzz-XXXXXX").string();
      path = mkdtemp(tmpl.data());
    }
    ~Scratch() {
      std::error_code ec;
      std::filesystem::remove_all(path, ec);
    }
    std::string path;
  };
  static const Scratch scratch;
  return scratch.path;
}

// Writes bytes to ScratchDir()/relative (folders made) and returns the path.
inline std::string WriteScratch(const std::string& relative, std::string_view bytes) {
  std::string path = ScratchDir() + "/" + relative;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), bytes.size());
  return path;
}

}  // namespace newslint::fuzz
