// Finds the date mentions of a document with the lexicon's patterns, one
// sentence at a time; a longer match wins over shorter ones it overlaps.
#pragma once

#include <vector>

#include "checker/dates/date_lexicon.h"
#include "checker/dates/date_mention.h"
#include "checker/document.h"

namespace newslint {

std::vector<DateMention> ExtractDates(const Document& doc, const DateLexicon& lexicon);

// The clause of a sentence around an offset, cut at the lexicon's breaks.
Span ClauseAround(const Document& doc, Span sentence, size_t offset, const DateLexicon& lexicon);

}  // namespace newslint
