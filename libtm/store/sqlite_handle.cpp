// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite_handle.h"

#include <cstdio>
#include <utility>

namespace terjime::store {

core::Result<Database> Database::open(const QString &path, bool create)
{
    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        return core::makeError(core::ErrorCode::Io, core::N_("cannot open the memory: %1"), {reason}, {path, 0, 0});
    }
    sqlite3_extended_result_codes(db, 1);
    return Database(db, path);
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        sqlite3_close(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Database::~Database()
{
    sqlite3_close(m_db);
}

core::Status Database::execute(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return lastError(sql);
    return core::Done{};
}

core::Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        return lastError(sql);
    return Statement(this, statement);
}

core::Error Database::lastError(const char *what) const
{
    Q_UNUSED(what);
    const int code = sqlite3_errcode(m_db);
    const QString reason = QString::fromUtf8(sqlite3_errmsg(m_db));
    if ((code & 0xFF) == SQLITE_NOTADB) {
        return core::makeError(core::ErrorCode::Syntax,
                               core::N_("not a Terjime memory: the file is not an SQLite "
                                        "database"),
                               {}, {m_path, 0, 0});
    }
    if ((code & 0xFF) == SQLITE_BUSY) {
        return core::makeError(core::ErrorCode::Io, core::N_("the memory is locked by another program: %1"), {reason},
                               {m_path, 0, 0});
    }
    return core::makeError(core::ErrorCode::Io, core::N_("database error: %1"), {reason}, {m_path, 0, 0});
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_statement(std::exchange(other.m_statement, nullptr))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = other.m_db;
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    // SQLITE_TRANSIENT: SQLite copies, so temporaries are safe to pass. An empty QString has a null data pointer,
    // which SQLite would store as NULL; bind an empty text instead.
    sqlite3_bind_text16(m_statement, index, value.isNull() ? static_cast<const void *>(u"") : value.utf16(),
                        int(value.size() * 2), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

core::Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    core::Error error = m_db->lastError(sqlite3_sql(m_statement));
    sqlite3_reset(m_statement);
    return error;
}

core::Status Statement::run()
{
    auto stepped = step();
    reset();
    if (!stepped)
        return stepped.error();
    return core::Done{};
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

QString Statement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return data ? QString::fromUtf16(data, bytes / 2) : QString();
}

core::Result<Statement *> cachedStatement(Database &db, std::optional<Statement> &slot, const char *sql)
{
    if (!slot) {
        auto prepared = db.prepare(sql);
        if (!prepared)
            return prepared.error();
        slot.emplace(std::move(*prepared));
    }
    return &*slot;
}

core::Result<Transaction> Transaction::begin(Database &db)
{
    if (auto begun = db.execute("BEGIN IMMEDIATE"); !begun)
        return begun.error();
    return Transaction(&db);
}

Transaction::Transaction(Transaction &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Transaction::~Transaction()
{
    if (m_db)
        (void)m_db->execute("ROLLBACK");
}

core::Status Transaction::commit()
{
    auto committed = m_db->execute("COMMIT");
    if (committed)
        m_db = nullptr;
    return committed;
}

} // namespace terjime::store
