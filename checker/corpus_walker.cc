#include "checker/corpus_walker.h"

#include <dirent.h>
#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <utility>

namespace newslint {
namespace {

using FileId = std::pair<dev_t, ino_t>;

bool HasArticleExtension(const std::string& name) {
  static const char* kExt[] = {".txt", ".md", ".markdown", ".jsonl", ".ndjson"};
  for (const char* ext : kExt) {
    size_t n = std::strlen(ext);
    if (name.size() > n && name.compare(name.size() - n, n, ext) == 0) return true;
  }
  return false;
}

class Walker {
 public:
  explicit Walker(const WalkOptions& options) : options_(options) {}

  void Visit(const std::string& path, bool given) {
    if (Ignored(path)) return;
    struct stat st;
    if (stat(path.c_str(), &st) != 0) {
      result_.errors.push_back({path, std::nullopt, 0, 0, std::nullopt,
                                std::string(given ? "no such file or folder: " : "cannot read: ") +
                                    std::strerror(errno)});
      return;
    }
    FileId id{st.st_dev, st.st_ino};
    if (S_ISDIR(st.st_mode)) {
      if (!dirs_.insert(id).second) return;  // a symlink loop or a folder given twice
      VisitFolder(path);
    } else if (S_ISREG(st.st_mode) || given) {
      if (!files_.insert(id).second) return;
      result_.files.push_back(path);
    }
  }

  WalkResult Take() { return std::move(result_); }

 private:
  void VisitFolder(const std::string& path) {
    DIR* dir = opendir(path.c_str());
    if (!dir) {
      result_.errors.push_back({path, std::nullopt, 0, 0, std::nullopt,
                                std::string("cannot list folder: ") + std::strerror(errno)});
      return;
    }
    std::vector<std::string> names;
    while (dirent* e = readdir(dir)) {
      if (e->d_name[0] == '.') continue;
      names.emplace_back(e->d_name);
    }
    closedir(dir);
    std::sort(names.begin(), names.end());
    std::string prefix = path.empty() || path.back() == '/' ? path : path + "/";
    for (const auto& name : names) {
      std::string child = prefix + name;
      struct stat st;
      if (stat(child.c_str(), &st) != 0) {
        // A dangling symlink or a file removed while walking: say so, go on.
        result_.errors.push_back({child, std::nullopt, 0, 0, std::nullopt,
                                  std::string("cannot read: ") + std::strerror(errno)});
        continue;
      }
      if (S_ISDIR(st.st_mode) || HasArticleExtension(name)) Visit(child, false);
    }
  }

  bool Ignored(const std::string& path) const {
    for (const auto& glob : options_.ignore_globs) {
      if (fnmatch(glob.c_str(), path.c_str(), 0) == 0) return true;
    }
    return false;
  }

  const WalkOptions& options_;
  std::set<FileId> dirs_, files_;
  WalkResult result_;
};

}  // namespace

WalkResult WalkCorpus(const std::vector<std::string>& paths, const WalkOptions& options) {
  Walker walker(options);
  bool stdin_taken = false;
  WalkResult extra;
  for (const auto& p : paths) {
    if (p == "-") {
      if (!stdin_taken) extra.files.push_back("-");
      stdin_taken = true;
      continue;
    }
    walker.Visit(p, true);
  }
  WalkResult r = walker.Take();
  r.files.insert(r.files.end(), extra.files.begin(), extra.files.end());
  return r;
}

}  // namespace newslint
