// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a whole TMX document in the TMX reader, writer and shared-file tests.
#pragma once

#include "tm/formats/tmx.h"

#include <QBuffer>
#include <QFileInfo>
#include <QString>

#include <optional>

namespace terjime::formats::testing {

struct TmxContent {
    TmxHeader header;
    QList<core::TranslationUnit> units;
    QList<TmxRejectedUnit> rejects;
    std::optional<core::Error> fatal; // from open() or from next()
};

inline TmxContent readAll(core::Result<TmxReader> reader)
{
    TmxContent content;
    if (!reader) {
        content.fatal = reader.error();
        return content;
    }
    content.header = reader->header();
    while (true) {
        auto item = reader->next();
        if (!item) {
            content.fatal = item.error();
            break;
        }
        if (std::holds_alternative<std::monostate>(*item))
            break;
        if (auto *unit = std::get_if<core::TranslationUnit>(&*item))
            content.units.append(std::move(*unit));
        else
            content.rejects.append(std::get<TmxRejectedUnit>(std::move(*item)));
    }
    return content;
}

inline QString dataPath(const char *name)
{
    return QStringLiteral(TERJIME_TEST_DATA_DIR "/tmx/") + QString::fromUtf8(name);
}

inline TmxContent readFile(const char *name)
{
    return readAll(TmxReader::open(dataPath(name)));
}

inline TmxContent readBytes(const QByteArray &bytes)
{
    return readAll(TmxReader::fromBytes(bytes, QStringLiteral("test.tmx")));
}

// A TMX 1.4 document around `units` (header on lines 1-3, so the first unit starts on line 5).
inline QByteArray wrapUnits(const QString &units)
{
    return (QStringLiteral(
                "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<header srclang=\"en\" datatype=\"plaintext\""
                " segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" creationtool=\"t\" "
                "creationtoolversion=\"1\"/>\n<body>\n") +
            units + QStringLiteral("\n</body>\n</tmx>\n"))
        .toUtf8();
}

// Canonical TMX of everything in `content` (units only), with the given tool version.
inline QByteArray writeAll(const TmxContent &content)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TmxWriter writer(buffer, QStringLiteral("test"));
    (void)writer.begin(content.header);
    for (const core::TranslationUnit &unit : content.units)
        (void)writer.write(unit);
    (void)writer.finish();
    return buffer.data();
}

} // namespace terjime::formats::testing
