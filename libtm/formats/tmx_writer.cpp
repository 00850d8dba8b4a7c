// SPDX-License-Identifier: GPL-3.0-or-later
#include "tmx_markup.h"

#include "tm/formats/tmx.h"

#include <QSet>

namespace terjime::formats {
namespace {

using core::InlineKind;

// XML 1.0 cannot carry these characters at all, not even as references.
QString xmlSafe(const QString &text)
{
    qsizetype bad = firstNonXmlChar(text);
    if (bad < 0)
        return text;
    QString safe = text;
    while (bad >= 0) {
        safe[bad] = QChar(QChar::ReplacementCharacter);
        const qsizetype next = firstNonXmlChar(QStringView(safe).mid(bad + 1));
        bad = next < 0 ? -1 : bad + 1 + next;
    }
    return safe;
}

void appendText(QString &out, const QString &text)
{
    appendEscapedText(out, xmlSafe(text));
}

// Attributes in stored order, without the ones the element already has and without repeated names.
void appendOtherAttributes(QString &out, const core::Attributes &attributes, QSet<QString> written)
{
    core::Attributes kept;
    for (const core::Attribute &attribute : attributes) {
        if (attribute.name.isEmpty() || written.contains(attribute.name))
            continue;
        written.insert(attribute.name);
        kept.append({attribute.name, xmlSafe(attribute.value)});
    }
    appendAttributes(out, kept);
}

void appendOptional(QString &out, const char *name, const QString &value)
{
    if (value.isEmpty())
        return;
    appendAttributes(out, {{QString::fromLatin1(name), xmlSafe(value)}});
}

void appendNotesAndProperties(QString &out, const QString &indent, const QList<core::Note> &notes,
                              const QList<core::Property> &properties)
{
    for (const core::Note &note : notes) {
        out += indent + QLatin1String("<note");
        appendOptional(out, "xml:lang", note.lang);
        appendOptional(out, "o-encoding", note.encoding);
        out += u'>';
        appendText(out, note.text);
        out += QLatin1String("</note>\n");
    }
    for (const core::Property &property : properties) {
        out += indent + QLatin1String("<prop");
        appendOptional(out, "type", property.type);
        appendOptional(out, "xml:lang", property.lang);
        appendOptional(out, "o-encoding", property.encoding);
        out += u'>';
        appendText(out, property.value);
        out += QLatin1String("</prop>\n");
    }
}

void appendSegment(QString &out, const core::Segment &segment)
{
    const QString text = xmlSafe(segment.text);
    qsizetype position = 0;
    int openHighlights = 0;
    for (const core::InlineCode &code : segment.codes) {
        const qsizetype at = std::clamp(code.position, position, text.size());
        appendEscapedText(out, QStringView(text).mid(position, at - position));
        position = at;
        const QString name = inlineElementName(code.kind);
        if (code.kind == InlineKind::HighlightEnd) {
            if (openHighlights > 0) {
                --openHighlights;
                out += QLatin1String("</hi>");
            }
            continue;
        }
        out += u'<' + name;
        appendOtherAttributes(out, code.attributes, {});
        if (code.kind == InlineKind::HighlightStart) {
            ++openHighlights;
            out += u'>';
        } else if (code.markup.isEmpty()) {
            out += QLatin1String("/>");
        } else {
            out += u'>' + code.markup + QLatin1String("</") + name + u'>';
        }
    }
    appendEscapedText(out, QStringView(text).mid(position));
    for (; openHighlights > 0; --openHighlights)
        out += QLatin1String("</hi>");
}

// A comment cannot hold "--" nor end with "-".
QString commentSafe(const QString &text)
{
    QString safe = xmlSafe(text);
    while (safe.contains(QLatin1String("--")))
        safe.replace(QLatin1String("--"), QLatin1String("- -"));
    if (safe.endsWith(u'-'))
        safe += u' ';
    return safe;
}

} // namespace

TmxWriter::TmxWriter(QIODevice &device, QString toolVersion, QString fileName)
    : m_device(device), m_toolVersion(std::move(toolVersion)), m_fileName(std::move(fileName))
{}

core::Status TmxWriter::put(const QString &text)
{
    if (!m_status)
        return m_status;
    const QByteArray bytes = text.toUtf8();
    if (!m_device.isWritable() || m_device.write(bytes) != bytes.size()) {
        m_status = core::makeError(core::ErrorCode::Io, core::N_("cannot write the file (%1)"),
                                   {m_device.errorString()}, {m_fileName, 0, 0});
    }
    return m_status;
}

core::Status TmxWriter::begin(const TmxHeader &header)
{
    m_sourceLanguage = header.sourceLanguage.isEmpty() ? QStringLiteral("*all*") : header.sourceLanguage;
    const auto given = [&header](QStringView name, const char *fallback) {
        const QString value = core::attributeValue(header.attributes, name);
        return value.isEmpty() ? QString::fromLatin1(fallback) : value;
    };
    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header");
    appendAttributes(out, {{QStringLiteral("creationtool"), QStringLiteral("Terjime")},
                           {QStringLiteral("creationtoolversion"), xmlSafe(m_toolVersion)},
                           {QStringLiteral("segtype"), xmlSafe(given(u"segtype", "sentence"))},
                           {QStringLiteral("o-tmf"), xmlSafe(given(u"o-tmf", "Terjime"))},
                           {QStringLiteral("adminlang"), xmlSafe(given(u"adminlang", "en"))},
                           {QStringLiteral("srclang"), xmlSafe(m_sourceLanguage)},
                           {QStringLiteral("datatype"), xmlSafe(given(u"datatype", "unknown"))}});
    if (header.notes.isEmpty() && header.properties.isEmpty()) {
        out += QLatin1String("/>\n");
    } else {
        out += QLatin1String(">\n");
        appendNotesAndProperties(out, QStringLiteral("    "), header.notes, header.properties);
        out += QLatin1String("  </header>\n");
    }
    out += QLatin1String("  <body>\n");
    return put(out);
}

core::Status TmxWriter::write(const core::TranslationUnit &unit)
{
    QString out = QStringLiteral("    <tu");
    appendOptional(out, "tuid", unit.id);
    if (unit.sourceLanguage != m_sourceLanguage)
        appendOptional(out, "srclang", unit.sourceLanguage);
    appendOtherAttributes(out, unit.attributes, {QStringLiteral("tuid"), QStringLiteral("srclang")});
    out += QLatin1String(">\n");
    appendNotesAndProperties(out, QStringLiteral("      "), unit.notes, unit.properties);
    for (const core::Variant &variant : unit.variants) {
        out += QLatin1String("      <tuv");
        appendAttributes(out, {{QStringLiteral("xml:lang"), xmlSafe(variant.language)}});
        appendOtherAttributes(out, variant.attributes, {QStringLiteral("xml:lang")});
        out += QLatin1String(">\n");
        appendNotesAndProperties(out, QStringLiteral("        "), variant.notes, variant.properties);
        out += QLatin1String("        <seg>");
        appendSegment(out, variant.segment);
        out += QLatin1String("</seg>\n      </tuv>\n");
    }
    out += QLatin1String("    </tu>\n");
    return put(out);
}

core::Status TmxWriter::writeRejected(const TmxRejectedUnit &rejected, const QString &description)
{
    return put(QStringLiteral("    <!-- ") + commentSafe(description) + QStringLiteral(" -->\n") + rejected.rawText +
               u'\n');
}

core::Status TmxWriter::writeRejected(const TmxRejectedUnit &rejected)
{
    return writeRejected(rejected, rejected.error.describe());
}

core::Status TmxWriter::finish()
{
    return put(QStringLiteral("  </body>\n</tmx>\n"));
}

} // namespace terjime::formats
