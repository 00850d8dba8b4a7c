// SPDX-License-Identifier: GPL-3.0-or-later
// The TBX reader behind readGlossary (see tm/formats/glossary_io.h for what it accepts).
#pragma once

#include "tm/core/result.h"
#include "tm/glossary/glossary.h"

#include <QString>

namespace terjime::formats {

// Reads TBX (martif or tbx root) from already decoded text; `fileName` names the file in errors.
core::Result<glossary::Glossary> readTbx(const QString &xml, const QString &fileName);

} // namespace terjime::formats
