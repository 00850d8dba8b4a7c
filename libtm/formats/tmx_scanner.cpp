// SPDX-License-Identifier: GPL-3.0-or-later
#include "tmx_scanner.h"

namespace terjime::formats {
namespace {

// Text before this index is dropped from the buffer when the next unit starts.
constexpr qsizetype kCompactAfter = 64 * 1024;

bool isXmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

struct Cursor {
    int line;
    int column;
    QChar previous;

    void step(QStringView text, qsizetype i)
    {
        const QChar c = text[i];
        if (c == u'\n') {
            if (previous != u'\r')
                ++line;
            column = 1;
        } else if (c == u'\r') {
            ++line;
            column = 1;
        } else if (!(c.isLowSurrogate() && previous.isHighSurrogate())) {
            ++column;
        }
        previous = c;
    }
};

} // namespace

core::SourceLocation locateInSlice(const TmxSlice &slice, qsizetype offset, const QString &fileName)
{
    Cursor cursor{slice.line, slice.column, QChar()};
    const qsizetype end = std::min(offset, slice.text.size());
    for (qsizetype i = 0; i < end; ++i)
        cursor.step(slice.text, i);
    return {fileName, cursor.line, cursor.column};
}

TmxScanner::TmxScanner(TmxCharSource &source, QString fileName) : m_source(source), m_fileName(std::move(fileName)) {}

bool TmxScanner::fill(qsizetype index)
{
    while (index >= m_buffer.size()) {
        if (m_endOfInput || m_sourceFailed)
            return false;
        switch (m_source.readMore(m_buffer)) {
        case TmxCharSource::Read::Data: break;
        case TmxCharSource::Read::End: m_endOfInput = true; return false;
        case TmxCharSource::Read::Failed: m_sourceFailed = true; return false;
        }
    }
    return true;
}

bool TmxScanner::startsWith(qsizetype index, QLatin1String text)
{
    for (qsizetype k = 0; k < text.size(); ++k) {
        if (!fill(index + k) || m_buffer[index + k] != QLatin1Char(text[k]))
            return false;
    }
    return true;
}

// "<name" followed by white space, '>' or '/' at `index` (name may start with '/' for an end tag).
bool TmxScanner::isTag(qsizetype index, QLatin1String name)
{
    if (!fill(index) || m_buffer[index] != u'<' || !startsWith(index + 1, name))
        return false;
    const qsizetype after = index + 1 + name.size();
    return fill(after) && (isXmlSpace(m_buffer[after]) || m_buffer[after] == u'>' || m_buffer[after] == u'/');
}

// The index after the first `end` at or after `index`; -1 when the input ends first.
qsizetype TmxScanner::skipPast(qsizetype index, QLatin1String end)
{
    for (qsizetype i = index; fill(i); ++i) {
        if (m_buffer[i] == QLatin1Char(end[0]) && startsWith(i, end))
            return i + end.size();
    }
    return -1;
}

// From the '<' of a tag to after its '>'. A '<' ends the tag early (returned as the index of that '<'): XML allows
// none inside a tag, and stopping there keeps a broken tag from swallowing what follows.
qsizetype TmxScanner::skipTag(qsizetype index)
{
    QChar quote;
    for (qsizetype i = index + 1; fill(i); ++i) {
        const QChar c = m_buffer[i];
        if (c == u'<')
            return i;
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i + 1;
        }
    }
    return -1;
}

