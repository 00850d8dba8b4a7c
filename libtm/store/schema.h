// SPDX-License-Identifier: GPL-3.0-or-later
// The memory's SQLite schema and its migrations. Private to the store module.
#pragma once

#include "sqlite_handle.h"

namespace terjime::store {

// Identifies a Terjime memory among SQLite files (PRAGMA application_id): "Tjm1".
inline constexpr int kApplicationId = 0x546A6D31;

// Brings the database to the current schema: creates it in an empty file, migrates an older one, and refuses a file
// that is another program's database or was written by a newer Terjime. Runs in one write transaction, so two
// processes opening a new memory at once do not both create it.
core::Status prepareSchema(Database &db);

} // namespace terjime::store
