// SPDX-License-Identifier: GPL-3.0-or-later
// Turning the pairwise alignments of N texts into multilingual beads.
#pragma once

#include "pair_aligner.h"

#include "tm/align/aligner.h"

#include <QList>

namespace terjime::align {

// The pairwise alignment of texts `x` < `y` (indices into the texts given to align()).
struct PairResult {
    int x = 0;
    int y = 0;
    PairAlignment alignment;
};

// Joins the pairwise alignments into beads, consistent across all texts:
//  1. a pivot is chosen: the text whose alignments with all the others cost least per segment;
//  2. the links of the pivot's alignments join segments into groups (a star of monotonic alignments stays
//     monotonic), except that a join the pair is unsure of (confidence below 0.5) leaves out a segment at its edge
//     when the two pairs through a third text agree it has no translation on the other side (its translation in
//     the third text has none there);
//  3. a link of another pair joins two groups only when it fills a gap, that is when neither group holds a
//     segment of the other's language (a sentence the pivot lacks, aligned between the two others); a link that
//     contradicts the groups marks both as disagreeing;
//  4. the groups are read off in document order; groups that cross (only possible through step 3) are joined.
// A bead's confidence is the lowest confidence of the pairwise beads that made it, halved where pairs disagreed.
// A bead is flagged for review when its confidence is below `flagBelow`, the pairs disagreed, a language with text
// has nothing in it (an omission or an addition a translator should see), or step 4 made it larger than 3 segments
// in a language.
// `sizes` holds the number of segments of each text; `pairs` every pair x < y.
QList<Bead> reconcile(const QList<int> &sizes, const QList<PairResult> &pairs, double flagBelow);

} // namespace terjime::align
