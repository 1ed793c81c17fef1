// Fuzzes the knowledge loaders: the first byte picks events, offices or
// people, the rest is the YAML file. Faults are LoadErrors, collected as
// `newslint kb check` collects them; validation runs on what loaded.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

#include "checker/kb/event_base.h"
#include "checker/kb/people_base.h"
#include "fuzz/fuzz_files.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  static const char* const kFolders[] = {"events", "offices", "people"};
  const std::string root = newslint::fuzz::ScratchDir() + "/kb";
  std::filesystem::remove_all(root);
  newslint::fuzz::WriteScratch(std::string("kb/") + kFolders[data[0] % 3] + "/fuzz.yaml", bytes);
  std::vector<newslint::LoadError> errors;
  newslint::EventBase events;
  events.LoadFolder(root + "/events", &errors);
  events.Validate(errors);
  newslint::PeopleBase people;
  people.LoadFolder(root, &errors);
  people.Validate(errors);
  return 0;
}
