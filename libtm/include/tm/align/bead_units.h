// SPDX-License-Identifier: GPL-3.0-or-later
// Beads as what a memory stores and TMX exchanges: one multilingual unit per bead.
#pragma once

#include "tm/align/aligner.h"
#include "tm/core/translation_unit.h"

#include <QList>
#include <QString>

namespace terjime::align {

// Unit property types that carry a bead's confidence ("0.873", three decimals) and review flag ("true"/"false").
inline constexpr QStringView kScoreProperty = u"x-align-score";
inline constexpr QStringView kFlagProperty = u"x-align-flag";

// The text of a bead in one text: its segments joined by one space; empty when it has none there.
QString beadText(const AlignText &text, const QList<int> &segments);

// One unit per bead, in bead order: a variant for each text that has segments in the bead (language: the text's
// tag), the confidence and flag as properties, and the document context of the source text (the first one) as
// the `prev` and `next` properties (core::kContextBeforeProperty): the source segments just before and after the
// bead's, left out at the ends of the document. The units have no id (the memory gives one). `texts` and `beads`
// must be the input and output of one align() call.
QList<core::TranslationUnit> beadsToUnits(const QList<AlignText> &texts, const QList<Bead> &beads);

} // namespace terjime::align
