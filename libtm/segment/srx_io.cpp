// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/segment/srx_io.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace terjime::segment {
namespace {

bool yes(QStringView value)
{
    return value.compare(u"yes", Qt::CaseInsensitive) == 0;
}

// Offset of the first code unit that XML 1.0 does not allow in text (control characters, U+FFFE, U+FFFF, lone
// surrogates), or -1. Decoders of exotic declared encodings (UTF-7) can produce them, and a document holding one
// could not be written back.
qsizetype firstNonXmlCharacter(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i;
            continue;
        }
        const bool allowed =
            c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
        if (!allowed)
            return i;
    }
    return -1;
}

class SrxReader {
public:
    SrxReader(const QByteArray &xml, const QString &fileName) : m_xml(xml), m_fileName(fileName) {}

    core::Result<SrxDocument> read()
    {
        bool sawRoot = false;
        while (!m_xml.atEnd()) {
            if (m_xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = m_xml.name();
            if (!sawRoot) {
                if (name != u"srx")
                    return error(core::N_("not an SRX document: the root element is <%1>"), {name.toString()});
                sawRoot = true;
            } else if (name == u"header") {
                readHeaderAttributes();
            } else if (name == u"options") {
                readOkapiOptions();
            } else if (name == u"languagerule") {
                if (auto status = readLanguageRule(); !status)
                    return status.error();
            } else if (name == u"languagemap") {
                m_document.languageMaps.append(
                    {m_xml.attributes().value(QLatin1String("languagepattern")).toString(),
                     m_xml.attributes().value(QLatin1String("languagerulename")).toString()});
            }
        }
        if (m_xml.hasError())
            return xmlError();
        if (!sawRoot)
            return error(core::N_("empty document: no <srx> element"));
        for (const SrxLanguageMap &map : m_document.languageMaps) {
            if (firstNonXmlCharacter(map.pattern) >= 0 || firstNonXmlCharacter(map.ruleName) >= 0)
                return error(core::N_("a <languagemap> holds a character XML does not allow"));
        }
        for (const SrxLanguageRule &rule : m_document.languageRules) {
            if (firstNonXmlCharacter(rule.name) >= 0)
                return error(core::N_("a languagerulename holds a character XML does not allow"));
        }
        return m_document;
    }

private:
    core::Error error(const char *format, QStringList arguments = {}) const
    {
        return core::makeError(core::ErrorCode::Syntax, format, std::move(arguments),
                               {m_fileName, int(m_xml.lineNumber()), int(m_xml.columnNumber())});
    }
    // Qt's description of a malformed document is in English; it is passed on as the detail of our message.
    core::Error xmlError() const { return error(core::N_("malformed XML: %1"), {m_xml.errorString()}); }

    void readHeaderAttributes()
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        if (attributes.hasAttribute(QLatin1String("cascade")))
            m_document.options.cascade = yes(attributes.value(QLatin1String("cascade")));
        if (attributes.hasAttribute(QLatin1String("segmentsubflows")))
            m_document.options.segmentSubflows = yes(attributes.value(QLatin1String("segmentsubflows")));
    }

