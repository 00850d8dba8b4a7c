// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

#include <array>
#include <cstdint>

namespace terjime::segment {

// A set of UTF-16 code units that a regular expression can match at some index of a match.
//
// `any` means the analysis cannot bound the set (a negated class, '.', a back-reference, anything not understood):
// callers must then treat every character as possible. Otherwise the set holds `chars` and every code unit of the
// general categories in `categories` (a mask of U_GC_*_MASK bits, as \p{Lu} or \d give; U_GC_CS_MASK, the
// surrogates, stands for characters outside the BMP).
struct CharSet {
    bool any = false;
    QList<char16_t> chars;        // sorted, unique; meaningful only when !any
    std::uint32_t categories = 0; // general categories whose every code unit is a member

    // True when `c` may occur.
    bool contains(char16_t c) const;
    // Adds every member of `other`.
    void uniteWith(const CharSet &other);
    friend bool operator==(const CharSet &a, const CharSet &b)
    {
        return a.any == b.any && (a.any || (a.chars == b.chars && a.categories == b.categories));
    }
};

// How many code units from each edge of a match the analysis follows. Three is enough to tell "г." from "т.",
// "гг." or " г." before a break, which a single character cannot.
inline constexpr int kEdgeDepth = 3;

// What a static look at a pattern tells about its matches. The sets are sound, not exact: in every match m of the
// pattern longer than i, m[i] is in head[i] and m[size - 1 - i] is in tail[i], but not every member need ever occur.
// Lengths count UTF-16 code units and stop counting at kEdgeDepth + 1 (which then means "that many or more").
struct RegexCharSets {
    std::array<CharSet, kEdgeDepth> head; // head[i]: code units at index i of a match longer than i
    std::array<CharSet, kEdgeDepth> tail; // tail[i]: code units at index i from the end of a match longer than i
    int minLength = 0;                    // the shortest match, capped at kEdgeDepth + 1
    int maxLength = 0;                    // the longest match, capped at kEdgeDepth + 1

    const CharSet &first() const { return head[0]; } // code units a non-empty match can start with
    const CharSet &last() const { return tail[0]; }  // code units a non-empty match can end with
    bool nullable() const { return minLength == 0; } // then first()/last() say nothing about that empty match
};

// Analyses a Java regular expression (the syntax SRX files use; see javaRegexToIcu) by recursive descent, so that
// the SRX segmenter can find candidate break positions with one set lookup per character instead of running every
// rule's regex over the whole text.
//
// Case-insensitive parts ((?i)) add every case variant ICU would match, as ICU is what runs the rules. Look-arounds,
// anchors and \b are zero-width: they add nothing and do not stop a sequence from being nullable.
//
// Never fails and never throws: a pattern it cannot read (malformed, unbalanced, comments mode (?x), nesting deeper
// than a few hundred levels) gives sets that are all `any` and a length from 0 up, which is always safe. Linear in the
// pattern's length apart from case closure; thread-safe (the only shared state is an immutable table built on first
// use).
RegexCharSets analyzeRegex(QStringView javaPattern);

} // namespace terjime::segment
