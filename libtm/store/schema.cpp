// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "tm/store/sqlite_store.h"

namespace terjime::store {
namespace {

// Version 1. A unit row holds what belongs to the whole unit; a variant row one language version. JSON columns hold
// what SQL never searches (unit_codec.h). variant_words is the full-text index of every variant's match tokens
// (word_index_tokenizer.h); contentless, since the text is in `variant`, with rowid = variant.id. word_frequency
// counts the variants each indexed term occurs in, by a 63-bit key of the term (unit_codec.h's textKey): fuzzy lookup
// reads it to pick a query's rarest words
// (FTS5's own vocabulary table answers that in time that grows with the index).
constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE unit (
    id INTEGER PRIMARY KEY,
    tuid TEXT NOT NULL,
    source_language TEXT NOT NULL,
    attributes TEXT NOT NULL,
    properties TEXT NOT NULL,
    notes TEXT NOT NULL
);
CREATE INDEX unit_by_tuid ON unit(tuid);
CREATE TABLE variant (
    id INTEGER PRIMARY KEY,
    unit INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    codes TEXT NOT NULL,
    text_key INTEGER NOT NULL,
    attributes TEXT NOT NULL,
    properties TEXT NOT NULL,
    notes TEXT NOT NULL
);
CREATE INDEX variant_by_unit ON variant(unit, ordinal);
CREATE INDEX variant_by_text ON variant(text_key);
CREATE VIRTUAL TABLE variant_words USING fts5(words, content='', tokenize='terjime_words');
CREATE TABLE word_frequency (
    term_key INTEGER PRIMARY KEY,
    variants INTEGER NOT NULL
);
)sql";

struct Migration {
    int toVersion;
    const char *sql;
};
// Each entry migrates from the version before it; a new schema version appends one, never edits an old one.
constexpr Migration kMigrations[] = {{1, kSchemaV1}};

core::Result<qint64> pragmaValue(Database &db, const char *sql)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->integer(0) : 0;
}

core::Error notAMemory(const Database &db)
{
    return core::makeError(core::ErrorCode::Syntax,
                           core::N_("not a Terjime memory: the file is an SQLite database of another program"), {},
                           {db.path(), 0, 0});
}

core::Status migrate(Database &db, int fromVersion)
{
    for (const Migration &migration : kMigrations) {
        if (migration.toVersion <= fromVersion)
            continue;
        if (auto done = db.execute(migration.sql); !done)
            return done;
    }
    const QByteArray pragmas = QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = %2;")
                                   .arg(kApplicationId)
                                   .arg(kSchemaVersion)
                                   .toLatin1();
    return db.execute(pragmas.constData());
}

} // namespace

core::Status prepareSchema(Database &db)
{
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto applicationId = pragmaValue(db, "PRAGMA application_id");
    auto version = pragmaValue(db, "PRAGMA user_version");
    auto tables = pragmaValue(db, "SELECT count(*) FROM sqlite_schema");
    if (!applicationId || !version || !tables)
        return !applicationId ? applicationId.error() : !version ? version.error() : tables.error();
    if (*applicationId != kApplicationId && (*applicationId != 0 || *tables != 0))
        return notAMemory(db);
    if (*version > kSchemaVersion) {
        return core::makeError(core::ErrorCode::Unsupported,
                               core::N_("the memory has schema version %1, newer than this Terjime knows (%2)"),
                               {QString::number(*version), QString::number(kSchemaVersion)}, {db.path(), 0, 0});
    }
    if (*version < kSchemaVersion) {
        if (auto migrated = migrate(db, int(*version)); !migrated)
            return migrated;
    }
    return transaction->commit();
}

} // namespace terjime::store
