// SPDX-License-Identifier: GPL-3.0-or-later
#include "break_triggers.h"

#include "regex_char_sets.h"

namespace terjime::segment {

BreakTriggers::BreakTriggers() : m_table(0x10000, 0) {}

bool BreakTriggers::add(const SrxRule &rule)
{
    if (!rule.beforeBreak.isEmpty()) {
        const RegexCharSets before = analyzeRegex(rule.beforeBreak);
        if (!before.nullable() && !before.last().any) {
            for (char16_t c : before.last().chars)
                m_table[c] |= kEndsBefore;
            m_empty = false;
            return true;
        }
    }
    if (!rule.afterBreak.isEmpty()) {
        const RegexCharSets after = analyzeRegex(rule.afterBreak);
        if (!after.nullable() && !after.first().any) {
            for (char16_t c : after.first().chars)
                m_table[c] |= kStartsAfter;
            m_empty = false;
            return true;
        }
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
