// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/formats/glossary_io.h"

#include "multiterm_reader.h"
#include "tabular_glossary.h"
#include "tbx_reader.h"
#include "text_decoding.h"

#include <QFileInfo>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace terjime::formats {
namespace {

// The first character that is not white space or a BOM, decoding only as far as needed to see it.
QChar firstSignificantCharacter(const QByteArray &bytes)
{
    const QByteArray unicode = sniffUnicodeEncoding(bytes);
    QString head;
    if (unicode.isEmpty()) {
        head = QString::fromLatin1(bytes.left(64));
    } else {
        QStringDecoder decoder(unicode.constData());
        head = decoder.decode(bytes.left(256));
    }
    for (const QChar c : head) {
        if (!c.isSpace() && c != QChar(0xFEFF) && c != QChar(0xEF) && c != QChar(0xBB) && c != QChar(0xBF))
            return c;
    }
    return {};
}

// Whether the document's root element is MultiTerm's <mtf>. Only the first start tag is parsed; errors are left to the
// reader that then parses the whole document.
bool isMultiTerm(const QString &xml)
{
    QXmlStreamReader reader(xml);
    return reader.readNextStartElement() && reader.name() == u"mtf";
}

} // namespace

GlossaryFormat detectGlossaryFormat(const QByteArray &bytes, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (firstSignificantCharacter(bytes) == u'<')
        return GlossaryFormat::Tbx;
    if (suffix == u"tbx" || suffix == u"xml")
        return GlossaryFormat::Tbx; // so that the error says what is wrong with it as XML
    return suffix == u"csv" ? GlossaryFormat::Csv : GlossaryFormat::Tsv;
}

core::Result<glossary::Glossary> readGlossary(const QByteArray &bytes, const QString &fileName,
                                              const TabularLanguages &tabular)
{
    const GlossaryFormat format = detectGlossaryFormat(bytes, fileName);
    if (format == GlossaryFormat::Tbx) {
        auto text = decodeXml(bytes, fileName);
        if (!text)
            return text.error();
        return isMultiTerm(*text) ? readMultiTerm(*text, fileName) : readTbx(*text, fileName);
    }
    auto text = decodeTabular(bytes, fileName);
    if (!text)
        return text.error();
    return readTabular(*text, format == GlossaryFormat::Csv, tabular.source, tabular.target);
}

} // namespace terjime::formats
