// SPDX-License-Identifier: GPL-3.0-or-later
// Concordance search: units whose text in a language contains some words or a phrase, with the hits marked.
#pragma once

#include "tm/core/result.h"
#include "tm/store/tm_store.h"
#include "tm/text/match_tokens.h"

namespace terjime::memory {

struct ConcordanceQuery {
    QString language; // BCP 47; regional variants match
    // The words to find, in any order; a text in double quotes ("national action plan") is a phrase: its words
    // adjacent and in this order. Words match in their folded form (any case, ё = е).
    QString text;
    int limit = 20;
};

// A span of a variant's text, in UTF-16 code units.
struct TextSpan {
    qsizetype start = 0;
    qsizetype end = 0;
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

struct ConcordanceHit {
    store::StoredUnit unit;
    int variant = 0;       // the variant the words were found in
    QList<TextSpan> spans; // each occurrence of a query word in it
    bool phrase = false;   // the words occur together, in order
};

// Ranks hits where the words occur together as a phrase first, then by the index's relevance (BM25).
core::Result<QList<ConcordanceHit>> findConcordance(store::TmStore &store, text::MatchTokenizer &tokenizer,
                                                    const ConcordanceQuery &query);

} // namespace terjime::memory
