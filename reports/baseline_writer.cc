#include "reports/baseline_writer.h"

#include "checker/baseline.h"

namespace newslint {

void BaselineWriter::Write(const RunReport& report, std::ostream& out) const {
  out << Baseline::FromReport(report).Serialise();
}

}  // namespace newslint
