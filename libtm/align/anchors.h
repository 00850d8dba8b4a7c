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
// ň/n, c/k/q, x/ks, ph/f, z/s; but outside acronyms a Latin c before e, i, y is s, and so is the t of an English -tion)
// and vowels after the first letter, h and doubled letters dropped; the first four letters of the rest are the key
// (Gurbanov, Гурбанов, Gurbanow, Gurbanowyň → "@grbn"). Skeletons shorter than three letters are left out: they would
// match too much. Each key is prefixed with "@".
QStringList nameAnchors(QStringView text);

// Words shorter than this are not cognate anchors: short words are mostly native (and, or, и, we), and their
// skeletons are too short to tell apart.
inline constexpr int kCognateMinLetters = 6;

// The long words of a text that are not names (see nameAnchors: lowercase words, and the first word unless it is in
// capitals), keyed as names are, so that words the three languages share (international and Russian loanwords in
// Turkmen: secretary, секретарь, sekretar → "@skrt"; conference, конференция, konferensiýa → "@knfr") find each
// other across scripts, and a cognate finds a name another language capitalises ("the Secretary General",
// "генеральный секретарь"). Besides the names' merges, a Latin c before e, i, y is s and the t of "-tion" is s
// (delegation, делегация, delegasiýa → "@dlgs"). Only words of at least kCognateMinLetters letters and full
// four-letter keys count; each key once (a word repeated in one sentence is one piece of evidence). Most
// long words have no cognate, and unrelated words share a key by chance: the aligner weighs cognates below names
// and numbers and only uses the keys that both texts of a pair hold. Each key is prefixed with "@".
QStringList cognateAnchors(QStringView text);

// The marks of a text that translations keep whatever the language: question and exclamation marks, opening
// parentheses, colons (not those of a time, "15:00"), and quotations (one key per two quotation marks, whichever
// marks the language uses: « », “ ”, „ “ or straight). One key per occurrence, in that order (quotations last), each
// prefixed with "%".
QStringList punctuationAnchors(QStringView text);

} // namespace terjime::align
