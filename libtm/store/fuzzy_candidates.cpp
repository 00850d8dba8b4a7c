// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzy_candidates.h"

#include "unit_codec.h"
#include "word_index_tokenizer.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace terjime::store {
core::Result<QList<FuzzyCandidateSearch::Term>> FuzzyCandidateSearch::rarestTerms(const QString &language,
                                                                                  const QStringList &words)
{
    auto frequency = cachedStatement(m_db, m_frequency, "SELECT variants FROM word_frequency WHERE term_key = ?1");
    if (!frequency)
        return frequency.error();
    QList<Term> terms;
    for (const QString &word : words) {
        const QString term = language + u':' + word;
        const bool seen = std::any_of(terms.cbegin(), terms.cend(), [&](const Term &t) { return t.term == term; });
        if (seen)
            continue;
        (*frequency)->bind(1, termKey(term));
        auto row = (*frequency)->step();
        if (!row)
            return row.error();
        if (*row)
            terms.append({term, (*frequency)->integer(0)});
        (*frequency)->reset();
    }
    std::stable_sort(terms.begin(), terms.end(), [](const Term &a, const Term &b) { return a.variants < b.variants; });
    qint64 postings = 0;
    qsizetype used = 0;
    for (const Term &term : terms) {
        const bool needed = used < kMinimumQueryWords;
        if (!needed && (postings + term.variants > kPostingBudget || used >= kMaximumQueryWords))
            break;
        postings += term.variants;
        ++used;
    }
    terms.resize(used);
    return terms;
}

core::Result<QList<FuzzyCandidate>> FuzzyCandidateSearch::candidates(const QString &language, const QStringList &words,
                                                                     int limit)
{
    auto terms = rarestTerms(language, words);
    auto postings = cachedStatement(m_db, m_postings, "SELECT rowid FROM variant_words WHERE variant_words MATCH ?1");
    auto variantCount = cachedStatement(m_db, m_variantCount, "SELECT coalesce(max(id), 0) FROM variant");
    auto unitOf = cachedStatement(m_db, m_unitOfVariant, "SELECT unit, text FROM variant WHERE id = ?1");
    if (!terms || !postings || !variantCount || !unitOf)
        return !terms          ? terms.error()
               : !postings     ? postings.error()
               : !variantCount ? variantCount.error()
                               : unitOf.error();
    if (auto row = (*variantCount)->step(); !row)
        return row.error();
    const double total = double((*variantCount)->integer(0)) + 1;
    (*variantCount)->reset();

    std::unordered_map<qint64, double> weights;
    for (const Term &term : *terms) {
        const double weight = std::log(total / double(std::max<qint64>(term.variants, 1)));
        Statement &query = **postings;
        query.bind(1, quotedForIndex(term.term));
        if (auto read = query.forEachRow([&] { weights[query.integer(0)] += weight; }); !read)
            return read.error();
    }

    std::vector<std::pair<double, qint64>> ranked;
    ranked.reserve(weights.size());
    for (const auto &[variant, weight] : weights)
        ranked.emplace_back(weight, variant);
    const auto better = [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second > b.second;
    };
    const size_t kept = std::min(ranked.size(), size_t(std::max(limit, 0)));
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(kept), ranked.end(), better);

    QList<FuzzyCandidate> found;
    QSet<qint64> units;
    for (size_t i = 0; i < kept; ++i) {
        Statement &query = **unitOf;
        query.bind(1, ranked[i].second);
        auto row = query.step();
        if (!row)
            return row.error();
        if (*row && !units.contains(query.integer(0))) {
            units.insert(query.integer(0));
            found.append({query.integer(0), query.text(1)});
        }
        query.reset();
    }
    return found;
}

} // namespace terjime::store
