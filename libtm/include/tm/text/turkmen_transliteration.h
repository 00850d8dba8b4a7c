// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace terjime::text {

// Legacy Cyrillic Turkmen to today's Latin alphabet, letter by letter, by the table in LANGUAGES.md, so that old text
// can be matched against Latin glossary terms: а a, б b, в w, г g, д d, е e, ё ýo, ж ž, җ j, з z, и i, й ý, к k,
// л l, м m, н n, ң ň, о o, ө ö, п p, р r, с s, т t, у u, ү ü, ф f, х h, ц s, ч ç, ш ş, щ şç, ы y, э e, ә ä, ю ýu,
// я ýa; ъ and ь are dropped. е is written ýe at the start of a word and after a vowel, ъ or ь,
// where it is iotated (Европа → Ýewropa, поезд → poýezd).
//
// Case is preserved: a capital that becomes two letters is capitalised as a title (Ю → Ýu) unless a neighbouring
// letter is a capital too, in which case the whole pair is capitals (ЮНИСЕФ → ÝUNISEF). Every other character
// (Latin letters, digits, punctuation) is copied unchanged, so Latin text passes through as it is.
// The output length differs from the input's: offsets do not carry over. Thread-safe (a pure function).
QString transliterateCyrillic(QStringView text);

} // namespace terjime::text
