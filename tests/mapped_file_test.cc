// A mapped file reads as the file's bytes; an empty file maps to nothing; a
// missing one fails with its path.
#include "checker/mapped_file.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "test_support.h"

namespace newslint {
namespace {

TEST(MappedFile, ReadsTheFilesBytes) {
  testing::TempDir dir;
  std::string content = "line one\nline two\n";
  content += std::string(1, '\0') + "\xFF after a NUL";
  auto file = MappedFile::Open(dir.Write("a.txt", content));
  EXPECT_EQ(file->bytes(), content);
}

TEST(MappedFile, EmptyFileIsEmpty) {
  testing::TempDir dir;
  auto file = MappedFile::Open(dir.Write("empty.txt", ""));
  EXPECT_TRUE(file->bytes().empty());
}

TEST(MappedFile, MissingFileNamesThePath) {
  testing::TempDir dir;
  try {
    MappedFile::Open(dir.path() + "/missing.txt");
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("missing.txt"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace newslint
