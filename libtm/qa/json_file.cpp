// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_file.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace terjime::qa {

namespace {

using core::N_;

// Line and column (1-based, code points) of a UTF-8 byte offset.
core::SourceLocation locationOf(const QString &path, const QByteArray &bytes, qsizetype offset)
{
    core::SourceLocation where{path, 1, 1};
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte == '\n') {
            ++where.line;
            where.column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++where.column; // continuation bytes belong to the code point before them
        }
    }
    return where;
}

} // namespace

core::Result<QJsonObject> readJsonObjectFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::makeError(core::ErrorCode::Io, N_("Cannot read %1: %2"), {path, file.errorString()}, {path, 0, 0});
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return core::makeError(core::ErrorCode::Syntax, N_("Malformed JSON: %1."), {parseError.errorString()},
                               locationOf(path, bytes, parseError.offset));
    if (!document.isObject())
        return core::makeError(core::ErrorCode::Syntax, N_("Expected a JSON object at the top level."), {},
                               {path, 1, 1});
    return document.object();
}

} // namespace terjime::qa
