// SPDX-License-Identifier: GPL-3.0-or-later
#include "break_triggers.h"

#include "regex_char_sets.h"

namespace terjime::segment {

namespace {

void mark(std::vector<std::uint8_t> &table, const CharSet &members, std::uint8_t bit)
{
    if (members.categories == 0) {
        for (char16_t c : members.chars)
            table[c] |= bit;
        return;
    }
    for (char32_t c = 0; c < 0x10000; ++c) {
        if (members.contains(char16_t(c)))
            table[c] |= bit;
    }
}

} // namespace

BreakTriggers::BreakTriggers() : m_table(0x10000, 0) {}

bool BreakTriggers::add(const RegexCharSets &before, const RegexCharSets &after)
{
    if (!before.nullable() && !before.last().any) {
        mark(m_table, before.last(), kEndsBefore);
        m_empty = false;
        return true;
    }
    if (!after.nullable() && !after.first().any) {
        mark(m_table, after.first(), kStartsAfter);
        m_empty = false;
        return true;
    }
    return false;
}

void BreakTriggers::collect(QStringView text, std::vector<qsizetype> &out) const
{
    if (m_empty)
        return;
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype p = 1; p < size; ++p) {
        if ((m_table[data[p - 1]] & kEndsBefore) || (m_table[data[p]] & kStartsAfter))
            out.push_back(p);
    }
}

} // namespace terjime::segment
