// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evidence.h"

#include <array>
#include <vector>

namespace terjime::align {

// The bead shapes the aligner considers, as (x segments, y segments).
struct Shape {
    int x;
    int y;
};
inline constexpr std::array<Shape, 8> kShapes{{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}}};
// The index of a shape in kShapes, or -1.
int shapeIndex(int x, int y);

// Gale and Church's variance of the target length per source character, measured on parliamentary proceedings.
inline constexpr double kGaleChurchVariance = 6.8;

// The dictionary evidence of a pair: the word links of each text toward the other (word_evidence.h), both null when
// the aligner has no dictionary. Not owned.
struct PairWords {
    const TextWords *x = nullptr;
    const TextWords *y = nullptr;
};

// The cost of a bead (a negative log-likelihood, up to a constant): lower is better. Holds prefix sums of the
// lengths and the length model of the pair, estimated from the texts. Not thread-safe (scratch buffers).
class BeadCoster {
public:
    // `ratio` is the expected y length per x character; 0 to estimate it from the lengths of the whole texts.
    // `variance` is that of the y length per character of the bead; 0 for Gale and Church's. `words`, when given,
    // must have one entry per segment of each text and outlive the coster.
    BeadCoster(const TextEvidence &x, const TextEvidence &y, PairWords words = {}, double ratio = 0,
               double variance = 0);

    double cost(int xStart, int xCount, int yStart, int yCount) const;

private:
    double lengthCost(double xLength, double yLength) const;
    double anchorBonus(int xStart, int xCount, int yStart, int yCount) const;
    double wordBonus(int xStart, int xCount, int yStart, int yCount) const;
    double paragraphPenalty(const TextEvidence &text, int start, int count) const;

    const TextEvidence &m_x;
    const TextEvidence &m_y;
    std::vector<long long> m_xPrefix;
    std::vector<long long> m_yPrefix;
    double m_ratio = 1;    // expected y length per x character
    double m_variance = 1; // variance of y length per character of the bead
    mutable std::vector<Anchor> m_xScratch;
    mutable std::vector<Anchor> m_yScratch;
    PairWords m_words;
    mutable std::vector<WordLink> m_xLinks;
    mutable std::vector<WordLink> m_yLinks;
    mutable std::vector<WordLink> m_yFound; // key: a y word id
};

} // namespace terjime::align
