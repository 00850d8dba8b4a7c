// SPDX-License-Identifier: GPL-3.0-or-later
#include "tmx_char_source.h"
#include "tmx_scanner.h"
#include "tmx_unit_parser.h"

#include "tm/formats/tmx.h"

#include <QBuffer>
#include <QFile>

#include <optional>

namespace terjime::formats {

struct TmxReader::Private {
    Private(std::unique_ptr<QIODevice> device, const QString &name)
        : fileName(name), source(std::move(device), name), scanner(source, name)
    {}

    QString fileName;
    TmxCharSource source;
    TmxScanner scanner;
    TmxHeader header;
    std::optional<core::Error> fatal;
    bool ended = false;
    int lastUnitLine = 0;
};

TmxReader::TmxReader(std::unique_ptr<Private> p) : d(std::move(p)) {}
TmxReader::TmxReader(TmxReader &&) noexcept = default;
TmxReader &TmxReader::operator=(TmxReader &&) noexcept = default;
TmxReader::~TmxReader() = default;

core::Result<TmxReader> TmxReader::open(const QString &path)
{
    return open(std::make_unique<QFile>(path), path);
}

core::Result<TmxReader> TmxReader::open(std::unique_ptr<QIODevice> device, const QString &fileName)
{
    auto p = std::make_unique<Private>(std::move(device), fileName);
    if (const core::Status started = p->source.start(); !started)
        return started.error();
    const auto headerSlice = p->scanner.readHeader();
    if (!headerSlice)
        return headerSlice.error();
    auto header = parseTmxHeader(*headerSlice, fileName);
    if (!header)
        return header.error();
    p->header = std::move(*header);
    return TmxReader(std::move(p));
}

core::Result<TmxReader> TmxReader::fromBytes(const QByteArray &bytes, const QString &fileName)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    return open(std::move(buffer), fileName);
}

const TmxHeader &TmxReader::header() const
{
    return d->header;
}

core::Result<TmxItem> TmxReader::next()
{
    if (d->fatal)
        return *d->fatal;
    if (d->ended)
        return TmxItem{};
    auto slice = d->scanner.nextUnit();
    if (!slice) {
        d->fatal = slice.error();
        return slice.error();
    }
    if (std::holds_alternative<std::monostate>(*slice)) {
        d->ended = true;
        return TmxItem{};
    }
    TmxSlice &unitSlice = std::get<TmxSlice>(*slice);
    d->lastUnitLine = unitSlice.line;
    auto unit = parseTmxUnit(unitSlice, d->fileName, d->header.sourceLanguage);
    if (!unit)
        return TmxItem{TmxRejectedUnit{unit.error(), std::move(unitSlice.text)}};
    return TmxItem{std::move(*unit)};
}

int TmxReader::lastUnitLine() const
{
    return d->lastUnitLine;
}

qint64 TmxReader::bytesRead() const
{
    return d->source.bytesRead();
}

qint64 TmxReader::totalBytes() const
{
    return d->source.totalBytes();
}

} // namespace terjime::formats
