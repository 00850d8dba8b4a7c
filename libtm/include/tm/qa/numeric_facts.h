// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers, percentages, dates and times of a sentence, normalised so that a correct localisation compares
// equal across English, Russian and Turkmen (1,250 = 1 250; 2.5 = 2,5; 3 p.m. = 15:00;
// 1 April 2025 = 1 апреля 2025 г. = 2025-nji ýylyň 1-nji aprelinde).
#pragma once

#include "tm/core/language.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace terjime::qa {

struct NumericFact {
    enum class Kind { Number, Percent, Date, Time };

    Kind kind = Kind::Number;
    // The normalised value, comparable across languages:
    //  Number  "1250", "2.5", "-3" (decimal point, no grouping, no leading zeros, no trailing fractional zeros)
    //  Percent "25", "2.5"        (the number without the sign)
    //  Date    "2025-04-01"; partial dates "--04-01" (day and month), "2025-04" (month and year)
    //  Time    "15:00"            (24-hour clock)
    QString value;
    qsizetype start = 0; // UTF-16 offsets of the whole expression in the text
    qsizetype end = 0;
    // A number written as a word ("three", "трёх", "üç"): it satisfies a digit in another language but is not
    // required by one.
    bool spelledOut = false;

    friend bool operator==(const NumericFact &, const NumericFact &) = default;
};

// The facts of `text` (NFC) in `language`, in text order. A date or time takes its numbers: "1 April 2025" is one
// Date, not the Numbers 1 and 2025. Ranges give both ends ("2025–2029", "10-18-nji noýabr"). Suffixes after a
// hyphen ("2025-nji", "15:00-da", "20-den") and ordinal endings ("1st", "1-й") are not part of the value.
QList<NumericFact> extractNumericFacts(QStringView text, core::LanguageTag language);

// How the facts of a target differ from those of its source.
struct NumericDifference {
    QList<NumericFact> missingInTarget; // source facts the target lacks (from the source list)
    QList<NumericFact> extraInTarget;   // target facts the source lacks (from the target list)

    bool empty() const { return missingInTarget.isEmpty() && extraInTarget.isEmpty(); }
};

// Compares as multisets of (kind, value), with the allowances a translation needs: a spelled-out number matches a
// digit of the same value and is never required; a full date matches the same date written partially on the other
// side only when the missing part is present as a number in that sentence; a Percent never matches a Number.
NumericDifference compareNumericFacts(const QList<NumericFact> &source, const QList<NumericFact> &target);

} // namespace terjime::qa
