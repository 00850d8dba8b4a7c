// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/core/result.h"

#include <QByteArrayView>
#include <QString>

namespace terjime::text {

// Decodes UTF-8 strictly: overlong forms, surrogates, code points above U+10FFFF and truncated sequences are errors
// (never silently replaced). A leading byte order mark is dropped. The error names `fileName`, the 1-based line and
// the 1-based column (in code points) of the first bad byte.
core::Result<QString> decodeUtf8(QByteArrayView bytes, const QString &fileName);

} // namespace terjime::text
