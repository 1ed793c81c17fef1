// What the analysis passes learned about one article, for the rules that
// report it: the date pass (and, later, title assertions). Attached to the
// Document while the rules run.
#pragma once

#include <optional>

#include "checker/dates/date_analysis.h"
#include "checker/titles/title_pass.h"

namespace newslint {

struct Analysis {
  std::optional<DateAnalysis> dates;
  std::optional<TitleAnalysis> titles;
};

}  // namespace newslint
