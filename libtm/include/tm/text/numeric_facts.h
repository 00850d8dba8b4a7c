// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers, percentages, dates and times of a sentence, normalised so that a correct localisation compares
// equal across English, Russian and Turkmen (1,250 = 1 250; 2.5 = 2,5; 3 p.m. = 15:00;
// 1 April 2025 = 1 апреля 2025 г. = 2025-nji ýylyň 1-nji aprelinde).
#pragma once

#include "tm/core/language.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace terjime::text {

struct NumericFact {
    enum class Kind { Number, Percent, Date, Time };

    Kind kind = Kind::Number;
    // The normalised value, comparable across languages:
    //  Number  "1250", "2.5", "-3" (decimal point, no grouping, no leading zeros, no trailing fractional zeros)
    //  Percent "25", "2.5"        (the number without the sign)
    //  Date    "2025-04-01"; partial dates "--04-01" (day and month), "2025-04" (month and year)
    //  Time    "15:00"            (24-hour clock; a race time keeps what follows: "04:41.3" for "4:41.30")
    QString value;
    // Number and Percent: another way to read the same words, else empty. An ambiguous number: "1,250" in Russian
    // or Turkmen is 1.25 by the language's convention (value "1.25") but 1250 in text that copies English figures
    // (otherReading "1250"). A number before a scale word ("2.5 million", "380 тысяч", "2,5 mlrd") has the scaled
    // value ("380000", so that it meets "380,000") and the number as written as its other reading ("380").
    QString otherReading;
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
//
// How numbers are read:
//  - Grouping. English: the comma ("1,250"); Russian and Turkmen: the space ("1 250"). No-break, narrow no-break
//    and thin spaces group in every language; the plain space does not group in English ("the 2008 400 Richest",
//    phone numbers). A group is exactly three digits after a first run of at most three.
//  - Decimals. English: the point ("2.5"; a comma never is one). Russian and Turkmen: the comma ("2,5") and also
//    the point, which real text copies from English ("2.4 ГГц").
//  - A single comma or point before exactly three digits in Russian or Turkmen ("1,250") is a decimal separator
//    (value "1.25") with the grouped reading kept in otherReading ("1250"), unless the number shows it groups:
//    a currency sign before it ("$350,000"), a second group ("1,250,000"), or the other separator after it
//    ("1,250.5").
//  - Skipped: digits glued after letters ("G20", "A320"), URLs, e-mail addresses and handles. Digits after a
//    hyphen are numbers ("COVID-19"). Slashed dates ("1/4/2025") are not dates: their order differs between
//    countries. Roman numerals are read only before a century word ("XV век", "XVIII asyrda" = "18th century"),
//    not elsewhere ("Пётр I", "XX съезд").
//  - A year alone ("in 2025", "2025 году", "2025-nji ýylda") stays a Number.
// Dates: a month name (any inflection: "апреля", "январе", "aprelinde", "dekabryna", "Sept.") with a day before
// it ("1 April", "1-nji aprel", "1st of April", "10-18-nji noýabr"), a day after it in English ("April 1",
// "November 10-18"), a year after it ("April 2025", "апреле 2025 года", "4-nji iýul, 1776") or a Turkmen year
// before it ("2025-nji ýylyň 1-nji aprelinde"). Also "01.04.2025" (day first, any language) and "2025-04-01".
// Times: "15:00" and "9:30" always; "3 p.m.", "3pm", "7.55am" (en); "15.00" only with a clock word next to it
// ("в 15.00", "15.00 ч.", "sagat 15.00-da", "15.00 GMT"), otherwise it is the decimal 15; a whole hour with its
// words ("в 15 часов", "в 3 часа дня", "sagat 3-de", "3 o'clock"). The part of the day converts to 24 hours:
// a.m./p.m., Russian "утра/дня/вечера/ночи" after the time, Turkmen "irden/öýlän/agşam/gije" before it.
// Percentages: "25%", "25 %", "%25", "25 процентов", "25 per cent", "25 göterim", "10–15%" (both ends).
QList<NumericFact> extractNumericFacts(QStringView text, core::LanguageTag language);

// How the facts of a target differ from those of its source.
struct NumericDifference {
    QList<NumericFact> missingInTarget; // source facts the target lacks (from the source list)
    QList<NumericFact> extraInTarget;   // target facts the source lacks (from the target list)

    bool empty() const { return missingInTarget.isEmpty() && extraInTarget.isEmpty(); }
};

// Compares as multisets of (kind, value), with the allowances a translation needs, applied in this order to the
// facts still unpaired:
//  1. the same kind and value;
//  2. the same kind, and the value of one is the other reading of the other ("1,250" in ru = "1,250" in en;
//     "2,5 млн" = "$2.5m"; but "2.5 million" ≠ "2,5 тыс.");
//  3. a Number in digits and a spelled-out number of the same value on the other side; spelled-out numbers are
//     never required, so they are never reported;
//  4. two Dates that agree wherever both give a part, when each part only one gives is a Number in the other's
//     sentence ("on 1 April … in 2025" = "2025-nji ýylyň 1-nji aprelinde"); such a Number is paired too;
//  5. a year Number (four digits) and a Date of that year on the other side, when the date's day, if any, is a
//     Number on the year's side ("2025-nji ýylda … aprelde" = "in April 2025").
// A Percent never matches a Number, nor a Time a Number.
NumericDifference compareNumericFacts(const QList<NumericFact> &source, const QList<NumericFact> &target);

} // namespace terjime::text
