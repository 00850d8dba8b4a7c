// SPDX-License-Identifier: GPL-3.0-or-later
// Sentence alignment of two or more language versions of one document into multilingual beads.
#pragma once

#include "tm/align/word_dictionary.h"
#include "tm/core/language.h"
#include "tm/core/result.h"
#include "tm/glossary/glossary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace terjime::align {

// One language version of a document, already segmented.
struct AlignText {
    core::LanguageTag language = core::LanguageTag(core::Language::English);
    QStringList segments; // NFC text of each segment, in document order
    // 0-based paragraph index of each segment (same size as `segments`), or empty when unknown. Paragraph
    // boundaries are evidence, not constraints: a bead may still cross one when the rest of the evidence says so.
    QList<int> paragraphs;
};

// One multilingual unit of the alignment: for each input text (in the order given to align()), the 0-based indices
// of its segments in this bead, consecutive and ascending; empty when the language has nothing here. A bead never
// has more than three segments of one language and never is empty in every language.
struct Bead {
    QList<QList<int>> segments;
    double confidence = 0; // in [0, 1]
    // Needs review: low confidence, the language pairs disagreed here, or a language that has text has none here.
    bool flagged = false;
};

struct AlignOptions {
    // Concepts found by the term recogniser become anchors; null for none. Not owned; must outlive align().
    const glossary::Glossary *glossary = nullptr;
    // Words that translate each other by this dictionary (learned from a memory: word_dictionary.h) are evidence
    // that their sentences do; null or empty for none. Not owned; must outlive align().
    const WordDictionary *dictionary = nullptr;
    // Beads below this confidence are flagged for review.
    double flagBelow = 0.5;
};

// Aligns the texts (at least two; any of them may be empty) into beads that are monotonic in every language and
// cover every segment exactly once, in document order.
//
// Every language pair is aligned by banded dynamic programming (length in the Gale–Church way, with the length
// ratio of each pair estimated from the texts themselves; anchors: numbers in any format, names across scripts,
// glossary concepts; paragraph boundaries; with a dictionary, words that translate each other), then the pairs are
// reconciled into multilingual beads around a pivot language chosen per document (see docs/alignment.md). Time and
// memory grow linearly with the length of the texts. Fails with InvalidArgument for fewer than two texts or a bad
// paragraph list, and with the term recogniser's error when the glossary cannot be compiled. Thread-safe (no shared
// state).
core::Result<QList<Bead>> align(const QList<AlignText> &texts, const AlignOptions &options = {});

} // namespace terjime::align
