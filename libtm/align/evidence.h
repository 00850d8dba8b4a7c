// SPDX-License-Identifier: GPL-3.0-or-later
// What the pairwise aligner knows about each segment: its length, paragraph and weighted anchors.
#pragma once

#include <QList>

#include <cstdint>

namespace terjime::align {

struct Anchor {
    std::uint64_t key = 0;
    float weight = 0; // informative anchors weigh more: 1 / (segments of the text holding the key)
    // A cognate (anchors.h, cognateAnchors) is weaker evidence than a number or a name: most long words have none,
    // and some share a key by chance. The bead cost bounds what cognates add on their own.
    bool cognate = false;
};

struct SegmentEvidence {
    int length = 0;        // characters other than white space
    int paragraph = -1;    // -1 when unknown
    QList<Anchor> anchors; // sorted by key; a key repeats when it occurs more than once
};

using TextEvidence = QList<SegmentEvidence>;

// A word of a segment and one of its dictionary translations into the language of the text it is aligned with.
struct WordLink {
    // (the word's id in the language of the pair's first text) << 32 | (the id in the second's): the same key on
    // both sides of the pair, so that shared keys are translations found.
    std::uint64_t key = 0;
    float weight = 0; // as anchors: 1 / (segments of the text holding the word)
};

// What the translation dictionary says about one segment toward the other text of a pair.
struct SegmentWords {
    QList<WordLink> links; // sorted by key
    float known = 0;       // total weight of the segment's words that have a translation into the other language
};

using TextWords = QList<SegmentWords>;

} // namespace terjime::align
