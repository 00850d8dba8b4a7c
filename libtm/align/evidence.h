// SPDX-License-Identifier: GPL-3.0-or-later
// What the pairwise aligner knows about each segment: its length, paragraph and weighted anchors.
#pragma once

#include <QList>

#include <cstdint>

namespace terjime::align {

struct Anchor {
    std::uint64_t key = 0;
    float weight = 0; // informative anchors weigh more: 1 / (segments of the text holding the key)
};

struct SegmentEvidence {
    int length = 0;        // characters other than white space
    int paragraph = -1;    // -1 when unknown
    QList<Anchor> anchors; // sorted by key; a key repeats when it occurs more than once
};

using TextEvidence = QList<SegmentEvidence>;

} // namespace terjime::align