// A DOCTYPE with its internal subset, whose declarations may hold '>' in quoted strings and comments.
qsizetype TmxScanner::skipDoctype(qsizetype index)
{
    QChar quote;
    bool inSubset = false;
    for (qsizetype i = index + 2; fill(i); ++i) {
        const QChar c = m_buffer[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (inSubset && startsWith(i, QLatin1String("<!--"))) {
            i = skipPast(i + 4, QLatin1String("-->"));
            if (i < 0)
                return -1;
            --i;
        } else if (inSubset && startsWith(i, QLatin1String("<?"))) {
            i = skipPast(i + 2, QLatin1String("?>"));
            if (i < 0)
                return -1;
            --i;
        } else if (c == u'[') {
            inSubset = true;
        } else if (c == u']') {
            inSubset = false;
        } else if (c == u'>' && !inSubset) {
            return i + 1;
        }
    }
    return -1;
}

// Comments, CDATA sections, processing instructions and declarations at a '<': the index after them; `index` itself
// when none starts there; -1 when the input ends inside one.
qsizetype TmxScanner::skipSpecial(qsizetype index)
{
    if (startsWith(index, QLatin1String("<!--")))
        return skipPast(index + 4, QLatin1String("-->"));
    if (startsWith(index, QLatin1String("<![CDATA[")))
        return skipPast(index + 9, QLatin1String("]]>"));
    if (startsWith(index, QLatin1String("<?")))
        return skipPast(index + 2, QLatin1String("?>"));
    if (startsWith(index, QLatin1String("<!DOCTYPE")))
        return skipDoctype(index);
    if (startsWith(index, QLatin1String("<!")))
        return skipTag(index);
    return index;
}

QString TmxScanner::nameAt(qsizetype index)
{
    QString name;
    for (qsizetype i = index; fill(i) && name.size() < 64; ++i) {
        const QChar c = m_buffer[i];
        if (isXmlSpace(c) || c == u'>' || c == u'/' || c == u'<')
            break;
        name += c;
    }
    return name;
}

void TmxScanner::advanceTo(qsizetype index)
{
    Cursor cursor{m_line, m_column, m_previous};
    for (; m_pos < index; ++m_pos)
        cursor.step(m_buffer, m_pos);
    m_line = cursor.line;
    m_column = cursor.column;
    m_previous = cursor.previous;
}

TmxSlice TmxScanner::sliceBetween(qsizetype start, qsizetype end, bool complete)
{
    advanceTo(start);
    TmxSlice slice{m_buffer.mid(start, end - start), m_line, m_column, complete};
    advanceTo(end);
    return slice;
}

// An error at `index`, or the source's own when it failed (an Encoding error then lies at the end of the text it
// delivered).
core::Error TmxScanner::failure(qsizetype index, const char *format, QStringList arguments)
{
    if (m_sourceFailed) {
        core::Error error = m_source.error();
        if (error.code == core::ErrorCode::Encoding)
            index = m_buffer.size();
        else
            return error;
    }
    advanceTo(std::min(index, m_buffer.size()));
    core::Error error = m_sourceFailed ? m_source.error() : core::makeError(core::ErrorCode::Syntax, format, arguments);
    error.where = {m_fileName, m_line, m_column};
    return error;
}

core::Result<TmxSlice> TmxScanner::readHeader()
{
    bool rootSeen = false;
    qsizetype i = 0;
    while (fill(i)) {
        const QChar c = m_buffer[i];
        if (c != u'<') {
            if (!rootSeen && !isXmlSpace(c))
                return failure(i, core::N_("not a TMX file: it does not start with an XML element"));
            ++i;
            continue;
        }
        qsizetype next = skipSpecial(i);
        if (next == i) {
            const bool endTag = fill(i + 1) && m_buffer[i + 1] == u'/';
            const QString name = endTag ? QString() : nameAt(i + 1);
            if (!endTag && !rootSeen) {
                rootSeen = true;
                if (name != u"tmx")
                    return failure(i, core::N_("not a TMX file: the root element is <%1>"), {name});
            }
            next = skipTag(i);
            if (name == u"body" && next > i && m_buffer[next - 1] == u'>') {
                m_bodyEnded = m_buffer[next - 2] == u'/'; // <body/>: no units
                return sliceBetween(0, next, true);
            }
        }
        if (next < 0)
            break;
        i = std::max(next, i + 1);
    }
    if (m_sourceFailed)
        return failure(i, "");
    if (!rootSeen)
        return failure(m_buffer.size(), core::N_("empty document: no root element"));
    return sliceBetween(0, m_buffer.size(), false);
}

core::Result<TmxUnitScan> TmxScanner::nextUnit()
{
    if (m_bodyEnded)
        return TmxUnitScan{};
    if (m_pos > kCompactAfter) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    qsizetype i = m_pos;
    while (fill(i)) {
        if (m_buffer[i] != u'<') {
            ++i;
            continue;
        }
        if (isTag(i, QLatin1String("/body"))) {
            const qsizetype end = skipTag(i);
            advanceTo(end < 0 ? m_buffer.size() : end);
            m_bodyEnded = true;
            return TmxUnitScan{};
        }
        if (isTag(i, QLatin1String("tu")))
            break;
        const qsizetype special = skipSpecial(i);
        const qsizetype next = special == i ? skipTag(i) : special;
        if (next < 0)
            return failure(m_buffer.size(), core::N_("the file ends before </body>"));
        i = std::max(next, i + 1);
    }
    if (i >= m_buffer.size())
        return failure(i, core::N_("the file ends before </body>"));

    const qsizetype start = i;
    qsizetype k = skipTag(start);
    if (k > start && m_buffer[k - 1] == u'>' && m_buffer[k - 2] == u'/')
        return TmxUnitScan{sliceBetween(start, k, true)};
    while (k >= 0 && fill(k)) {
        if (m_buffer[k] != u'<') {
            ++k;
            continue;
        }
        if (isTag(k, QLatin1String("/tu"))) {
            const qsizetype end = skipTag(k);
            if (end < 0)
                break;
            if (m_buffer[end - 1] != u'>') {
                k = end; // "</tu" cut off by a '<': not the end of the unit
                continue;
            }
            return TmxUnitScan{sliceBetween(start, end, true)};
        }
        if (isTag(k, QLatin1String("tu")) || isTag(k, QLatin1String("/body"))) {
            qsizetype end = k;
            while (end > start && isXmlSpace(m_buffer[end - 1]))
                --end;
            return TmxUnitScan{sliceBetween(start, end, false)};
        }
        const qsizetype special = skipSpecial(k);
        const qsizetype next = special == k ? skipTag(k) : special;
        k = next < 0 ? next : std::max(next, k + 1);
    }
    if (m_sourceFailed)
        return failure(m_buffer.size(), "");
    return TmxUnitScan{sliceBetween(start, m_buffer.size(), false)};
}

} // namespace terjime::formats
