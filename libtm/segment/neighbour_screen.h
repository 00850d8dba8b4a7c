// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "regex_char_sets.h"

#include <QStringView>

#include <array>
#include <cstdint>
#include <vector>

namespace terjime::segment {

// The characters on either side of a position that a rule needs there: the last few of its before-break match
// (nearest first) and the first few of its after-break match, as far as its patterns tell (see regex_char_sets.h).
// Looking them up costs a few comparisons; running the rule's expression costs a match attempt per start its
// look-behind allows. A side a pattern does not bound has depth 0.
struct Neighbours {
    int beforeDepth = 0;
    std::array<CharSet, kEdgeDepth> before; // before[i]: the code unit at position - 1 - i
    int afterDepth = 0;
    std::array<CharSet, kEdgeDepth> after; // after[i]: the code unit at position + i

    // From the analyses of a rule's before- and after-break patterns (analyzeRegex).
    static Neighbours of(const RegexCharSets &before, const RegexCharSets &after);

    bool allow(QStringView text, qsizetype position) const;
    // Rules that need the same character on each side of a position may share one run.
    bool sameNearest(const Neighbours &other) const;
    // Widens these neighbours to allow every position that `other` allows too.
    void widen(const Neighbours &other);
};

// Tells at once which of up to kMaxRuns rule runs the characters around a position allow: a table lookup per
// character instead of a set lookup per run and character. The tables fill one code unit at a time, the first time
// a text shows it, since a text uses few of the 65,536. Not thread-safe (the tables fill as it reads).
class NeighbourScreen {
public:
    static constexpr int kMaxRuns = 64;

    // Screens the next run (run number = number of earlier add calls); runs from kMaxRuns on are not screened.
    void add(const Neighbours &neighbours);
    // Bit r set: run r < kMaxRuns may apply at `position` of `text`.
    std::uint64_t allowed(QStringView text, qsizetype position);

private:
    struct Table { // one entry per code unit, allocated at the first lookup (half a megabyte)
        std::vector<std::uint64_t> runs;
        std::vector<bool> known;
    };
    std::uint64_t lookup(Table &table, char16_t c, int depth, bool before);

    std::vector<Neighbours> m_runs;
    std::uint64_t m_all = 0;
    std::array<Table, kEdgeDepth> m_before;
    std::array<Table, kEdgeDepth> m_after;
    // Bit r of m_shallowBefore[i]: run r needs no more than i code units before a position (likewise after).
    std::array<std::uint64_t, kEdgeDepth> m_shallowBefore{};
    std::array<std::uint64_t, kEdgeDepth> m_shallowAfter{};
};

} // namespace terjime::segment
