// SPDX-License-Identifier: GPL-3.0-or-later
#include "tmx_segment_reader.h"

#include "tmx_markup.h"

#include "tm/text/normalizer.h"

#include <QSet>

#include <optional>

namespace terjime::formats {
namespace {

using core::InlineKind;

std::optional<InlineKind> codeKind(QStringView name)
{
    if (name == u"bpt")
        return InlineKind::Begin;
    if (name == u"ept")
        return InlineKind::End;
    if (name == u"ph")
        return InlineKind::Placeholder;
    if (name == u"it")
        return InlineKind::Isolated;
    if (name == u"ut")
        return InlineKind::Unknown;
    return std::nullopt;
}

class SegmentReader {
public:
    SegmentReader(TmxXmlReader &reader, core::Segment &segment) : m_reader(reader), m_segment(segment) {}

    bool read()
    {
        while (m_reader.next()) {
            switch (m_reader.token()) {
            case QXmlStreamReader::Characters: m_run += m_reader.text(); break;
            case QXmlStreamReader::StartElement:
                if (!startElement())
                    return false;
                break;
            case QXmlStreamReader::EndElement:
                if (m_reader.name() == u"hi") {
                    addCode(InlineKind::HighlightEnd, {}, {});
                    break;
                }
                flush();
                return true; // </seg>: the XML reader has checked that it closes the <seg>
            default: break;  // comments and processing instructions are not part of the text
            }
        }
        return false;
    }

private:
    bool startElement()
    {
        const QStringView name = m_reader.name();
        if (name == u"hi") {
            addCode(InlineKind::HighlightStart, m_reader.attributes(), {});
            return true;
        }
        const std::optional<InlineKind> kind = codeKind(name);
        if (!kind)
            return m_reader.fail(core::ErrorCode::Syntax, core::N_("<%1> is not allowed in <%2>"),
                                 {name.toString(), QStringLiteral("seg")});
        core::Attributes attributes = m_reader.attributes();
        if (!checkPairing(*kind, core::attributeValue(attributes, u"i")))
            return false;
        const QString element = name.toString();
        QString markup;
        if (!readMarkup(element, markup))
            return false;
        addCode(*kind, std::move(attributes), std::move(markup));
        return true;
    }

    // TMX pairs <bpt> and <ept> by i within the segment.
    bool checkPairing(InlineKind kind, const QString &i)
    {
        if (i.isEmpty())
            return true;
        if (kind == InlineKind::Begin) {
            if (m_openBegins.contains(i))
                return m_reader.fail(core::ErrorCode::Syntax, core::N_("a second <bpt i=\"%1\"> while one is open"),
                                     {i});
            m_openBegins.insert(i);
        } else if (kind == InlineKind::End) {
            if (!m_openBegins.remove(i))
                return m_reader.fail(core::ErrorCode::Syntax, core::N_("<ept i=\"%1\"> has no open <bpt i=\"%1\">"),
                                     {i});
        }
        return true;
    }

    // The content of the code element `code` (just started) as canonical markup, up to its end tag: native data,
    // and <sub> elements that hold text and inline elements again. Iterative, so that deep nesting cannot exhaust
    // the stack.
    bool readMarkup(const QString &code, QString &markup)
    {
        struct Open {
            QString name;
            qsizetype contentStart; // where the element's content begins in `markup`
        };
        QList<Open> open;
        while (m_reader.next()) {
            switch (m_reader.token()) {
            case QXmlStreamReader::Characters: appendEscapedText(markup, m_reader.text()); break;
            case QXmlStreamReader::StartElement: {
                const QString &parent = open.isEmpty() ? code : open.last().name;
                const QString name = m_reader.name().toString();
                const bool allowed = codeKind(parent) ? name == u"sub" : (codeKind(name).has_value() || name == u"hi");
                if (!allowed)
                    return m_reader.fail(core::ErrorCode::Syntax, core::N_("<%1> is not allowed in <%2>"),
                                         {name, parent});
                markup += u'<' + name;
                appendAttributes(markup, m_reader.attributes());
                markup += u'>';
                open.append({name, markup.size()});
                break;
            }
            case QXmlStreamReader::EndElement:
                if (open.isEmpty())
                    return true;
                if (markup.size() == open.last().contentStart) {
                    markup.chop(1);
                    markup += QStringLiteral("/>");
                } else {
                    markup += QStringLiteral("</") + open.last().name + u'>';
                }
                open.removeLast();
                break;
            default: break;
            }
        }
        return false;
    }

    void flush()
    {
        if (!m_run.isEmpty())
            m_segment.text += text::toNfc(m_run);
        m_run.clear();
    }

    void addCode(InlineKind kind, core::Attributes attributes, QString markup)
    {
        flush();
        m_segment.codes.append({kind, m_segment.text.size(), std::move(attributes), std::move(markup)});
    }

    TmxXmlReader &m_reader;
    core::Segment &m_segment;
    QString m_run; // text since the last code, not yet normalised
    QSet<QString> m_openBegins;
};

} // namespace

bool readTmxSegment(TmxXmlReader &reader, core::Segment &segment)
{
    return SegmentReader(reader, segment).read();
}

} // namespace terjime::formats
