// Helpers shared by the report tests: render a report in a format, run a
// command (the newslint binary, a Python checker) and capture what it
// prints, and small file chores in the test's temporary folder.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "reports/report_writer.h"

namespace newslint::test_support {

inline std::string Render(std::string_view format, const RunReport& report) {
  auto writer = MakeWriter(format, WriterOptions{});
  EXPECT_NE(writer, nullptr) << format;
  std::ostringstream out;
  if (writer) writer->Write(report, out);
  return out.str();
}

// The exit status (stdout and stderr captured together), or -1 when the
// command could not be run to its end.
inline int RunCommand(const std::string& command, std::string* output) {
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return -1;
  char buf[4096];
  size_t n;
  output->clear();
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) output->append(buf, n);
  int status = ::pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A path in the test's temporary folder, distinct per process: ctest runs
// each test as its own process, several at a time.
inline std::string TempPath(const std::string& name) {
  return ::testing::TempDir() + "newslint-" + std::to_string(::getpid()) + "-" + name;
}

inline std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void WriteWholeFile(const std::string& path, const std::string& content) {
  std::ofstream(path, std::ios::binary) << content;
}

// Occurrences of needle in haystack, overlapping ones included.
inline size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

// The value an HTML report's id'd counter shows, or -1.
inline int Shown(const std::string& html, const std::string& id) {
  std::smatch m;
  if (!std::regex_search(html, m, std::regex("id=\"" + id + "\">([0-9]+)<"))) return -1;
  return std::stoi(m[1]);
}

inline std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace newslint::test_support
