// SPDX-License-Identifier: GPL-3.0-or-later
// One left-to-right pass over a sentence that cuts it into words, numbers and symbols, reading each number in the
// language's conventions. Private to the text module: numeric_facts.cpp finds dates, times and percentages in the
// tokens.
#pragma once

#include "tm/core/language.h"

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace terjime::text::numeric {

// A number as written, read once.
struct ScannedNumber {
    enum class Shape : quint8 {
        Plain, // "1 250", "2,5", "-3", "2025-nji"
        Clock, // "15:00", "9:30", "4:41.30" (a race time keeps its seconds)
        Date,  // "01.04.2025", "2025-04-01"
    };

    Shape shape = Shape::Plain;
    qsizetype start = 0;     // the sign or first digit
    qsizetype end = 0;       // after the last digit
    qsizetype suffixEnd = 0; // after a suffix ("-nji", "-da", "st", "km"); `end` when there is none
    QStringView suffix;      // the suffix's letters, without the hyphen
    bool hyphenSuffix = false;
    // Plain: the normalised number ("1250", "2.5"); Clock: "HH:MM" with seconds or a fraction when written;
    // Date: "YYYY-MM-DD".
    QString value;
    // Plain: the other reading when the text allows two ("1,250" in Russian: 1.25 by convention, 1250 as copied
    // from English), else empty.
    QString otherReading;
    int integer = -1;      // Plain: a non-negative integer written without grouping and with at most 6 digits
    int writtenDigits = 0; // Plain: the digits before any decimal separator, as written ("05": 2)
    int hour = -1;         // Clock; Plain "15.00" (a time only in context, see numeric_facts.cpp)
    int minute = -1;
    bool consumed = false; // taken by a date
};

struct Token {
    enum class Type : quint8 { Word, Number, Symbol };

    Type type = Type::Symbol;
    bool spaceBefore = false;
    qsizetype start = 0;
    qsizetype end = 0;
    int number = -1;  // Number: index in Scan::numbers
    int spelled = -1; // Word: the value of a number written as a word
    int roman = -1;   // Word: the value of a Roman numeral ("XV"), a number only before a century word
};

struct Scan {
    // Inline capacities hold a long sentence, so that the common case does not allocate.
    QVarLengthArray<Token, 96> tokens;
    QVarLengthArray<ScannedNumber, 8> numbers;
    bool hasSpelledOut = false;
    bool hasRomanNumeral = false;
};

// Cuts `text` into tokens. Skipped entirely: URLs, e-mail addresses, and identifiers whose digits follow letters
// ("G20", "A320", "H1N1"). Digits after a hyphen ("COVID-19") are numbers, and so are both sides of a
// multiplication sign written as a letter ("6x6 cm", "1920х1080").
void scanText(QStringView text, core::LanguageTag language, Scan &out);

} // namespace terjime::text::numeric
