// A compact binary form of one DocumentReport, for a run that keeps its
// documents on disk instead of in memory (DocumentList::SpillToDisk). It is
// private to one process: no versioning, no byte-order care; the records file
// (checker/corpus/records_file.h) is the form meant for other runs and tools.
#pragma once

#include <string>
#include <string_view>

#include "checker/linter.h"

namespace newslint {

// Appends the document's encoding to out. Only what the report writers read
// travels: the cross-article records and the article text do not (a run that
// keeps them keeps its documents in memory).
void EncodeDocument(const DocumentReport& document, std::string& out);

// The document EncodeDocument wrote into bytes (exactly those bytes); throws
// std::runtime_error when they are not one encoded document.
DocumentReport DecodeDocument(std::string_view bytes);

}  // namespace newslint