    void readOkapiOptions()
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        SrxOptions &options = m_document.options;
        if (attributes.hasAttribute(QLatin1String("useIcu4jBreakRules")))
            options.useIcuBreakRules = yes(attributes.value(QLatin1String("useIcu4jBreakRules")));
        if (attributes.hasAttribute(QLatin1String("trimLeadingWhitespaces")))
            options.trimLeadingWhitespace = yes(attributes.value(QLatin1String("trimLeadingWhitespaces")));
        if (attributes.hasAttribute(QLatin1String("trimTrailingWhitespaces")))
            options.trimTrailingWhitespace = yes(attributes.value(QLatin1String("trimTrailingWhitespaces")));
    }

    core::Status readLanguageRule()
    {
        SrxLanguageRule languageRule{m_xml.attributes().value(QLatin1String("languagerulename")).toString(), {}};
        if (languageRule.name.isEmpty())
            return error(core::N_("<languagerule> without a languagerulename"));
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"rule") {
                m_xml.skipCurrentElement();
                continue;
            }
            auto rule = readRule();
            if (!rule)
                return rule.error();
            languageRule.rules.append(*rule);
        }
        if (m_xml.hasError())
            return xmlError();
        m_document.languageRules.append(std::move(languageRule));
        return core::Done{};
    }

    core::Result<SrxRule> readRule()
    {
        SrxRule rule;
        rule.line = int(m_xml.lineNumber());
        const QStringView breakValue = m_xml.attributes().value(QLatin1String("break"));
        rule.breaks = breakValue.isEmpty() || yes(breakValue);
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"beforebreak")
                rule.beforeBreak = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (m_xml.name() == u"afterbreak")
                rule.afterBreak = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else
                m_xml.skipCurrentElement();
        }
        if (m_xml.hasError())
            return xmlError();
        for (const QString *text : {&rule.beforeBreak, &rule.afterBreak}) {
            const qsizetype bad = firstNonXmlCharacter(*text);
            if (bad >= 0) {
                return error(core::N_("character U+%1 is not allowed in an SRX rule"),
                             {QStringLiteral("%1").arg(text->at(bad).unicode(), 4, 16, QLatin1Char('0')).toUpper()});
            }
        }
        return rule;
    }

    QXmlStreamReader m_xml;
    QString m_fileName;
    SrxDocument m_document;
};

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

core::Result<SrxDocument> readSrx(const QByteArray &xml, const QString &fileName)
{
    return SrxReader(xml, fileName).read();
}

QByteArray writeSrx(const SrxDocument &document)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    const QString srxNs = QStringLiteral("http://www.lisa.org/srx20");
    const QString okapiNs = QStringLiteral("http://okapi.sf.net/srx-extensions");
    xml.writeStartDocument();
    xml.writeDefaultNamespace(srxNs);
    xml.writeNamespace(okapiNs, QStringLiteral("okpsrx"));
    xml.writeStartElement(srxNs, QStringLiteral("srx"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(srxNs, QStringLiteral("header"));
    xml.writeAttribute(QStringLiteral("segmentsubflows"), yesNo(document.options.segmentSubflows));
    xml.writeAttribute(QStringLiteral("cascade"), yesNo(document.options.cascade));
    xml.writeEmptyElement(okapiNs, QStringLiteral("options"));
    xml.writeAttribute(QStringLiteral("useIcu4jBreakRules"), yesNo(document.options.useIcuBreakRules));
    xml.writeAttribute(QStringLiteral("trimLeadingWhitespaces"), yesNo(document.options.trimLeadingWhitespace));
    xml.writeAttribute(QStringLiteral("trimTrailingWhitespaces"), yesNo(document.options.trimTrailingWhitespace));
    xml.writeEndElement(); // header
    xml.writeStartElement(srxNs, QStringLiteral("body"));
    xml.writeStartElement(srxNs, QStringLiteral("languagerules"));
    for (const SrxLanguageRule &languageRule : document.languageRules) {
        xml.writeStartElement(srxNs, QStringLiteral("languagerule"));
        xml.writeAttribute(QStringLiteral("languagerulename"), languageRule.name);
        for (const SrxRule &rule : languageRule.rules) {
            xml.writeStartElement(srxNs, QStringLiteral("rule"));
            xml.writeAttribute(QStringLiteral("break"), yesNo(rule.breaks));
            xml.writeTextElement(srxNs, QStringLiteral("beforebreak"), rule.beforeBreak);
            xml.writeTextElement(srxNs, QStringLiteral("afterbreak"), rule.afterBreak);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // languagerules
    xml.writeStartElement(srxNs, QStringLiteral("maprules"));
    for (const SrxLanguageMap &map : document.languageMaps) {
        xml.writeEmptyElement(srxNs, QStringLiteral("languagemap"));
        xml.writeAttribute(QStringLiteral("languagepattern"), map.pattern);
        xml.writeAttribute(QStringLiteral("languagerulename"), map.ruleName);
    }
    xml.writeEndElement(); // maprules
    xml.writeEndElement(); // body
    xml.writeEndElement(); // srx
    xml.writeEndDocument();
    return out;
}

} // namespace terjime::segment
