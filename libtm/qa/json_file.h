// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a small JSON file with errors that say where: the file, and the line and column of a syntax error.
#pragma once

#include "tm/core/result.h"

#include <QJsonObject>
#include <QString>

namespace terjime::qa {

// The top-level object of a JSON file.
core::Result<QJsonObject> readJsonObjectFile(const QString &path);

} // namespace terjime::qa
