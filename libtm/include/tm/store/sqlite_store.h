// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/core/result.h"
#include "tm/store/tm_store.h"

#include <QString>

#include <memory>

namespace terjime::store {

enum class OpenMode {
    CreateIfMissing, // a missing file becomes a new, empty memory
    MustExist,       // a missing file is an error (lookups, exports)
};

// The schema version this build writes; older memories are migrated when opened, newer ones refused.
inline constexpr int kSchemaVersion = 1;

// Opens a memory stored in one SQLite file: WAL journal, a busy timeout so that concurrent writers wait for each
// other, foreign keys on. Fails with a clear error for a file that is not a Terjime memory (another SQLite database,
// or not a database at all) or that a newer Terjime wrote.
core::Result<std::unique_ptr<TmStore>> openSqliteStore(const QString &path, OpenMode mode);

// The memory used when none is named: $TERJIME_TM if set, else memory.sqlite in the user's data folder
// ($XDG_DATA_HOME/terjime, by default ~/.local/share/terjime).
QString defaultMemoryPath();

} // namespace terjime::store
