// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/align/bead_units.h"

namespace terjime::align {

QString beadText(const AlignText &text, const QList<int> &segments)
{
    QStringList parts;
    for (int index : segments)
        parts.append(text.segments[index]);
    return parts.join(u' ');
}

QList<core::TranslationUnit> beadsToUnits(const QList<AlignText> &texts, const QList<Bead> &beads)
{
    QList<core::TranslationUnit> units;
    units.reserve(beads.size());
    const AlignText &source = texts.front();
    // Where the source text stands before each bead, so that a bead without source segments still has context.
    int sourceNext = 0;
    for (const Bead &bead : beads) {
        core::TranslationUnit unit;
        unit.sourceLanguage = source.language.code();
        for (qsizetype t = 0; t < texts.size(); ++t) {
            if (bead.segments[t].isEmpty())
                continue;
            core::Variant variant;
            variant.language = texts[t].language.code();
            variant.segment.text = beadText(texts[t], bead.segments[t]);
            unit.variants.append(std::move(variant));
        }
        const QList<int> &own = bead.segments.front();
        const int before = own.isEmpty() ? sourceNext - 1 : own.front() - 1;
        const int after = own.isEmpty() ? sourceNext : own.back() + 1;
        unit.properties.append({kScoreProperty.toString(), QString::number(bead.confidence, 'f', 3), {}, {}});
        unit.properties.append(
            {kFlagProperty.toString(), bead.flagged ? QStringLiteral("true") : QStringLiteral("false"), {}, {}});
        if (before >= 0)
            unit.properties.append({core::kContextBeforeProperty.toString(), source.segments[before], {}, {}});
        if (after < source.segments.size())
            unit.properties.append({core::kContextAfterProperty.toString(), source.segments[after], {}, {}});
        if (!own.isEmpty())
            sourceNext = own.back() + 1;
        units.append(std::move(unit));
    }
    return units;
}

} // namespace terjime::align
