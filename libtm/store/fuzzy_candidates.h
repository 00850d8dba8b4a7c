// SPDX-License-Identifier: GPL-3.0-or-later
// The units worth scoring for a fuzzy lookup, read from the word index. Private to the store module.
#pragma once

#include "sqlite_handle.h"

#include "tm/store/tm_store.h"

#include <QStringList>

#include <optional>

namespace terjime::store {

// How many postings one search may read. The query's rarest words are used until the variants they occur in add up
// to this; more frequent words then add nothing, so that a search reads about as much in a memory of a million
// units as in one of a thousand.
inline constexpr qint64 kPostingBudget = 60000;
// At least this many of the query's words are used even when frequent, so that a query of common words finds
// something; at most kMaximumQueryWords.
inline constexpr int kMinimumQueryWords = 2;
inline constexpr int kMaximumQueryWords = 32;

// Ranks variants by the summed inverse document frequency of the query words they contain (the words' weight as
// BM25 has it, without its length normalisation, which needs a random read per variant and costs twenty times as
// much as reading the postings), and returns the best `limit` variants with their text, best first, one per unit;
// among equals the variant stored last comes first.
class FuzzyCandidateSearch {
public:
    explicit FuzzyCandidateSearch(Database &db) : m_db(db) {}

    core::Result<QList<FuzzyCandidate>> candidates(const QString &language, const QStringList &words, int limit);

private:
    struct Term {
        QString term;
        qint64 variants = 0;
    };
    core::Result<QList<Term>> rarestTerms(const QString &language, const QStringList &words);

    Database &m_db;
    std::optional<Statement> m_frequency, m_postings, m_unitOfVariant, m_variantCount;
};

} // namespace terjime::store
