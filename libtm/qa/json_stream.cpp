// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_stream.h"

#include <QtGlobal>

namespace terjime::qa::report {

namespace {

constexpr QStringView kIndent = u"  ";

bool needsEscape(QChar c)
{
    return c.unicode() < 0x20 || c == u'"' || c == u'\\';
}

void appendEscapedChar(QString &out, QChar c)
{
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    switch (c.unicode()) {
    case u'"': out += u"\\\""; break;
    case u'\\': out += u"\\\\"; break;
    case u'\n': out += u"\\n"; break;
    case u'\r': out += u"\\r"; break;
    case u'\t': out += u"\\t"; break;
    default:
        out += u"\\u00";
        out += QChar(kHex[c.unicode() >> 4]);
        out += QChar(kHex[c.unicode() & 0xf]);
    }
}

// Appends `text` quoted; runs that need no escape are appended whole, which is most of the time.
void appendEscaped(QString &out, QStringView text)
{
    out += u'"';
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!needsEscape(text[i]))
            continue;
        out += text.sliced(runStart, i - runStart);
        appendEscapedChar(out, text[i]);
        runStart = i + 1;
    }
    out += text.sliced(runStart);
    out += u'"';
}

} // namespace

JsonStream::JsonStream(qsizetype expectedSize)
{
    m_out.reserve(expectedSize);
}

void JsonStream::newLine()
{
    m_out += u'\n';
    for (size_t level = 0; level < m_open.size(); ++level)
        m_out += kIndent;
}

// Separates a value from the one before it and puts it on its own line, unless a key introduced it or the container
// stays on one line.
void JsonStream::beginValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_open.empty())
        return;
    Container &container = m_open.back();
    if (!container.empty)
        m_out += container.oneLine ? QStringView(u", ") : QStringView(u",");
    if (!container.oneLine)
        newLine();
    container.empty = false;
}

void JsonStream::open(QChar bracket, Layout layout)
{
    beginValue();
    m_out += bracket;
    const bool oneLine = layout == Layout::OneLine || (!m_open.empty() && m_open.back().oneLine);
    m_open.push_back(Container{true, oneLine});
}

void JsonStream::close(QChar bracket)
{
    Q_ASSERT(!m_open.empty() && !m_afterKey);
    const Container container = m_open.back();
    m_open.pop_back();
    if (!container.empty && !container.oneLine)
        newLine();
    m_out += bracket;
}

void JsonStream::beginObject(Layout layout)
{
    open(u'{', layout);
}

void JsonStream::endObject()
{
    close(u'}');
}

void JsonStream::beginArray(Layout layout)
{
    open(u'[', layout);
}

void JsonStream::endArray()
{
    close(u']');
}

void JsonStream::key(QStringView name)
{
    beginValue();
    appendEscaped(m_out, name);
    m_out += u": ";
    m_afterKey = true;
}

void JsonStream::value(QStringView text)
{
    beginValue();
    appendEscaped(m_out, text);
}

void JsonStream::value(qint64 number)
{
    beginValue();
    m_out += QString::number(number);
}

void JsonStream::writeFlag(bool flag)
{
    beginValue();
    m_out += flag ? QStringView(u"true") : QStringView(u"false");
}

QByteArray JsonStream::finish()
{
    Q_ASSERT(m_open.empty());
    m_out += u'\n';
    return m_out.toUtf8();
}

} // namespace terjime::qa::report
