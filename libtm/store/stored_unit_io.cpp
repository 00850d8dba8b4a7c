// SPDX-License-Identifier: GPL-3.0-or-later
#include "stored_unit_io.h"

#include "unit_codec.h"

namespace terjime::store {

core::Result<LoadedUnit> StoredUnitIo::load(qint64 key)
{
    auto unitRow = cachedStatement(m_db, m_selectUnit,
                                   "SELECT tuid, source_language, attributes, properties, notes FROM unit "
                                   "WHERE id = ?1");
    auto variantRows = cachedStatement(m_db, m_selectVariants,
                                       "SELECT id, language, text, codes, attributes, properties, notes "
                                       "FROM variant WHERE unit = ?1 ORDER BY ordinal");
    if (!unitRow || !variantRows)
        return !unitRow ? unitRow.error() : variantRows.error();
    Statement &unitQuery = **unitRow;
    unitQuery.bind(1, key);
    auto found = unitQuery.step();
    if (!found)
        return found.error();
    LoadedUnit loaded;
    if (!*found) {
        unitQuery.reset();
        return loaded;
    }
    loaded.key = key;
    loaded.unit.id = unitQuery.text(0);
    loaded.unit.sourceLanguage = unitQuery.text(1);
    loaded.unit.attributes = decodeAttributes(unitQuery.text(2));
    loaded.unit.properties = decodeProperties(unitQuery.text(3));
    loaded.unit.notes = decodeNotes(unitQuery.text(4));
    unitQuery.reset();

    Statement &variantQuery = **variantRows;
    variantQuery.bind(1, key);
    auto read = variantQuery.forEachRow([&] {
        loaded.variantIds.append(variantQuery.integer(0));
        core::Variant variant;
        variant.language = variantQuery.text(1);
        variant.segment = {variantQuery.text(2), decodeCodes(variantQuery.text(3))};
        variant.attributes = decodeAttributes(variantQuery.text(4));
        variant.properties = decodeProperties(variantQuery.text(5));
        variant.notes = decodeNotes(variantQuery.text(6));
        loaded.unit.variants.append(std::move(variant));
    });
    if (!read)
        return read.error();
    return loaded;
}

QStringList StoredUnitIo::indexTerms(const core::Variant &variant)
{
    const QString language = text::primaryLanguage(variant.language);
    QStringList terms;
    for (const text::MatchToken &token : m_tokenizer.tokenize(variant.language, variant.segment.text)) {
        // A token never holds a space (ICU breaks there), so the index tokenizer's split at spaces restores it.
        if (token.kind != text::MatchTokenKind::Punctuation)
            terms.append(language + u':' + token.folded);
    }
    return terms;
}

void StoredUnitIo::countTerms(QStringList terms)
{
    terms.removeDuplicates();
    for (const QString &term : terms)
        ++m_pendingTermCounts[termKey(term)];
}

core::Status StoredUnitIo::flushTermCounts()
{
    auto count = cachedStatement(m_db, m_countTerm,
                                 "INSERT INTO word_frequency (term_key, variants) VALUES (?1, ?2) "
                                 "ON CONFLICT (term_key) DO UPDATE SET variants = variants + ?2");
    if (!count)
        return count.error();
    for (const auto &[key, variants] : m_pendingTermCounts) {
        if (auto done = (*count)->bind(1, key).bind(2, variants).run(); !done)
            return done;
    }
    m_pendingTermCounts.clear();
    return core::Done{};
}

core::Status StoredUnitIo::insertVariant(qint64 unitKey, int ordinal, const core::Variant &variant)
{
    auto insert = cachedStatement(m_db, m_insertVariant,
                                  "INSERT INTO variant (unit, ordinal, language, text, codes, text_key, "
                                  "attributes, properties, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                                  "?9)");
    auto words = cachedStatement(m_db, m_insertWords, "INSERT INTO variant_words (rowid, words) VALUES (?1, ?2)");
    if (!insert || !words)
        return !insert ? insert.error() : words.error();
    (*insert)
        ->bind(1, unitKey)
        .bind(2, qint64(ordinal))
        .bind(3, variant.language)
        .bind(4, variant.segment.text)
        .bind(5, encodeCodes(variant.segment.codes))
        .bind(6, textKey(text::primaryLanguage(variant.language), variant.segment.text))
        .bind(7, encodeAttributes(variant.attributes))
        .bind(8, encodeProperties(variant.properties))
        .bind(9, encodeNotes(variant.notes));
    if (auto done = (*insert)->run(); !done)
        return done;
    const QStringList terms = indexTerms(variant);
    (*words)->bind(1, m_db.lastInsertId()).bind(2, terms.join(u' '));
    if (auto done = (*words)->run(); !done)
        return done;
    countTerms(terms);
    return core::Done{};
}

core::Result<qint64> StoredUnitIo::insert(const core::TranslationUnit &unit)
{
    auto insert = cachedStatement(m_db, m_insertUnit,
                                  "INSERT INTO unit (tuid, source_language, attributes, properties, notes) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return insert.error();
    (*insert)
        ->bind(1, unit.id)
        .bind(2, unit.sourceLanguage)
        .bind(3, encodeAttributes(unit.attributes))
        .bind(4, encodeProperties(unit.properties))
        .bind(5, encodeNotes(unit.notes));
    if (auto done = (*insert)->run(); !done)
        return done.error();
    const qint64 key = m_db.lastInsertId();
    if (unit.id.isEmpty()) {
        auto setTuid = cachedStatement(m_db, m_setTuid, "UPDATE unit SET tuid = ?2 WHERE id = ?1");
        if (!setTuid)
            return setTuid.error();
        if (auto done = (*setTuid)->bind(1, key).bind(2, QString::number(key)).run(); !done)
            return done.error();
    }
    for (qsizetype i = 0; i < unit.variants.size(); ++i) {
        if (auto done = insertVariant(key, int(i), unit.variants[i]); !done)
            return done.error();
    }
    return key;
}

core::Status StoredUnitIo::rewrite(const LoadedUnit &existing, const core::TranslationUnit &merged)
{
    auto updateUnit = cachedStatement(m_db, m_updateUnit,
                                      "UPDATE unit SET attributes = ?2, properties = ?3, notes = ?4 "
                                      "WHERE id = ?1");
    auto updateVariant = cachedStatement(m_db, m_updateVariant,
                                         "UPDATE variant SET attributes = ?2, properties = ?3, notes = ?4 "
                                         "WHERE id = ?1");
    if (!updateUnit || !updateVariant)
        return !updateUnit ? updateUnit.error() : updateVariant.error();
    (*updateUnit)
        ->bind(1, existing.key)
        .bind(2, encodeAttributes(merged.attributes))
        .bind(3, encodeProperties(merged.properties))
        .bind(4, encodeNotes(merged.notes));
    if (auto done = (*updateUnit)->run(); !done)
        return done;
    for (qsizetype i = 0; i < merged.variants.size(); ++i) {
        const core::Variant &variant = merged.variants[i];
        if (i >= existing.variantIds.size()) {
            if (auto done = insertVariant(existing.key, int(i), variant); !done)
                return done;
            continue;
        }
        if (variant == existing.unit.variants[i])
            continue;
        (*updateVariant)
            ->bind(1, existing.variantIds[i])
            .bind(2, encodeAttributes(variant.attributes))
            .bind(3, encodeProperties(variant.properties))
            .bind(4, encodeNotes(variant.notes));
        if (auto done = (*updateVariant)->run(); !done)
            return done;
    }
    return core::Done{};
}

core::Result<QList<qint64>> StoredUnitIo::unitsWithText(const QString &language, const QString &text)
{
    // Rows come in index order (text key, then row id), so units come in the order they were stored; a unit with
    // the text twice is kept once here rather than with DISTINCT, which would sort in a temporary table per call.
    auto select = cachedStatement(m_db, m_selectByText, "SELECT unit FROM variant WHERE text_key = ?1 AND text = ?2");
    if (!select)
        return select.error();
    Statement &query = **select;
    query.bind(1, textKey(language, text)).bind(2, text);
    QList<qint64> keys;
    auto read = query.forEachRow([&] {
        if (!keys.contains(query.integer(0)))
            keys.append(query.integer(0));
    });
    if (!read)
        return read.error();
    return keys;
}

core::Result<QList<qint64>> StoredUnitIo::unitsSharingAVariant(const core::TranslationUnit &unit)
{
    QList<qint64> keys;
    for (const core::Variant &variant : unit.variants) {
        auto found = unitsWithText(text::primaryLanguage(variant.language), variant.segment.text);
        if (!found)
            return found.error();
        for (qint64 key : *found) {
            if (!keys.contains(key))
                keys.append(key);
        }
    }
    return keys;
}

} // namespace terjime::store
