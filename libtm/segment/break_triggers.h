// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "regex_char_sets.h"

#include <QStringView>

#include <cstdint>
#include <vector>

namespace terjime::segment {

// The characters next to which a break rule can apply, found by reading the rules' patterns (see
// regex_char_sets.h), so that one pass over a text with a table lookup per character finds every position where
// one of those rules may match, instead of one regular-expression scan per rule. Positions found this way are only
// candidates: the rules themselves still decide each of them.
class BreakTriggers {
public:
    BreakTriggers();

    // Records, from the analyses of a break rule's patterns (analyzeRegex), the characters that must end its
    // before-break match or, failing that, start its after-break match. Returns false when neither side can be bounded
    // (a pattern that can be empty, or starts or ends with a class like \s or \p{L}): the caller must then find that
    // rule's positions another way.
    bool add(const RegexCharSets &before, const RegexCharSets &after);
    bool empty() const { return m_empty; }
    // Appends to `out`, in ascending order, each position p in (0, text.size()) after a recorded ending character
    // or before a recorded starting character.
    void collect(QStringView text, std::vector<qsizetype> &out) const;

private:
    enum : std::uint8_t { kEndsBefore = 1, kStartsAfter = 2 };
    std::vector<std::uint8_t> m_table; // one entry per UTF-16 code unit
    bool m_empty = true;
};

} // namespace terjime::segment
