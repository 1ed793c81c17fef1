#include "checker/corpus_walker.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "test_support.h"

namespace newslint {
namespace {

TEST(CorpusWalker, WalksSortedAndFiltersByExtension) {
  testing::TempDir dir;
  dir.Write("b.txt", "x");
  dir.Write("a.md", "x");
  dir.Write("sub/c.jsonl", "{}");
  dir.Write("skip.pdf", "x");
  dir.Write(".hidden.txt", "x");
  WalkResult r = WalkCorpus({dir.path()});
  ASSERT_EQ(r.files.size(), 3u);
  EXPECT_EQ(r.files[0], dir.path() + "/a.md");
  EXPECT_EQ(r.files[1], dir.path() + "/b.txt");
  EXPECT_EQ(r.files[2], dir.path() + "/sub/c.jsonl");
}

TEST(CorpusWalker, SymlinkLoopsAndDuplicatesAreVisitedOnce) {
  testing::TempDir dir;
  dir.Write("d/a.txt", "x");
  ASSERT_EQ(symlink((dir.path() + "/d").c_str(), (dir.path() + "/d/loop").c_str()), 0);
  ASSERT_EQ(symlink((dir.path() + "/d/a.txt").c_str(), (dir.path() + "/d/link.txt").c_str()), 0);
  WalkResult r = WalkCorpus({dir.path(), dir.path() + "/d/a.txt", dir.path()});
  EXPECT_EQ(r.files.size(), 1u);
  EXPECT_TRUE(r.errors.empty());
}

TEST(CorpusWalker, MissingPathIsAnError) {
  WalkResult r = WalkCorpus({"/nonexistent/newslint/path"});
  EXPECT_TRUE(r.files.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("no such file"), std::string::npos);
}

TEST(CorpusWalker, IgnoreGlobs) {
  testing::TempDir dir;
  dir.Write("keep.txt", "x");
  dir.Write("drafts/skip.txt", "x");
  WalkOptions o;
  o.ignore_globs = {"*/drafts"};
  WalkResult r = WalkCorpus({dir.path()}, o);
  ASSERT_EQ(r.files.size(), 1u);
}

}  // namespace
}  // namespace newslint
