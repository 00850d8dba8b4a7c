// SPDX-License-Identifier: GPL-3.0-or-later
#include "tmx_markup.h"

namespace terjime::formats {

bool isXmlChar(char32_t c)
{
    return c == u'\t' || c == u'\n' || c == u'\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

qsizetype firstNonXmlChar(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c) || !isXmlChar(c))
            return i;
    }
    return -1;
}

void appendEscapedText(QString &out, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'\r': out += QLatin1String("&#13;"); break;
        default: out += c;
        }
    }
}

void appendEscapedAttribute(QString &out, QStringView value)
{
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\t': out += QLatin1String("&#9;"); break;
        case u'\n': out += QLatin1String("&#10;"); break;
        case u'\r': out += QLatin1String("&#13;"); break;
        default: out += c;
        }
    }
}

void appendAttributes(QString &out, const core::Attributes &attributes)
{
    for (const core::Attribute &attribute : attributes) {
        out += u' ';
        out += attribute.name;
        out += QLatin1String("=\"");
        appendEscapedAttribute(out, attribute.value);
        out += u'"';
    }
}

QString inlineElementName(core::InlineKind kind)
{
    switch (kind) {
    case core::InlineKind::Begin: return QStringLiteral("bpt");
    case core::InlineKind::End: return QStringLiteral("ept");
    case core::InlineKind::Placeholder: return QStringLiteral("ph");
    case core::InlineKind::Isolated: return QStringLiteral("it");
    case core::InlineKind::Unknown: return QStringLiteral("ut");
    case core::InlineKind::HighlightStart:
    case core::InlineKind::HighlightEnd: return QStringLiteral("hi");
    }
    return QStringLiteral("ph");
}

} // namespace terjime::formats
