// SPDX-License-Identifier: GPL-3.0-or-later
// What a check reports: findings, their severity and the evidence a reader needs to act on them.
#pragma once

#include "tm/core/error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace terjime::qa {

// How much a finding matters. Ordered: a gate fails on findings at or above a threshold.
enum class Severity { Info = 0, Warning = 1, Error = 2 };

// "info", "warning", "error".
QString severityName(Severity severity);
// The inverse of severityName, case ignored; nullopt for anything else.
std::optional<Severity> parseSeverity(const QString &name);

// A span of one variant's text that shows what a finding is about. Offsets are UTF-16 code units into the
// variant's plain text (core::Segment::text), as everywhere in libtm; report writers convert to code points.
struct Evidence {
    QString language; // canonical tag of the variant ("en", "ru", "tk")
    qsizetype start = 0;
    qsizetype end = 0;
    QString text; // the spanned text as it stands
    // Characters outside the BMP (surrogate pairs) in the variant's text before `start`: what a report needs to
    // give code point offsets (start - surrogatePairsBefore) without keeping the whole text. 0, the default, is
    // right for any text of the BMP; makeEvidence fills it in for every text.
    qsizetype surrogatePairsBefore = 0;

    friend bool operator==(const Evidence &, const Evidence &) = default;
};

// The evidence for [start, end) of `variantText` (UTF-16 offsets), with its text and code point bookkeeping.
Evidence makeEvidence(const QString &language, QStringView variantText, qsizetype start, qsizetype end);

// One problem found in one unit.
struct Finding {
    QString rule; // the rule id, e.g. "term-missing" (see rules.h)
    Severity severity = Severity::Error;
    QString unit;            // the unit's id: the TMX tuid, or its 0-based position in the input when it has none
    qsizetype unitIndex = 0; // 0-based position of the unit in its input
    QString language;        // canonical tag of the language the finding is about (the target, for most rules)
    QString conceptId;       // glossary concept, for terminology rules; empty otherwise
    // The message, as an untranslated format with %1, %2… (marked with core::N_) and its arguments, so that a front
    // end shows it in the user's language.
    const char *format = "";
    QStringList arguments;
    QList<Evidence> evidence;
    core::SourceLocation where; // the input file and, where known, the line of the unit or segment
    // A stable identity for baselines: the same problem in the same text gives the same fingerprint whatever the
    // unit's position, file or line (see fingerprint.h).
    QString fingerprint;

    // The message in English with the arguments in place.
    QString message() const;
    // The message through `translate` (a catalog's tr) with the arguments in place.
    template <typename Translate>
    QString describe(Translate &&translate) const
    {
        QString text = translate(format);
        for (const QString &argument : arguments)
            text = text.arg(argument);
        return text;
    }
};

} // namespace terjime::qa
