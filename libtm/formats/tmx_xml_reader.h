// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tmx_scanner.h"

#include "tm/core/result.h"
#include "tm/core/translation_unit.h"

#include <QString>
#include <QXmlStreamReader>

#include <optional>

namespace terjime::formats {

// One QXmlStreamReader over a slice of a TMX file, with errors located in the file (line and column of the token
// where the problem is, not of the slice), a check that no token carries a character XML 1.0 forbids, and the
// readers of what header, tu and tuv share (props, notes, text). Namespace processing is off: a slice does not see
// the namespace declarations of the root, and TMX has none of its own, so names are compared as written.
//
// The functions return false once an error is recorded (see error()); after that the stream reads no further.
class TmxXmlReader {
public:
    TmxXmlReader(const TmxSlice &slice, QString fileName);
    TmxXmlReader(const TmxXmlReader &) = delete;
    TmxXmlReader &operator=(const TmxXmlReader &) = delete;

    // Reads the next token; false at the end of the slice's document or on an error.
    bool next();
    QXmlStreamReader::TokenType token() const { return m_xml.tokenType(); }
    QStringView name() const { return m_xml.qualifiedName(); }
    QStringView text() const { return m_xml.text(); }
    bool isStart(QStringView name) const { return token() == QXmlStreamReader::StartElement && this->name() == name; }
    // The attributes of the current start element as written, in document order.
    core::Attributes attributes() const;
    // Reads past the end of the current start element.
    bool skipElement();
    // At a start element: the text up to its end (the text of any child element included).
    bool readText(QString &text);
    // At a <prop> or <note>: reads it (text normalised to NFC; lang from xml:lang or TMX 1.1's lang).
    bool readProperty(QList<core::Property> &properties);
    bool readNote(QList<core::Note> &notes);

    // Records an error at the start of the current token and stops reading.
    bool fail(core::ErrorCode code, const char *format, QStringList arguments = {});
    // The same at `offset` in the slice (a problem found at an end tag that belongs to its start tag).
    bool failAt(qsizetype offset, core::ErrorCode code, const char *format, QStringList arguments = {});
    bool failed() const { return m_error.has_value(); }
    const core::Error &error() const { return *m_error; }
    // The stream ran out before the document was complete (and nothing else was wrong).
    bool prematureEnd() const { return m_prematureEnd; }
    core::SourceLocation locate(qsizetype offset) const { return locateInSlice(m_slice, offset, m_fileName); }
    qsizetype tokenStart() const { return m_tokenStart; }

private:
    bool checkCharacters(QStringView text);

    const TmxSlice &m_slice;
    QString m_fileName;
    QXmlStreamReader m_xml;
    qsizetype m_tokenStart = 0;
    std::optional<core::Error> m_error;
    bool m_prematureEnd = false;
};

// Language codes as TMX files write them ("EN-US", "en_us", "*ALL*") in canonical form ("en-US", "*all*").
QString tmxLanguage(QStringView code);

} // namespace terjime::formats
