// SPDX-License-Identifier: GPL-3.0-or-later
// The words that give numbers their meaning in tk, ru and en: month names in all their inflections, numbers
// written as words, parts of the day, year and percent words. Private to the text module (numeric_facts.cpp).
#pragma once

#include "tm/core/language.h"

#include <QStringView>

namespace terjime::text::numeric {

// A word folded for table lookup, without allocating: lower case, and ё as е. Words longer than the buffer are
// never in a table; they fold to an empty view.
class FoldedWord {
public:
    explicit FoldedWord(QStringView word);
    QStringView view() const { return QStringView(m_buffer, m_size); }

private:
    static constexpr qsizetype kCapacity = 16;
    char16_t m_buffer[kCapacity];
    qsizetype m_size = 0;
};

// 1..12 when `word` names a month in `language` (any case form: "апреля", "aprelinde", "Sept"), else 0.
// English month names count only when capitalised ("May", not the verb "may").
int monthNumber(QStringView word, core::LanguageTag language);
// Whether `word` is an English abbreviation of a month that may be followed by a point ("Jan.", "Sept.").
bool isMonthAbbreviation(QStringView word, core::LanguageTag language);

// The value of a number written as a word ("three", "трёх", "üç", "ikinji"), or -1.
int spelledOutValue(QStringView word, core::LanguageTag language);
// Whether `value` (from spelledOutValue) is a tens word that a unit word may follow ("twenty-five", "on bäş").
bool isTensValue(int value, core::LanguageTag language);

// The part of the day a word gives to a clock time: a.m./p.m. in English, "утра"/"вечера" in Russian (after the
// time), "irden"/"agşam" in Turkmen (before the time).
enum class DayPart { None, Am, Pm, Morning, Afternoon, Evening, Night };
DayPart dayPartWord(QStringView word, core::LanguageTag language);
// The 24-hour hour of `hour` said with `part` ("3" + Pm → 15, "12" + Am → 0); hours above 12 are kept.
int hourIn24(int hour, DayPart part);

// The value of an upper-case Roman numeral of up to 7 letters ("XV" → 15; Cyrillic Х, І, С count as X, I, C), or -1.
// Read only before a century word: Russian and Turkmen write centuries in Roman numerals ("XV век", "XVIII asyrda"
// for "the 18th century").
int romanNumeralValue(QStringView word);
// "век", "века", "в." (ru), "asyr…" (tk), "century" (en).
bool isCenturyWord(QStringView word, core::LanguageTag language);
// "to", "and", "or" (en), "до", "и", "или" (ru), "we", "ýa" (tk): "3 to 5 percent" makes both numbers percentages.
bool isRangeConnector(QStringView word, core::LanguageTag language);

// The power of ten a scale word multiplies by: "thousand", "тыс.", "тысяч", "müň" 3; "million", "млн", "mln" 6;
// "billion", "bn", "млрд", "milliard" 9; "trillion" 12. 0 for other words.
int scaleZeros(QStringView word, core::LanguageTag language);

// "года", "г", "году" (ru); "ýyl", "ýylyň", "ýylda"… (tk): a number before it is a year.
bool isYearWord(QStringView word, core::LanguageTag language);
// "percent" (en, also the "per" of "per cent"), "процент…" (ru), "göterim…" (tk), as a word or a word's start.
bool isPercentWord(QStringView word, core::LanguageTag language);
// Russian "час", "часа", "часов", "часам", "ч": after a number, an hour of the clock when in context.
bool isHourWord(QStringView word, core::LanguageTag language);
// Words before a number that make "15.00" a time in Russian ("в", "с", "до"…) and Turkmen ("sagat").
bool isClockPreposition(QStringView word, core::LanguageTag language);
// "UTC", "GMT", "BST", "мск"…: after a number, it is a time.
bool isTimeZoneWord(QStringView word);

} // namespace terjime::text::numeric
