// SPDX-License-Identifier: GPL-3.0-or-later
#include "tmx_char_source.h"

#include "text_decoding.h"

namespace terjime::formats {
namespace {

constexpr qint64 kChunkSize = 64 * 1024;

struct Utf8Prefix {
    qsizetype valid = 0;     // bytes that decode to whole characters
    bool incomplete = false; // the rest is the start of a sequence that the next chunk may complete
};

// The longest prefix of strict UTF-8: overlong forms, surrogates and code points above U+10FFFF are invalid.
Utf8Prefix validUtf8Prefix(const QByteArray &bytes)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2, code = lead & 0x1F, minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, code = lead & 0x0F, minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, code = lead & 0x07, minimum = 0x10000;
        } else {
            return {i, false};
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return {i, true};
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if ((next & 0xC0) != 0x80)
                return {i, false};
            code = (code << 6) | (next & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return {i, false};
        i += length;
    }
    return {n, false};
}

} // namespace

TmxCharSource::TmxCharSource(std::unique_ptr<QIODevice> device, QString fileName)
    : m_device(std::move(device)), m_fileName(std::move(fileName))
{}

core::Status TmxCharSource::start()
{
    if (!m_device->isOpen() && !m_device->open(QIODevice::ReadOnly)) {
        return core::makeError(core::ErrorCode::Io, core::N_("cannot open the file (%1)"), {m_device->errorString()},
                               {m_fileName, 0, 0});
    }
    m_totalBytes = m_device->isSequential() ? 0 : m_device->size();
    if (!readChunk(m_pending))
        return m_error;
    if (m_pending.startsWith("\xEF\xBB\xBF"))
        return core::Done{};
    m_encoding = sniffUnicodeEncoding(m_pending);
    if (m_encoding.isEmpty()) {
        const QByteArray declared = declaredXmlEncoding(m_pending);
        const QByteArray lower = declared.toLower();
        if (lower != "utf-8" && lower != "utf8")
            m_encoding = declared;
    }
    if (m_encoding.isEmpty())
        return core::Done{};
    m_decoder.emplace(m_encoding.constData());
    if (!m_decoder->isValid()) {
        return core::makeError(core::ErrorCode::Unsupported, core::N_("the encoding %1 is not supported"),
                               {QString::fromLatin1(m_encoding)}, {m_fileName, 0, 0});
    }
    return core::Done{};
}

bool TmxCharSource::readChunk(QByteArray &chunk)
{
    chunk.resize(kChunkSize);
    const qint64 got = m_device->read(chunk.data(), kChunkSize);
    if (got < 0) {
        m_error = core::makeError(core::ErrorCode::Io, core::N_("cannot read the file (%1)"), {m_device->errorString()},
                                  {m_fileName, 0, 0});
        m_failed = true;
        chunk.clear();
        return false;
    }
    chunk.resize(got);
    m_bytesRead += got;
    return true;
}

TmxCharSource::Read TmxCharSource::readMore(QString &buffer)
{
    while (!m_failed) {
        if (m_invalidSeen) {
            failEncoding();
            break;
        }
        QByteArray chunk;
        if (!m_pending.isEmpty())
            chunk = std::exchange(m_pending, {});
        else if (!readChunk(chunk))
            break;
        if (chunk.isEmpty()) {
            // A sequence cut off by the end of the file is as invalid as a wrong byte.
            if (!m_utf8Carry.isEmpty()) {
                failEncoding();
                break;
            }
            return Read::End;
        }
        QString text = m_encoding.isEmpty() ? decodeUtf8(chunk) : decodeOther(chunk);
        if (m_atStart && !text.isEmpty()) {
            m_atStart = false;
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
        }
        if (!text.isEmpty()) {
            buffer += text;
            return Read::Data;
        }
    }
    return Read::Failed;
}

QString TmxCharSource::decodeUtf8(const QByteArray &chunk)
{
    const QByteArray bytes = m_utf8Carry + chunk;
    const Utf8Prefix prefix = validUtf8Prefix(bytes);
    if (prefix.incomplete)
        m_utf8Carry = bytes.mid(prefix.valid);
    else
        m_utf8Carry.clear();
    if (prefix.valid < bytes.size() && !prefix.incomplete)
        m_invalidSeen = true;
    return QString::fromUtf8(bytes.constData(), prefix.valid);
}

// Qt's decoders say that a chunk held an invalid byte, not where. A fresh decoder over ever shorter prefixes finds
// the first one (exact for single-byte encodings; a multi-byte sequence split across chunks may shift it).
QString TmxCharSource::decodeOther(const QByteArray &chunk)
{
    QString text = m_decoder->decode(chunk);
    if (!m_decoder->hasError())
        return text;
    m_invalidSeen = true;
    qsizetype good = 0;
    qsizetype bad = chunk.size();
    while (bad - good > 1) {
        const qsizetype middle = (good + bad) / 2;
        QStringDecoder probe(m_encoding.constData());
        const QString decoded = probe.decode(QByteArrayView(chunk).first(middle)); // decode() is lazy until converted
        (probe.hasError() ? bad : good) = middle;
    }
    QStringDecoder clean(m_encoding.constData());
    return clean.decode(QByteArrayView(chunk).first(good));
}

void TmxCharSource::failEncoding()
{
    const QString name = m_encoding.isEmpty() ? QStringLiteral("UTF-8") : QString::fromLatin1(m_encoding);
    m_error =
        core::makeError(core::ErrorCode::Encoding, core::N_("the bytes are not valid %1"), {name}, {m_fileName, 0, 0});
    m_failed = true;
}

} // namespace terjime::formats
