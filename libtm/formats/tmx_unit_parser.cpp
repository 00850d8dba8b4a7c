// SPDX-License-Identifier: GPL-3.0-or-later
#include "tmx_unit_parser.h"

#include "tmx_markup.h"
#include "tmx_segment_reader.h"
#include "tmx_xml_reader.h"

namespace terjime::formats {
namespace {

// A character XML forbids, written as such in the slice: found before parsing so that its location is exact (and
// because Qt would pass a lone surrogate through, or turn it into U+FFFD).
std::optional<core::Error> checkSliceCharacters(const TmxSlice &slice, const QString &fileName)
{
    const qsizetype bad = firstNonXmlChar(slice.text);
    if (bad < 0)
        return std::nullopt;
    const QString code = QStringLiteral("%1").arg(int(slice.text[bad].unicode()), 4, 16, QLatin1Char('0')).toUpper();
    return core::makeError(core::ErrorCode::Syntax, core::N_("character U+%1 is not allowed in XML"), {code},
                           locateInSlice(slice, bad, fileName));
}

class UnitParser : private TmxXmlReader {
public:
    UnitParser(const TmxSlice &slice, const QString &fileName) : TmxXmlReader(slice, fileName), m_slice(slice) {}

    core::Result<core::TranslationUnit> parse(const QString &headerSourceLanguage)
    {
        while (next() && token() != QXmlStreamReader::StartElement) {
        }
        if (!failed() && isStart(u"tu"))
            readUnit();
        if (failed() && !(prematureEnd() && !m_slice.complete))
            return error();
        if (!m_slice.complete) {
            return core::makeError(core::ErrorCode::Syntax, core::N_("<tu> is not closed: </tu> is missing here"), {},
                                   locate(m_slice.text.size()));
        }
        if (m_unit.sourceLanguage.isEmpty())
            m_unit.sourceLanguage = headerSourceLanguage;
        return std::move(m_unit);
    }

private:
    void readUnit()
    {
        const qsizetype unitStart = tokenStart();
        for (core::Attribute &attribute : attributes()) {
            if (attribute.name == u"tuid")
                m_unit.id = attribute.value;
            else if (attribute.name == u"srclang")
                m_unit.sourceLanguage = tmxLanguage(attribute.value);
            else
                m_unit.attributes.append(std::move(attribute));
        }
        while (next() && token() != QXmlStreamReader::EndElement) {
            if (token() != QXmlStreamReader::StartElement)
                continue;
            const bool ok = isStart(u"tuv")    ? readVariant()
                            : isStart(u"prop") ? readProperty(m_unit.properties)
                            : isStart(u"note") ? readNote(m_unit.notes)
                                               : skipElement();
            if (!ok)
                return;
        }
        if (!failed() && m_unit.variants.isEmpty())
            failAt(unitStart, core::ErrorCode::Syntax, core::N_("<tu> has no <tuv>"));
    }

    bool readVariant()
    {
        const qsizetype variantStart = tokenStart();
        core::Variant variant;
        // xml:lang names the language; TMX 1.1 wrote lang. The one used is not kept among the attributes.
        const core::Attributes all = attributes();
        qsizetype used = -1;
        for (const QStringView name : {QStringView(u"xml:lang"), QStringView(u"lang")}) {
            for (qsizetype i = 0; used < 0 && i < all.size(); ++i) {
                if (all[i].name == name && !all[i].value.trimmed().isEmpty())
                    used = i;
            }
        }
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (i == used)
                variant.language = tmxLanguage(all[i].value);
            else
                variant.attributes.append(all[i]);
        }
        if (variant.language.isEmpty())
            return fail(core::ErrorCode::Syntax, core::N_("<tuv> has no language (xml:lang)"));
        bool segmentSeen = false;
        while (next() && token() != QXmlStreamReader::EndElement) {
            if (token() != QXmlStreamReader::StartElement)
                continue;
            bool ok = true;
            if (isStart(u"seg")) {
                if (segmentSeen)
                    return fail(core::ErrorCode::Syntax, core::N_("<tuv> has a second <seg>"));
                segmentSeen = true;
                ok = readTmxSegment(*this, variant.segment);
            } else if (isStart(u"prop")) {
                ok = readProperty(variant.properties);
            } else if (isStart(u"note")) {
                ok = readNote(variant.notes);
            } else {
                ok = skipElement();
            }
            if (!ok)
                return false;
        }
        if (failed())
            return false;
        if (!segmentSeen)
            return failAt(variantStart, core::ErrorCode::Syntax, core::N_("<tuv> has no <seg>"));
        m_unit.variants.append(std::move(variant));
        return true;
    }

    const TmxSlice &m_slice;
    core::TranslationUnit m_unit;
};

} // namespace

core::Result<core::TranslationUnit> parseTmxUnit(const TmxSlice &slice, const QString &fileName,
                                                 const QString &headerSourceLanguage)
{
    if (const auto error = checkSliceCharacters(slice, fileName))
        return *error;
    return UnitParser(slice, fileName).parse(headerSourceLanguage);
}

core::Result<TmxHeader> parseTmxHeader(const TmxSlice &slice, const QString &fileName)
{
    if (const auto error = checkSliceCharacters(slice, fileName))
        return *error;
    TmxXmlReader reader(slice, fileName);
    TmxHeader header;
    bool inHeader = false;
    while (reader.next()) {
        if (reader.token() == QXmlStreamReader::EndElement && reader.name() == u"header")
            inHeader = false;
        if (reader.token() != QXmlStreamReader::StartElement)
            continue;
        bool ok = true;
        if (reader.isStart(u"tmx")) {
            header.version = core::attributeValue(reader.attributes(), u"version");
        } else if (reader.isStart(u"header")) {
            inHeader = true;
            for (core::Attribute &attribute : reader.attributes()) {
                if (attribute.name == u"srclang")
                    header.sourceLanguage = tmxLanguage(attribute.value);
                else
                    header.attributes.append(std::move(attribute));
            }
        } else if (reader.isStart(u"body")) {
            // TMX requires srclang; without one no variant is singled out as the source, which is what "*all*" says.
            if (header.sourceLanguage.isEmpty())
                header.sourceLanguage = QStringLiteral("*all*");
            return header;
        } else if (inHeader && reader.isStart(u"prop")) {
            ok = reader.readProperty(header.properties);
        } else if (inHeader && reader.isStart(u"note")) {
            ok = reader.readNote(header.notes);
        } else {
            ok = reader.skipElement(); // <ude>, <map>, and elements of no TMX version
        }
        if (!ok)
            break;
    }
    if (reader.failed() && !reader.prematureEnd())
        return reader.error();
    return core::makeError(core::ErrorCode::Syntax, core::N_("the TMX file has no <body>"), {},
                           locateInSlice(slice, slice.text.size(), fileName));
}

} // namespace terjime::formats
