// SPDX-License-Identifier: GPL-3.0-or-later
#include "neighbour_screen.h"

#include <algorithm>

namespace terjime::segment {

Neighbours Neighbours::of(const RegexCharSets &before, const RegexCharSets &after)
{
    Neighbours result;
    result.beforeDepth = std::min(before.minLength, kEdgeDepth);
    result.before = before.tail;
    result.afterDepth = std::min(after.minLength, kEdgeDepth);
    result.after = after.head;
    return result;
}

bool Neighbours::allow(QStringView text, qsizetype position) const
{
    if (position < beforeDepth || text.size() - position < afterDepth)
        return false;
    for (int i = 0; i < beforeDepth; ++i) {
        if (!before[i].contains(text[position - 1 - i].unicode()))
            return false;
    }
    for (int i = 0; i < afterDepth; ++i) {
        if (!after[i].contains(text[position + i].unicode()))
            return false;
    }
    return true;
}

bool Neighbours::sameNearest(const Neighbours &other) const
{
    const auto nearest = [](int depth, const CharSet &set) { return depth == 0 || set.any ? CharSet{true, {}} : set; };
    return nearest(beforeDepth, before[0]) == nearest(other.beforeDepth, other.before[0]) &&
           nearest(afterDepth, after[0]) == nearest(other.afterDepth, other.after[0]);
}

void Neighbours::widen(const Neighbours &other)
{
    beforeDepth = std::min(beforeDepth, other.beforeDepth);
    afterDepth = std::min(afterDepth, other.afterDepth);
    for (int i = 0; i < beforeDepth; ++i)
        before[i].uniteWith(other.before[i]);
    for (int i = 0; i < afterDepth; ++i)
        after[i].uniteWith(other.after[i]);
}

void NeighbourScreen::add(const Neighbours &neighbours)
{
    const auto run = int(m_runs.size());
    m_runs.push_back(neighbours);
    if (run >= kMaxRuns)
        return;
    const std::uint64_t bit = std::uint64_t(1) << run;
    m_all |= bit;
    for (int i = 0; i < kEdgeDepth; ++i) {
        if (neighbours.beforeDepth <= i)
            m_shallowBefore[i] |= bit;
        if (neighbours.afterDepth <= i)
            m_shallowAfter[i] |= bit;
    }
    for (int i = 0; i < kEdgeDepth; ++i) { // a new run: every entry is stale
        m_before[i].known.clear();
        m_after[i].known.clear();
    }
}

std::uint64_t NeighbourScreen::lookup(Table &table, char16_t c, int depth, bool before)
{
    if (table.known.empty()) {
        table.runs.assign(0x10000, 0);
        table.known.assign(0x10000, false);
    }
    if (!table.known[c]) {
        std::uint64_t runs = 0;
        for (std::size_t r = 0; r < std::min<std::size_t>(m_runs.size(), kMaxRuns); ++r) {
            const Neighbours &n = m_runs[r];
            const bool allows = before ? (n.beforeDepth <= depth || n.before[depth].contains(c))
                                       : (n.afterDepth <= depth || n.after[depth].contains(c));
            runs |= allows ? std::uint64_t(1) << r : 0;
        }
        table.runs[c] = runs;
        table.known[c] = true;
    }
    return table.runs[c];
}

std::uint64_t NeighbourScreen::allowed(QStringView text, qsizetype position)
{
    std::uint64_t runs = m_all;
    for (int i = 0; i < kEdgeDepth && runs; ++i) {
        const qsizetype at = position - 1 - i;
        runs &= at >= 0 ? lookup(m_before[i], text[at].unicode(), i, true) : m_shallowBefore[i];
    }
    for (int i = 0; i < kEdgeDepth && runs; ++i) {
        const qsizetype at = position + i;
        runs &= at < text.size() ? lookup(m_after[i], text[at].unicode(), i, false) : m_shallowAfter[i];
    }
    return runs;
}

} // namespace terjime::segment
