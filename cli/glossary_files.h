// SPDX-License-Identifier: GPL-3.0-or-later
// Loading glossaries named on the command line: what `terjime glossary` and `terjime align` share.
#pragma once

#include "context.h"

#include "tm/formats/glossary_io.h"
#include "tm/glossary/glossary.h"

#include <optional>

namespace terjime::cli {

// Reads one glossary file; on failure reports it and returns nothing.
std::optional<glossary::Glossary> loadGlossaryFile(Context &context, const QString &path,
                                                   const formats::TabularLanguages &tabular);

// A glossary file, or a folder whose glossary files (.tbx, .tsv, .csv, .txt, .tab) are read in name order and
// their concepts put together, as `glossaries/` is. Reports failures itself.
std::optional<glossary::Glossary> loadGlossary(Context &context, const QString &path,
                                               const formats::TabularLanguages &tabular);

} // namespace terjime::cli
