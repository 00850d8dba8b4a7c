// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/core/error.h"

namespace terjime::core {

QString Error::prefixLocation(const QString &message) const
{
    QString prefix;
    if (!where.file.isEmpty())
        prefix = where.file;
    if (where.line > 0) {
        prefix += (prefix.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(where.line);
        if (where.column > 0)
            prefix += QStringLiteral(":") + QString::number(where.column);
    }
    return prefix.isEmpty() ? message : prefix + QStringLiteral(": ") + message;
}

Error makeError(ErrorCode code, const char *format, QStringList arguments, SourceLocation where)
{
    return Error{code, format, std::move(arguments), std::move(where)};
}

} // namespace terjime::core
