// SPDX-License-Identifier: GPL-3.0-or-later
// Thin RAII over SQLite's C API: a connection and prepared statements, with errors as core::Error. Private to the
// store module.
#pragma once

#include "tm/core/result.h"

#include <QString>

#include <optional>

#include <sqlite3.h>

namespace terjime::store {

class Statement;

// One SQLite connection. Move-only; closes on destruction.
class Database {
public:
    // Opens (or, with `create`, creates) the file. Opening does not read it: SQLite notices a file that is not a
    // database only at the first statement.
    static core::Result<Database> open(const QString &path, bool create);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    ~Database();

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }

    // Runs one or more statements that return no rows.
    core::Status execute(const char *sql);
    core::Result<Statement> prepare(const char *sql);
    // The error SQLite reports for the last failed call, located at the database file.
    core::Error lastError(const char *what) const;
    qint64 lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
    // True when the last failed call failed because another connection held a lock.
    bool lastFailedBusy() const { return (sqlite3_errcode(m_db) & 0xFF) == SQLITE_BUSY; }

private:
    Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// A prepared statement. bind*() take 1-based parameter indexes; step() returns true while there is a row.
class Statement {
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QString &value);
    Statement &bindNull(int index);
    core::Result<bool> step();
    // Runs a statement that returns no rows (or ignores them) and resets it.
    core::Status run();
    void reset();
    // Calls `visit()` for each result row (read the columns in it), then resets the statement.
    template <typename Visit>
    core::Status forEachRow(Visit &&visit)
    {
        while (true) {
            auto row = step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            visit();
        }
        reset();
        return core::Done{};
    }

    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    QString text(int column) const;
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

private:
    friend class Database;
    Statement(const Database *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    const Database *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

// The statement in `slot`, prepared from `sql` on first use: what a class runs often is prepared once.
core::Result<Statement *> cachedStatement(Database &db, std::optional<Statement> &slot, const char *sql);

// A transaction that rolls back unless committed. BEGIN IMMEDIATE takes the write lock at once, so two writers wait
// for each other (busy timeout) instead of failing to upgrade a read lock.
class Transaction {
public:
    static core::Result<Transaction> begin(Database &db);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    ~Transaction();
    core::Status commit();

private:
    explicit Transaction(Database *db) : m_db(db) {}
    Database *m_db = nullptr;
};

} // namespace terjime::store
