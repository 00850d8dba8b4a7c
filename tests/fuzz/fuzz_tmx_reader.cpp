// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: bytes → formats::TmxReader, unit by unit to the end. Errors must be located in the input, rejected
// units must carry their raw text, the units read must write as canonical TMX that reads back to the same units and
// the same bytes, and their rejects file must be writable.
#include "tm/formats/tmx.h"

#include <QBuffer>
#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace terjime;

void fail(const char *why)
{
    std::fprintf(stderr, "fuzz_tmx_reader: %s\n", why);
    std::abort();
}

struct Content {
    formats::TmxHeader header;
    QList<core::TranslationUnit> units;
    QList<formats::TmxRejectedUnit> rejects;
    bool fatal = false;
};

Content readAll(const QByteArray &bytes, int lines)
{
    Content content;
    auto reader = formats::TmxReader::fromBytes(bytes, QStringLiteral("f.tmx"));
    if (!reader) {
        if (reader.error().where.line > lines + 1)
            fail("open error located after the end of the input");
        content.fatal = true;
        return content;
    }
    content.header = reader->header();
    while (true) {
        auto item = reader->next();
        if (!item) {
            if (item.error().where.line > lines + 1)
                fail("error located after the end of the input");
            content.fatal = true;
            break;
        }
        if (std::holds_alternative<std::monostate>(*item))
            break;
        if (auto *unit = std::get_if<core::TranslationUnit>(&*item)) {
            if (unit->variants.isEmpty())
                fail("a unit without variants");
            for (const core::Variant &variant : unit->variants) {
                if (variant.language.isEmpty())
                    fail("a variant without a language");
                qsizetype previous = 0;
                for (const core::InlineCode &code : variant.segment.codes) {
                    if (code.position < previous || code.position > variant.segment.text.size())
                        fail("code positions out of order or outside the text");
                    previous = code.position;
                }
            }
            content.units.append(std::move(*unit));
        } else {
            auto &rejected = std::get<formats::TmxRejectedUnit>(*item);
            if (!rejected.rawText.startsWith(QStringLiteral("<tu")))
                fail("a rejected unit whose raw text does not start with <tu");
            const auto &where = rejected.error.where;
            if (where.line < 1 || where.column < 1 || where.line > lines + 1)
                fail("a rejected unit without a location in the input");
            content.rejects.append(std::move(rejected));
        }
        if (reader->bytesRead() > reader->totalBytes())
            fail("more bytes read than the input holds");
    }
    return content;
}

QByteArray write(const Content &content)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    formats::TmxWriter writer(buffer, QStringLiteral("fuzz"));
    if (!writer.begin(content.header))
        fail("writing to a buffer failed");
    for (const core::TranslationUnit &unit : content.units)
        (void)writer.write(unit);
    (void)writer.finish();
    return buffer.data();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Content first = readAll(bytes, int(bytes.count('\n') + bytes.count('\r')) + 1);
    if (first.fatal && first.units.isEmpty())
        return 0;
    const QByteArray once = write(first);
    const Content second = readAll(once, int(once.count('\n')) + 1);
    if (second.fatal || !second.rejects.isEmpty())
        fail("the canonical export does not read back cleanly");
    if (second.units != first.units)
        fail("the canonical export reads back to other units");
    if (second.header.sourceLanguage != first.header.sourceLanguage)
        fail("the header's source language changed");
    if (write(second) != once)
        fail("read -> write -> read -> write is not a fixed point");
    QBuffer rejects;
    rejects.open(QIODevice::WriteOnly);
    formats::TmxWriter rejectsWriter(rejects, QStringLiteral("fuzz"));
    (void)rejectsWriter.begin(first.header);
    for (const formats::TmxRejectedUnit &rejected : first.rejects) {
        if (!rejectsWriter.writeRejected(rejected))
            fail("writing a rejected unit failed");
    }
    return 0;
}
