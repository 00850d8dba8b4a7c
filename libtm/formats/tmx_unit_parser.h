// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tmx_scanner.h"

#include "tm/core/result.h"
#include "tm/core/translation_unit.h"
#include "tm/formats/tmx.h"

namespace terjime::formats {

// Parses the header slice (the document up to the <body> start tag). Errors: Syntax (malformed XML, characters XML
// forbids, no <body>).
core::Result<TmxHeader> parseTmxHeader(const TmxSlice &slice, const QString &fileName);

// Parses one "<tu>…</tu>" slice into a unit, or says why it is rejected (see TmxReader). A unit without srclang
// takes `headerSourceLanguage`.
core::Result<core::TranslationUnit> parseTmxUnit(const TmxSlice &slice, const QString &fileName,
                                                 const QString &headerSourceLanguage);

} // namespace terjime::formats
