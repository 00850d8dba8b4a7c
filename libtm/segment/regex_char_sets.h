// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace terjime::segment {

// A set of UTF-16 code units that a regular expression can start or end a match with.
//
// `any` means the analysis cannot bound the set (a class escape like \s or \p{L}, '.', a negated class, a
// back-reference, a character outside the BMP, anything not understood): callers must then treat every character
// as possible.
struct CharSet {
    bool any = false;
    QList<char16_t> chars; // sorted, unique; meaningful only when !any

    // True when `c` may occur: always when `any`, otherwise by binary search in `chars`.
    bool contains(char16_t c) const;
};

// What a static look at a pattern tells about its matches. The sets are sound, not exact: every non-empty match
// starts with a character of `first` and ends with one of `last`, but not every member need ever occur.
struct RegexCharSets {
    CharSet first;        // code units a non-empty match can start with
    CharSet last;         // code units a non-empty match can end with
    bool nullable = true; // the pattern can match the empty string (then first/last say nothing about that match)
};

// Analyses a Java regular expression (the syntax SRX files use; see javaRegexToIcu) by recursive descent, so that
// the SRX segmenter can find candidate break positions with one set lookup per character instead of running every
// rule's regex over the whole text.
//
// Case-insensitive parts ((?i)) add every case variant ICU would match, as ICU is what runs the rules. Look-arounds,
// anchors and \b are zero-width: they add nothing and do not stop a sequence from being nullable.
//
// Never fails and never throws: a pattern it cannot read (malformed, unbalanced, comments mode (?x), nesting deeper
// than a few hundred levels) gives {any, any, nullable}, which is always safe. Linear in the pattern's length apart
// from case closure; thread-safe (the only shared state is an immutable table built on first use).
RegexCharSets analyzeRegex(QStringView javaPattern);

} // namespace terjime::segment
