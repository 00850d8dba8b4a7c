// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing units in the memory's tables (schema.cpp), with their word index. Private to the store
// module; callers hold the transaction.
#pragma once

#include "sqlite_handle.h"

#include "tm/core/translation_unit.h"
#include "tm/text/match_tokens.h"

#include <optional>
#include <unordered_map>

namespace terjime::store {

// A unit as loaded, with the row ids of its variants (in the unit's variant order). key == 0: no such unit.
struct LoadedUnit {
    qint64 key = 0;
    core::TranslationUnit unit;
    QList<qint64> variantIds;
};

class StoredUnitIo {
public:
    explicit StoredUnitIo(Database &db) : m_db(db) {}

    core::Result<LoadedUnit> load(qint64 key);
    // Inserts the unit with its variants and their index entries; a unit without an id gets its key as id.
    core::Result<qint64> insert(const core::TranslationUnit &unit);
    // Replaces `existing` by `merged`, which keeps existing's variants (same order) and may add some.
    core::Status rewrite(const LoadedUnit &existing, const core::TranslationUnit &merged);
    // Keys of units with a variant whose primary language and text are exactly those of one of `unit`'s variants.
    core::Result<QList<qint64>> unitsSharingAVariant(const core::TranslationUnit &unit);
    // Adds the term counts of the variants inserted since the last call to word_frequency. Counting per batch
    // writes each distinct term once instead of once per variant (a tenth of the writes for a batch of thousands).
    core::Status flushTermCounts();
    // Forgets counts not flushed (the transaction that inserted their variants was rolled back).
    void discardTermCounts() { m_pendingTermCounts.clear(); }
    // Keys of units with a variant in primary language `language` whose text is exactly `text`.
    core::Result<QList<qint64>> unitsWithText(const QString &language, const QString &text);

private:
    core::Status insertVariant(qint64 unitKey, int ordinal, const core::Variant &variant);
    // The variant's index terms ("en:plan"), in text order, repeats included.
    QStringList indexTerms(const core::Variant &variant);
    void countTerms(QStringList terms);

    Database &m_db;
    std::unordered_map<qint64, qint64> m_pendingTermCounts; // term key → variants inserted
    text::MatchTokenizer m_tokenizer;
    std::optional<Statement> m_selectUnit, m_selectVariants, m_insertUnit, m_setTuid, m_insertVariant, m_insertWords,
        m_updateUnit, m_updateVariant, m_selectByText, m_countTerm;
};

} // namespace terjime::store
