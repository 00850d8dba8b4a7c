// SPDX-License-Identifier: GPL-3.0-or-later
#include "tmx_xml_reader.h"

#include "tmx_markup.h"

#include "tm/text/normalizer.h"

namespace terjime::formats {

QString tmxLanguage(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    if (trimmed.compare(u"*all*", Qt::CaseInsensitive) == 0)
        return QStringLiteral("*all*");
    return core::canonicalLanguageTag(trimmed);
}

TmxXmlReader::TmxXmlReader(const TmxSlice &slice, QString fileName)
    : m_slice(slice), m_fileName(std::move(fileName)), m_xml(slice.text)
{
    m_xml.setNamespaceProcessing(false);
}

bool TmxXmlReader::next()
{
    if (m_error)
        return false;
    m_tokenStart = m_xml.characterOffset();
    m_xml.readNext();
    if (m_xml.hasError()) {
        m_prematureEnd = m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError;
        // Qt describes the problem in English; it is passed on as the detail of our message.
        m_error = core::makeError(core::ErrorCode::Syntax, core::N_("malformed XML: %1"), {m_xml.errorString()},
                                  locate(m_xml.characterOffset()));
        return false;
    }
    // Qt's offset after a token may already include the '<' of the next tag, so the start of a tag is found from
    // its end: no '<' can stand inside a tag.
    const QXmlStreamReader::TokenType type = m_xml.tokenType();
    if (type == QXmlStreamReader::StartElement || type == QXmlStreamReader::EndElement)
        m_tokenStart = std::max<qsizetype>(0, m_slice.text.lastIndexOf(u'<', m_xml.characterOffset() - 1));
    switch (type) {
    case QXmlStreamReader::EndDocument: return false;
    case QXmlStreamReader::StartElement:
        for (const QXmlStreamAttribute &attribute : m_xml.attributes()) {
            if (!checkCharacters(attribute.value()))
                return false;
        }
        return true;
    case QXmlStreamReader::Characters:
    case QXmlStreamReader::Comment: return checkCharacters(m_xml.text());
    case QXmlStreamReader::ProcessingInstruction: return checkCharacters(m_xml.processingInstructionData());
    default: return true;
    }
}

// Qt refuses a forbidden character reference such as &#1; but lets lone surrogates (and, from UTF-16 input, other
// characters) through.
bool TmxXmlReader::checkCharacters(QStringView text)
{
    const qsizetype bad = firstNonXmlChar(text);
    if (bad < 0)
        return true;
    const QString code = QStringLiteral("%1").arg(int(text[bad].unicode()), 4, 16, QLatin1Char('0')).toUpper();
    return fail(core::ErrorCode::Syntax, core::N_("character U+%1 is not allowed in XML"), {code});
}

core::Attributes TmxXmlReader::attributes() const
{
    core::Attributes result;
    for (const QXmlStreamAttribute &attribute : m_xml.attributes())
        result.append({attribute.qualifiedName().toString(), attribute.value().toString()});
    return result;
}

bool TmxXmlReader::skipElement()
{
    int depth = 1;
    while (depth > 0 && next()) {
        if (token() == QXmlStreamReader::StartElement)
            ++depth;
        else if (token() == QXmlStreamReader::EndElement)
            --depth;
    }
    return depth == 0;
}

bool TmxXmlReader::readText(QString &text)
{
    int depth = 1;
    while (depth > 0 && next()) {
        if (token() == QXmlStreamReader::StartElement)
            ++depth;
        else if (token() == QXmlStreamReader::EndElement)
            --depth;
        else if (token() == QXmlStreamReader::Characters)
            text += m_xml.text();
    }
    return depth == 0;
}

namespace {

QString languageAttribute(const QXmlStreamAttributes &attributes)
{
    QStringView value = attributes.value(QLatin1String("xml:lang"));
    if (value.isEmpty())
        value = attributes.value(QLatin1String("lang"));
    return value.isEmpty() ? QString() : tmxLanguage(value);
}

} // namespace

bool TmxXmlReader::readProperty(QList<core::Property> &properties)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    core::Property property;
    property.type = attributes.value(QLatin1String("type")).toString();
    property.lang = languageAttribute(attributes);
    property.encoding = attributes.value(QLatin1String("o-encoding")).toString();
    if (!readText(property.value))
        return false;
    property.value = text::toNfc(property.value);
    properties.append(std::move(property));
    return true;
}

bool TmxXmlReader::readNote(QList<core::Note> &notes)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    core::Note note;
    note.lang = languageAttribute(attributes);
    note.encoding = attributes.value(QLatin1String("o-encoding")).toString();
    if (!readText(note.text))
        return false;
    note.text = text::toNfc(note.text);
    notes.append(std::move(note));
    return true;
}

bool TmxXmlReader::fail(core::ErrorCode code, const char *format, QStringList arguments)
{
    return failAt(m_tokenStart, code, format, std::move(arguments));
}

bool TmxXmlReader::failAt(qsizetype offset, core::ErrorCode code, const char *format, QStringList arguments)
{
    if (!m_error)
        m_error = core::makeError(code, format, std::move(arguments), locate(offset));
    m_xml.raiseError(QStringLiteral("stopped"));
    return false;
}

} // namespace terjime::formats
