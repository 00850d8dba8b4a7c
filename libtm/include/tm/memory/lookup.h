// SPDX-License-Identifier: GPL-3.0-or-later
// Exact, context and fuzzy matches for a segment, from any TmStore.
#pragma once

#include "tm/core/result.h"
#include "tm/memory/fuzzy_score.h"
#include "tm/store/tm_store.h"

#include <memory>

namespace terjime::memory {

// The score of an exact match whose document context (the segments before and after) is also the same.
inline constexpr int kContextMatchScore = 101;
inline constexpr int kExactMatchScore = 100;

struct LookupQuery {
    QString text; // the segment to translate, in the source language
    QList<core::InlineCode> codes;
    // The source segments before and after it in its document; empty when unknown (no context match then).
    QString contextBefore;
    QString contextAfter;
};

struct LookupOptions {
    QString sourceLanguage; // BCP 47; regional variants match ("en" finds "en-GB")
    QString targetLanguage;
    int minimumScore = 70;
    int limit = 5;
};

// One match: a unit with a variant in each of the two languages.
struct Match {
    int score = 0; // 0–101
    FuzzyScore detail;
    store::StoredUnit unit;
    int sourceVariant = 0; // index into unit.unit.variants
    int targetVariant = 0;
};

// Finds matches for segments. Candidates come from the store's indexes (exact text and words), so the cost of a
// lookup grows with the number of candidates read, not with the size of the memory. Matches are ordered by score,
// then by recency (the unit stored last first). Not thread-safe; one per thread.
class Lookup {
public:
    explicit Lookup(store::TmStore &store);
    ~Lookup();
    Lookup(Lookup &&) noexcept;
    Lookup &operator=(Lookup &&) noexcept;

    core::Result<QList<Match>> find(const LookupQuery &query, const LookupOptions &options);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace terjime::memory
