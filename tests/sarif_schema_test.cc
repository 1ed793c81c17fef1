// SARIF output against the official SARIF 2.1.0 JSON schema, validated by
// tests/validate_sarif.py with Python's jsonschema: the hand-built report of
// sample_report.h and a real `newslint check --format sarif` over a small
// corpus. The schema lives in ../shared/schemas/ beside the repository; when
// it is absent the tests are skipped, with a message saying so.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/report_test_support.h"
#include "tests/sample_report.h"

namespace newslint {
namespace {

using test_support::ReadWholeFile;
using test_support::Render;
using test_support::RunCommand;
using test_support::TempPath;
using test_support::WriteWholeFile;

std::string SchemaPath() {
  return std::string(NEWSLINT_SOURCE_DIR) + "/../shared/schemas/sarif-schema-2.1.0.json";
}

// python3-jsonschema installs for Debian's /usr/bin/python3, which need not
// be the python3 first on PATH.
std::string PythonWithJsonschema() {
  for (std::string python : {"/usr/bin/python3", "python3"}) {
    std::string out;
    if (RunCommand(python + " -c 'import jsonschema'", &out) == 0) return python;
  }
  return "";
}

// Empty when valid; else what the validator said.
std::string Validate(const std::string& sarif_file) {
  std::string python = PythonWithJsonschema();
  if (python.empty()) {
    return "no python3 with the jsonschema module: install python3-jsonschema "
           "(scripts/install-deps.sh)";
  }
  std::string out;
  int rc = RunCommand(python + " '" + NEWSLINT_SOURCE_DIR + "/tests/validate_sarif.py' '" +
                          SchemaPath() + "' '" + sarif_file + "'",
                      &out);
  return rc == 0 ? "" : out;
}

class SarifSchema : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(SchemaPath())) {
      GTEST_SKIP() << "SARIF schema not found at " << SchemaPath() << "; schema validation skipped";
    }
  }
};

TEST_F(SarifSchema, HandBuiltReportIsValid) {
  std::string file = TempPath("sample.sarif");
  WriteWholeFile(file, Render("sarif", test_support::SampleReport()));
  std::string problems = Validate(file);
  std::filesystem::remove(file);
  EXPECT_EQ(problems, "");
}

TEST_F(SarifSchema, RealRunIsValid) {
  std::string dir = TempPath("sarif-corpus");
  std::filesystem::create_directories(dir + "/news");
  WriteWholeFile(dir + "/news/a b.txt",
                 "Talks resume\n\n\xE2\x80\x9CWe agreed,\xE2\x80\x9D he said , on Sunday .\n"
                 "Please Fill Out The Form Below\n");
  WriteWholeFile(dir + "/news/b.md",
                 "---\ntitle: Summit\ndate: 2024-05-19\n---\n# Summit\n\nIs this the end ?\n");
  WriteWholeFile(dir + "/news/c.jsonl",
                 "{\"id\": \"r1\", \"text\": \"Title\\n\\nA line ; here.\"}\n"
                 "{\"id\": \"r2\", \"text\": 5}\n");
  std::string sarif = dir + "/report.sarif", out;
  // Exit status 1: there are findings and an input error.
  int rc = RunCommand(std::string("cd '") + dir + "' && '" + NEWSLINT_BINARY +
                          "' check --no-config --format sarif --output report.sarif news",
                      &out);
  EXPECT_EQ(rc, 1) << out;
  auto report = nlohmann::json::parse(ReadWholeFile(sarif));
  EXPECT_GE(report["runs"][0]["results"].size(), 3u);
  EXPECT_EQ(report["runs"][0]["invocations"][0]["toolExecutionNotifications"].size(), 1u);
  EXPECT_EQ(report["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
                  ["uri"],
            "news/a%20b.txt");
  std::string problems = Validate(sarif);
  std::filesystem::remove_all(dir);
  EXPECT_EQ(problems, "");
}

}  // namespace
}  // namespace newslint
