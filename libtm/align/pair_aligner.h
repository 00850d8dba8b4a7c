// SPDX-License-Identifier: GPL-3.0-or-later
// Alignment of two texts: banded dynamic programming over beads of 0–3 segments per side.
#pragma once

#include "bead_cost.h"
#include "evidence.h"

#include <QList>

namespace terjime::align {

// x[xStart, xStart + xCount) is aligned with y[yStart, yStart + yCount).
struct PairBead {
    int xStart = 0;
    int xCount = 0;
    int yStart = 0;
    int yCount = 0;
    double cost = 0;       // the bead's share of the path cost (lower is better)
    double confidence = 0; // in [0, 1]: how much worse the nearest alternative is
};

struct PairAlignment {
    QList<PairBead> beads; // monotonic, covering both texts
    double cost = 0;       // total path cost
};

// Aligns two texts. Bead costs: a prior per bead shape, the Gale–Church length cost with the ratio and variance
// estimated from the texts, a bonus for shared anchors (bounded, so that no single anchor decides) and a penalty for
// joining segments of different paragraphs; with a dictionary (`words`, see bead_cost.h), a bonus for words that
// translate each other, bounded too. The search runs in a band around the diagonal that is widened when the
// best path touches its edge, so time and memory are O((|x| + |y|) · band).
PairAlignment alignPair(const TextEvidence &x, const TextEvidence &y, PairWords words = {});

} // namespace terjime::align
