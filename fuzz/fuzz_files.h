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

inline const std::string& ScratchDir() {
  static const std::string dir = [] {
    std::string tmpl = (std::filesystem::temp_directory_path() / "newslint-fuzz-XXXXXX").string();
    std::string made = mkdtemp(tmpl.data());
    return made;
  }();
  return dir;
}

// Writes bytes to ScratchDir()/relative (folders made) and returns the path.
inline std::string WriteScratch(const std::string& relative, std::string_view bytes) {
  std::string path = ScratchDir() + "/" + relative;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), bytes.size());
  return path;
}

}  // namespace newslint::fuzz
