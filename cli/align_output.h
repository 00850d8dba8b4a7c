// SPDX-License-Identifier: GPL-3.0-or-later
// The output formats of `terjime align`.
#pragma once

#include "context.h"

#include "tm/align/aligner.h"

#include <QByteArray>
#include <QIODevice>

namespace terjime::cli {

// One JSON object per bead: one key per language with its segment indices, then "score" and "flag".
QByteArray alignmentJsonl(const QList<align::AlignText> &texts, const QList<align::Bead> &beads);
// One line per bead: the bead's text in each language, then the confidence.
QByteArray alignmentTsv(const QList<align::AlignText> &texts, const QList<align::Bead> &beads);
// Canonical TMX 1.4b, one unit per bead (align::beadsToUnits), written to `device`.
core::Status writeAlignmentTmx(QIODevice &device, const QString &fileName, const QList<align::AlignText> &texts,
                               const QList<align::Bead> &beads);

} // namespace terjime::cli
