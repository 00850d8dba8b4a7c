// SPDX-License-Identifier: GPL-3.0-or-later
// How alike two segments of one language are, as a translator reads a match percentage.
#pragma once

#include "tm/core/translation_unit.h"
#include "tm/text/match_tokens.h"

#include <QList>
#include <QString>

namespace terjime::memory {

// A segment prepared for scoring: its raw text and codes, and its match tokens.
struct ScoringSegment {
    QString text;
    QList<core::InlineCode> codes;
    QList<text::MatchToken> tokens;
};

// Points taken off a match for each difference outside the words (see fuzzyScore).
inline constexpr int kNumberPenalty = 2; // per number missing from one side, at most kNumberPenaltyCap
inline constexpr int kNumberPenaltyCap = 10;
inline constexpr int kPunctuationPenalty = 1; // per punctuation mark, at most kPunctuationPenaltyCap
inline constexpr int kPunctuationPenaltyCap = 5;
inline constexpr int kCodePenalty = 1; // per inline code, at most kCodePenaltyCap
inline constexpr int kCodePenaltyCap = 5;

struct FuzzyScore {
    int score = 0;     // 0–100; 100 only for identical text and codes
    int wordScore = 0; // the token edit-distance score before penalties
    int numberPenalty = 0;
    int punctuationPenalty = 0;
    int codePenalty = 0;
};

// The score of `candidate` as a match for `query`, computed on tokens as OmegaT does:
//   wordScore = ⌊100 × (1 − d / max(n, m))⌋, where d is the edit distance between the two sequences of folded words
//   (numbers count as one placeholder word, so that a different number is not a different word), and n, m are their
//   lengths (100 when both have no words). Unlike OmegaT's Levenshtein distance, d counts swapping two neighbouring
//   words as one edit (optimal string alignment), as a translator fixes it with one move;
// minus penalties for what the word score does not see: numbers (a number one side has and the other lacks, counted
// on the side with more such numbers), punctuation marks (likewise), and inline codes (by kind: bpt, ph, …). A
// segment whose text or codes differ in any way, even only in letter case or spacing, scores at most 99; the score
// is never below 0.
FuzzyScore fuzzyScore(const ScoringSegment &query, const ScoringSegment &candidate);

} // namespace terjime::memory
