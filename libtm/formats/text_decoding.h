// SPDX-License-Identifier: GPL-3.0-or-later
// Turning the bytes of a glossary file into text, strictly: invalid bytes are an Encoding error, never replaced.
#pragma once

#include "tm/core/result.h"

#include <QByteArray>
#include <QString>

namespace terjime::formats {

// The encoding a byte order mark announces, or, without one, the one NUL bytes give away in text that is mostly
// ASCII (UTF-16LE "a\0b\0", UTF-16BE "\0a\0b"). Empty when neither applies.
QByteArray sniffUnicodeEncoding(const QByteArray &bytes);

// The encoding named by `<?xml … encoding="…"?>`, read from the ASCII bytes at the start (after a UTF-8 byte order
// mark); empty when absent.
QByteArray declaredXmlEncoding(const QByteArray &bytes);

// Decodes an XML document: UTF-16 or UTF-32 by byte order mark or NUL pattern, else the encoding of the XML
// declaration (UTF-8 when absent). The BOM is dropped.
core::Result<QString> decodeXml(const QByteArray &bytes, const QString &fileName);

// Decodes a tabular file: UTF-16 by BOM or NUL pattern, else strict UTF-8. The BOM is dropped.
core::Result<QString> decodeTabular(const QByteArray &bytes, const QString &fileName);

} // namespace terjime::formats
