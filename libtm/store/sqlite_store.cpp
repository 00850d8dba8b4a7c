// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/store/sqlite_store.h"

#include "fuzzy_candidates.h"
#include "schema.h"
#include "sqlite_handle.h"
#include "stored_unit_io.h"
#include "word_index_tokenizer.h"

#include "tm/store/merge_policy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

namespace terjime::store {
namespace {

// How long a writer waits for another one's transaction before it gives up.
constexpr int kBusyTimeoutMs = 120000;

class SqliteTmStore final : public TmStore {
public:
    explicit SqliteTmStore(Database db) : m_db(std::move(db)), m_io(m_db), m_fuzzy(m_db) {}

    core::Result<QList<StoreOutcome>> store(const QList<core::TranslationUnit> &units) override;
    core::Result<QList<StoredUnit>> units(const QList<qint64> &keys) override;
    core::Result<QList<qint64>> exactCandidates(const QString &language, const QString &text) override;
    core::Result<QList<FuzzyCandidate>> fuzzyCandidates(const QString &language, const QStringList &words,
                                                        int limit) override;
    core::Result<QList<ConcordanceHit>> concordance(const QString &language, const QStringList &words, bool phrase,
                                                    int limit) override;
    core::Status forEachUnit(const std::function<bool(const StoredUnit &)> &visit) override;
    core::Result<MemoryStatistics> statistics() override;

private:
    core::Result<StoreOutcome> storeOne(const core::TranslationUnit &unit);

    Database m_db;
    StoredUnitIo m_io;
    FuzzyCandidateSearch m_fuzzy;
};

core::Result<QList<StoreOutcome>> SqliteTmStore::store(const QList<core::TranslationUnit> &units)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    QList<StoreOutcome> outcomes;
    outcomes.reserve(units.size());
    for (const core::TranslationUnit &unit : units) {
        auto outcome = storeOne(unit);
        if (!outcome) {
            m_io.discardTermCounts();
            return outcome.error();
        }
        outcomes.append(*outcome);
    }
    auto committed = m_io.flushTermCounts();
    if (committed)
        committed = transaction->commit();
    if (!committed) {
        m_io.discardTermCounts();
        return committed.error();
    }
    return outcomes;
}

core::Result<StoreOutcome> SqliteTmStore::storeOne(const core::TranslationUnit &unit)
{
    auto candidates = m_io.unitsSharingAVariant(unit);
    if (!candidates)
        return candidates.error();
    for (qint64 key : *candidates) {
        auto existing = m_io.load(key);
        if (!existing)
            return existing.error();
        if (!shouldMerge(existing->unit, unit))
            continue;
        const core::TranslationUnit merged = mergeUnits(existing->unit, unit);
        if (merged == existing->unit)
            return StoreOutcome::Unchanged;
        if (auto rewritten = m_io.rewrite(*existing, merged); !rewritten)
            return rewritten.error();
        return StoreOutcome::Merged;
    }
    if (auto inserted = m_io.insert(unit); !inserted)
        return inserted.error();
    return StoreOutcome::Added;
}

core::Result<QList<StoredUnit>> SqliteTmStore::units(const QList<qint64> &keys)
{
    QList<StoredUnit> found;
    found.reserve(keys.size());
    for (qint64 key : keys) {
        auto loaded = m_io.load(key);
        if (!loaded)
            return loaded.error();
        if (loaded->key != 0)
            found.append({loaded->key, std::move(loaded->unit)});
    }
    return found;
}

core::Result<QList<qint64>> SqliteTmStore::exactCandidates(const QString &language, const QString &text)
{
    return m_io.unitsWithText(language, text);
}

core::Result<QList<FuzzyCandidate>> SqliteTmStore::fuzzyCandidates(const QString &language, const QStringList &words,
                                                                   int limit)
{
    return m_fuzzy.candidates(language, words, limit);
}

core::Result<QList<ConcordanceHit>> SqliteTmStore::concordance(const QString &language, const QStringList &words,
                                                               bool phrase, int limit)
{
    if (words.isEmpty())
        return QList<ConcordanceHit>{};
    QStringList terms;
    for (const QString &word : words)
        terms.append(language + u':' + word);
    QString query;
    if (phrase) {
        query = quotedForIndex(terms.join(u' ')); // one phrase
    } else {
        QStringList quoted;
        for (const QString &word : words)
            quoted.append(quotedForIndex(language + u':' + word));
        query = quoted.join(QStringLiteral(" AND "));
    }
    auto statement = m_db.prepare("SELECT variant.unit, hit.rank FROM (SELECT rowid AS id, rank FROM variant_words "
                                  "WHERE variant_words MATCH ?1 ORDER BY rank LIMIT ?2) AS hit "
                                  "JOIN variant ON variant.id = hit.id ORDER BY hit.rank");
    if (!statement)
        return statement.error();
    statement->bind(1, query).bind(2, qint64(limit) * 2);
    QList<ConcordanceHit> hits;
    while (hits.size() < limit) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const qint64 key = statement->integer(0);
        const bool seen = std::any_of(hits.cbegin(), hits.cend(), [key](const auto &hit) { return hit.key == key; });
        if (!seen)
            hits.append({key, -statement->real(1)}); // FTS5 ranks lower-is-better
    }
    return hits;
}

