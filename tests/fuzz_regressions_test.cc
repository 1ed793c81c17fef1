// Inputs the fuzz targets of fuzz/ found crashing, reduced, each with the
// error it must give instead. The original inputs are seeds in
// fuzz/corpus/<target>/crash-*.
#include <gtest/gtest.h>

#include "checker/article_reader.h"
#include "checker/kb/people_base.h"
#include "checker/yaml_view.h"
#include "tests/test_support.h"

namespace newslint {
namespace {

using testing::TempDir;

std::vector<LoadError> LoadKnowledge(const TempDir& dir) {
  std::vector<LoadError> errors;
  PeopleBase people;
  people.LoadFolder(dir.path(), &errors);
  return errors;
}

// knowledge_loader: a list written as a mapping; iterating it gave yaml-cpp
// "invalid node" exceptions that ended the run (std::terminate).
TEST(FuzzRegressions, KnowledgeListWrittenAsAMapping) {
  for (const char* key : {"jurisdictions", "offices", "people", "terms"}) {
    TempDir dir;
    std::string folder = std::string(key) == "people" || std::string(key) == "terms" ? "people"
                                                                                      : "offices";
    std::string file = dir.Write(folder + "/x.yaml", std::string(key) + ":\n  id: jp.pm\n  name: x\n");
    auto errors = LoadKnowledge(dir);
    ASSERT_EQ(errors.size(), 1u) << key;
    EXPECT_EQ(std::string(errors[0].what()), file + ":2:3: '" + key + "' must be a list");
  }
}

// The same shape anywhere a loader builds a YamlView from a list item is a
// LoadError, not an exception from yaml-cpp.
TEST(FuzzRegressions, ItemOfAListWrittenAsAMapping) {
  YAML::Node map = YAML::Load("a: 1\nb: 2\n");
  for (const auto& item : map) {
    try {
      YamlView v(item, "f.yaml");
      FAIL();
    } catch (const LoadError& e) {
      EXPECT_EQ(e.line(), 1);
      EXPECT_NE(e.detail().find("an item of a list that is written as a mapping"),
                std::string::npos);
    }
    EXPECT_THROW(ScalarString(item, "f.yaml", "x"), LoadError);
    EXPECT_THROW(ScalarList(item, "f.yaml", "x"), LoadError);
  }
}

// article_jsonl: a number too large for a double throws out_of_range from
// nlohmann::json, which the reader did not catch: the whole run ended.
TEST(FuzzRegressions, JsonlNumberOverflowIsAMalformedRecord) {
  std::string bytes = "4444444E44444444444444444444444444444444\n"
                      "{\"id\": \"a\", \"text\": \"Kept.\"}\n"
                      "{\"id\": \"b\", \"n\": 1E400, \"text\": \"x\"}\n";
  ReadOutcome out = ReadArticles("x.jsonl", bytes, "jsonl");
  ASSERT_EQ(out.articles.size(), 1u);
  EXPECT_EQ(out.articles[0].record, "a");
  ASSERT_EQ(out.errors.size(), 2u);
  EXPECT_EQ(out.errors[0].line, 1);
  EXPECT_EQ(out.errors[1].line, 3);
  EXPECT_NE(out.errors[0].message.find("malformed JSONL record: number overflow"), std::string::npos)
      << out.errors[0].message;
}

}  // namespace
}  // namespace newslint
