// SPDX-License-Identifier: GPL-3.0-or-later
// Lexical anchors: the parts of a sentence that look the same in every language version whatever the script or
// number format, so that two sentences sharing them are likely translations of each other.
#pragma once

#include <QStringList>
#include <QStringView>

namespace terjime::align {

// The numbers of a text, normalised so that every format of one number gives one key: digits only, group
// separators (comma, point, space, no-break spaces) and the decimal separator dropped, leading zeros dropped
// ("1,250", "1250" and "1 250" → "1250"; "2.5" and "2,5" → "25"). A space only groups when exactly three digits
// follow. Suffixes after a hyphen ("2025-nji", "15:00-da") are not part of the number. A dotted date
// ("01.04.2025") gives its three parts. Each key is prefixed with "#".
QStringList numberAnchors(QStringView text);

// The names of a text (capitalised words other than the first, and words in capitals), as a coarse phonetic
// skeleton that is the same in Latin and Cyrillic spellings and survives case endings: Cyrillic is transliterated
// by the Turkmen table, then letters that the scripts render differently are merged (v/w, ş/sh/s, ç/ch, ž/zh, ý/y,
// ň/n, c/k/q, x/ks, ph/f) and vowels after the first letter, h and doubled letters dropped; the first four letters
// of the rest are the key (Gurbanov, Гурбанов, Gurbanow, Gurbanowyň → "@grbn"). Skeletons shorter than three
// letters are left out: they would match too much. Each key is prefixed with "@".
QStringList nameAnchors(QStringView text);

// The marks of a text that translations keep whatever the language: question and exclamation marks, opening
// parentheses, colons (not those of a time, "15:00"), and quotations (one key per two quotation marks, whichever
// marks the language uses: « », “ ”, „ “ or straight). One key per occurrence, in that order (quotations last), each
// prefixed with "%".
QStringList punctuationAnchors(QStringView text);

} // namespace terjime::align