core::Status SqliteTmStore::forEachUnit(const std::function<bool(const StoredUnit &)> &visit)
{
    auto statement = m_db.prepare("SELECT id FROM unit ORDER BY id");
    if (!statement)
        return statement.error();
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return core::Done{};
        auto loaded = m_io.load(statement->integer(0));
        if (!loaded)
            return loaded.error();
        if (!visit({loaded->key, std::move(loaded->unit)}))
            return core::Done{};
    }
}

core::Result<MemoryStatistics> SqliteTmStore::statistics()
{
    MemoryStatistics statistics;
    statistics.schemaVersion = kSchemaVersion;
    auto units = m_db.prepare("SELECT count(*) FROM unit");
    if (!units)
        return units.error();
    if (auto row = units->step(); !row)
        return row.error();
    statistics.units = units->integer(0);
    auto languages = m_db.prepare("SELECT language, count(*) FROM variant GROUP BY language ORDER BY language");
    if (!languages)
        return languages.error();
    auto read = languages->forEachRow([&] {
        statistics.variantsPerLanguage.append({languages->text(0), languages->integer(1)});
        statistics.variants += languages->integer(1);
    });
    if (!read)
        return read.error();
    return statistics;
}

// Changing the journal mode does not wait on the busy timeout: when two processes open a new memory at once, one of
// them finds the other's lock and fails at once. So retry, for as long as the busy timeout would have waited.
core::Status switchToWal(Database &db)
{
    QElapsedTimer waited;
    waited.start();
    while (true) {
        auto switched = db.execute("PRAGMA journal_mode = WAL");
        if (switched || !db.lastFailedBusy() || waited.elapsed() > kBusyTimeoutMs)
            return switched;
        QThread::msleep(20);
    }
}

core::Status configure(Database &db)
{
    // WAL lets lookups read while an import writes; NORMAL synchronisation is safe with WAL (a crash loses at most
    // the last transactions, never consistency). The long busy timeout makes a second importer wait for the first
    // one's batch instead of failing.
    // A larger page cache than SQLite's 2 MB default: imports and lookups touch indexes all over the file.
    const QByteArray pragmas = QByteArrayLiteral("PRAGMA busy_timeout = ") + QByteArray::number(kBusyTimeoutMs) +
                               QByteArrayLiteral("; PRAGMA cache_size = -65536");
    if (auto done = db.execute(pragmas.constData()); !done)
        return done;
    if (auto done = switchToWal(db); !done)
        return done;
    if (auto done = db.execute("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON"); !done)
        return done;
    return registerWordIndexTokenizer(db.handle());
}

} // namespace

core::Result<std::unique_ptr<TmStore>> openSqliteStore(const QString &path, OpenMode mode)
{
    const QFileInfo file(path);
    if (!file.exists()) {
        if (mode == OpenMode::MustExist) {
            return core::makeError(core::ErrorCode::Io, core::N_("there is no memory at this path"), {}, {path, 0, 0});
        }
        QDir().mkpath(file.absolutePath());
    } else if (file.isDir()) {
        return core::makeError(core::ErrorCode::Io, core::N_("the memory path is a folder"), {}, {path, 0, 0});
    }
    auto db = Database::open(path, mode == OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    if (auto configured = configure(*db); !configured)
        return configured.error();
    if (auto prepared = prepareSchema(*db); !prepared)
        return prepared.error();
    return std::unique_ptr<TmStore>(std::make_unique<SqliteTmStore>(std::move(*db)));
}

QString defaultMemoryPath()
{
    const QString fromEnvironment = qEnvironmentVariable("TERJIME_TM");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/terjime/memory.sqlite");
}

} // namespace terjime::store
