// SPDX-License-Identifier: GPL-3.0-or-later
// The MultiTerm XML reader behind readGlossary (see tm/formats/glossary_io.h for what it accepts).
#pragma once

#include "tm/core/result.h"
#include "tm/glossary/glossary.h"

#include <QString>

namespace terjime::formats {

// Reads SDL MultiTerm XML (root mtf) from already decoded text; `fileName` names the file in errors. Syntax error
// for malformed XML or another root element.
core::Result<glossary::Glossary> readMultiTerm(const QString &xml, const QString &fileName);

// The MultiTerm language code for a language element: its lang attribute ("EN-US" → "en-us"), else its type, the
// language's English name ("Russian" → "ru"; an unknown name is kept lower-cased). Exposed for tests.
QString multiTermLanguage(const QString &langAttribute, const QString &typeAttribute);

} // namespace terjime::formats
