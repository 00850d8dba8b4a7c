// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/core/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringDecoder>

#include <memory>
#include <optional>

namespace terjime::formats {

// The characters of an XML file, decoded chunk by chunk so that memory does not grow with the file. The encoding is
// detected once from the first chunk (see TmxReader in tm/formats/tmx.h); decoding is strict: the text before the
// first invalid byte is delivered, then the failure.
class TmxCharSource {
public:
    TmxCharSource(std::unique_ptr<QIODevice> device, QString fileName);

    // Opens the device if needed and detects the encoding. Errors: Io, Unsupported.
    core::Status start();

    enum class Read { Data, End, Failed };
    // Appends at least one decoded character to `buffer` (Data), or reports the end of the input or a failure. An
    // Encoding error carries no line or column: they are those of the end of the text delivered so far, which the
    // caller knows.
    Read readMore(QString &buffer);
    const core::Error &error() const { return m_error; }

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }

private:
    bool readChunk(QByteArray &chunk);
    QString decodeUtf8(const QByteArray &chunk);
    QString decodeOther(const QByteArray &chunk);
    void failEncoding();

    std::unique_ptr<QIODevice> m_device;
    QString m_fileName;
    QByteArray m_encoding; // empty for UTF-8, which is decoded here (strictly, with a carry between chunks)
    // Every other encoding. Constructed in place: a moved QStringDecoder that Qt backs with ICU stops reporting
    // errors (Qt 6.4).
    std::optional<QStringDecoder> m_decoder;
    QByteArray m_pending;       // bytes read for detection, not yet decoded
    QByteArray m_utf8Carry;     // an incomplete UTF-8 sequence at the end of the last chunk
    bool m_atStart = true;      // the byte order mark is dropped from the first text
    bool m_invalidSeen = false; // the text delivered last ends where an invalid byte starts
    bool m_failed = false;
    core::Error m_error;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
};

} // namespace terjime::formats
