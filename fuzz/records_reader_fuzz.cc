// Fuzzes the records reader of the sharded mode (`newslint reconcile`): a
// records file from a killed task, another tool or a disk fault must give a
// RecordsError naming its line, never a crash.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "checker/corpus/records_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  try {
    newslint::corpus::RecordsFile file = newslint::corpus::ReadRecordsFile(in, "fuzz.jsonl");
    // What was read writes back: the writer must take whatever the reader gave.
    std::ostringstream out;
    newslint::corpus::RecordsWriter writer(out, file.header);
    for (const auto& d : file.documents) writer.Write(d);
    for (const auto& e : file.errors) writer.Write(e);
  } catch (const newslint::corpus::RecordsError&) {
  }
  return 0;
}
