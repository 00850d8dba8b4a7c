// SPDX-License-Identifier: GPL-3.0-or-later
// The storage interface of a translation memory. Callers (lookup, import, export, the GUI) see only this interface,
// so that a server backend can be added beside the SQLite one (sqlite_store.h) without touching them.
#pragma once

#include "tm/core/result.h"
#include "tm/core/translation_unit.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace terjime::store {

// A unit as stored: the memory's own key for it and the unit.
struct StoredUnit {
    qint64 key = 0;
    core::TranslationUnit unit;
};

// What storing one incoming unit did (see merge_policy.h for when a unit merges).
enum class StoreOutcome {
    Added,     // a new unit
    Merged,    // joined an existing unit, which gained languages, properties or notes
    Unchanged, // an existing unit already held everything the incoming one had
};

// A variant the word index proposes for a fuzzy lookup: its unit and its text, so that the caller can rank
// candidates cheaply before loading whole units.
struct FuzzyCandidate {
    qint64 key = 0;
    QString text;
};

// A unit whose text in a language holds what a concordance search asked for.
struct ConcordanceHit {
    qint64 key = 0;
    double rank = 0; // higher is better
};

// Counts for `terjime tm stats`.
struct MemoryStatistics {
    qint64 units = 0;
    qint64 variants = 0;
    QList<QPair<QString, qint64>> variantsPerLanguage; // canonical tag → count, by tag
    int schemaVersion = 0;
};

class TmStore {
public:
    virtual ~TmStore() = default;

    // Stores a batch of units in one transaction: all of them or, on error, none. Units without an id are given
    // one. Returns one outcome per unit, in order.
    virtual core::Result<QList<StoreOutcome>> store(const QList<core::TranslationUnit> &units) = 0;

    // The units with these keys, in the order asked (keys that do not exist are left out).
    virtual core::Result<QList<StoredUnit>> units(const QList<qint64> &keys) = 0;

    // Keys of the units with a variant in `language` (a primary language subtag, "en") whose text is exactly
    // `text`.
    virtual core::Result<QList<qint64>> exactCandidates(const QString &language, const QString &text) = 0;

    // Up to `limit` variants in `language` that share the most informative of `words` (folded word and number
    // tokens, see text/match_tokens.h), best first, at most one per unit. The store may leave out words too frequent
    // to be worth reading, so that the cost of a call does not grow with the size of the memory.
    virtual core::Result<QList<FuzzyCandidate>> fuzzyCandidates(const QString &language, const QStringList &words,
                                                                int limit) = 0;

    // Units whose text in `language` contains all of `words` (folded tokens), or, with `phrase`, contains them as
    // one run in this order; best ranked first.
    virtual core::Result<QList<ConcordanceHit>> concordance(const QString &language, const QStringList &words,
                                                            bool phrase, int limit) = 0;

    // Calls `visit` for every unit in key order until it returns false. Memory use does not grow with the memory.
    virtual core::Status forEachUnit(const std::function<bool(const StoredUnit &)> &visit) = 0;

    virtual core::Result<MemoryStatistics> statistics() = 0;
};

} // namespace terjime::store
