#include "reports/file_position.h"

#include <fmt/format.h>

namespace newslint {

FilePosition FilePositionOf(const Finding& f) {
  FilePosition p;
  p.message = f.message;
  if (!f.record) {
    p.line = f.line, p.column = f.column;
    return p;
  }
  p.in_record = true;
  p.line = static_cast<int>(f.record_line), p.column = 1;
  p.message += fmt::format(" (record {}, line {}, column {})", *f.record, f.line, f.column);
  return p;
}

std::string InputErrorMessage(const InputError& e) {
  return e.record ? e.message + " (record " + *e.record + ")" : e.message;
}

}  // namespace newslint
