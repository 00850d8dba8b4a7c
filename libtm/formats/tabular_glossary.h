// SPDX-License-Identifier: GPL-3.0-or-later
// The TSV/CSV reader and the TSV writer behind tm/formats/glossary_io.h.
#pragma once

#include "tm/glossary/glossary.h"

#include <QString>
#include <QStringList>

namespace terjime::formats {

// Splits one CSV line into fields: commas separate, a field in double quotes may hold commas, and "" inside quotes
// is one quote. Quoted fields spanning lines are not supported (OmegaT does not write them).
QStringList splitCsvLine(QStringView line);

// Reads decoded TSV (`csv` false) or CSV text into a glossary whose concepts are "c1", "c2"… in entry order.
glossary::Glossary readTabular(const QString &text, bool csv, const QString &source, const QString &target);

} // namespace terjime::formats
