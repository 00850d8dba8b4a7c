// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/segment/paragraphs.h"

#include "tm/text/white_space.h"

namespace terjime::segment {
namespace {

bool isBlank(QStringView line)
{
    for (QChar c : line) {
        if (!text::isSpace(c.unicode()))
            return false;
    }
    return true;
}

bool isBulletGlyph(QChar c)
{
    // The last two are the bullets of Word's Symbol font, as they arrive in copied text.
    static constexpr QStringView kBullets = u"•▪◦‣⁃·●○■□►➢✓\uF0B7\uF0A7";
    return kBullets.contains(c);
}

// Length of the list marker (with the white space after it) at the start of `line` after its indentation, or 0.
qsizetype bulletLength(QStringView line)
{
    if (line.isEmpty())
        return 0;
    qsizetype n = 0;
    if (isBulletGlyph(line[0]))
        n = 1;
    // Only ASCII '-' and '*' are list markers: a line starting with an en or em dash is dialogue in Russian
    // ("— Мы готовы, — сказал он."), and the dash belongs to the sentence.
    else if ((line[0] == u'-' || line[0] == u'*') && line.size() > 1 && text::isSpace(line[1].unicode()))
        n = 1;
    else
        return 0;
    while (n < line.size() && text::isSpace(line[n].unicode()))
        ++n;
    return n;
}

// True when `line` starts a numbered or lettered list item: "1.", "12)", "(3)", "a)", "б)" followed by a space.
bool startsNumberedItem(QStringView line)
{
    qsizetype i = 0;
    if (i < line.size() && line[i] == u'(')
        ++i;
    const qsizetype digitsStart = i;
    while (i < line.size() && line[i].isDigit() && i - digitsStart < 3)
        ++i;
    if (i == digitsStart) {
        if (i < line.size() && line[i].isLower())
            ++i;
        else
            return false;
        if (i >= line.size() || line[i] != u')')
            return false;
    } else if (i >= line.size() || (line[i] != u')' && line[i] != u'.')) {
        return false;
    }
    ++i;
    return i < line.size() && text::isSpace(line[i].unicode());
}

void close(QStringView text, qsizetype start, qsizetype end, QList<TextRange> &out)
{
    while (start < end && text::isSpace(text[start].unicode()))
        ++start;
    while (end > start && text::isSpace(text[end - 1].unicode()))
        --end;
    if (start < end)
        out.append({start, end});
}

} // namespace

QList<TextRange> splitParagraphs(QStringView text)
{
    QList<TextRange> paragraphs;
    qsizetype paragraphStart = -1;
    qsizetype lineStart = 0;
    qsizetype lastContentEnd = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = text.sliced(lineStart, lineEnd - lineStart);
        if (isBlank(line)) {
            if (paragraphStart >= 0)
                close(text, paragraphStart, lastContentEnd, paragraphs);
            paragraphStart = -1;
        } else {
            qsizetype indent = 0;
            while (indent < line.size() && text::isSpace(line[indent].unicode()))
                ++indent;
            const QStringView content = line.sliced(indent);
            const qsizetype marker = bulletLength(content);
            if (paragraphStart >= 0 && (marker > 0 || startsNumberedItem(content))) {
                close(text, paragraphStart, lastContentEnd, paragraphs);
                paragraphStart = -1;
            }
            if (paragraphStart < 0)
                paragraphStart = lineStart + indent + marker;
            lastContentEnd = lineEnd;
        }
        lineStart = lineEnd + 1;
    }
    if (paragraphStart >= 0)
        close(text, paragraphStart, lastContentEnd, paragraphs);
    return paragraphs;
}

} // namespace terjime::segment
