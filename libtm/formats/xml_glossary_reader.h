// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/core/error.h"
#include "tm/glossary/glossary.h"

#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>

namespace terjime::formats {

// What the XML glossary readers (TBX, MultiTerm) share: the stream, errors that name the file, line and column,
// element text cleaned as glossary text, and a walk that hands every start and end element to the reader.
class XmlGlossaryReader {
protected:
    XmlGlossaryReader(const QString &xml, const QString &fileName) : m_xml(xml), m_fileName(fileName) {}
    virtual ~XmlGlossaryReader() = default;
    XmlGlossaryReader(const XmlGlossaryReader &) = delete;
    XmlGlossaryReader &operator=(const XmlGlossaryReader &) = delete;

    core::Error error(core::ErrorCode code, const char *format, QStringList arguments = {}) const
    {
        return core::makeError(code, format, std::move(arguments),
                               {m_fileName, int(m_xml.lineNumber()), std::max(1, int(m_xml.columnNumber()))});
    }
    // Qt's description of a malformed document is in English; it is passed on as the detail of our message.
    core::Error xmlError() const
    {
        return error(core::ErrorCode::Syntax, core::N_("malformed XML: %1"), {m_xml.errorString()});
    }
    QString elementText() { return glossary::cleanText(m_xml.readElementText(QXmlStreamReader::IncludeChildElements)); }
    void walk()
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement)
                startElement();
            else if (token == QXmlStreamReader::EndElement)
                endElement();
        }
    }
    virtual void startElement() = 0;
    virtual void endElement() = 0;

    QXmlStreamReader m_xml;
    QString m_fileName;
};

} // namespace terjime::formats
