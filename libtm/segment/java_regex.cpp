// SPDX-License-Identifier: GPL-3.0-or-later
#include "java_regex.h"

#include <algorithm>
#include <vector>

namespace terjime::segment {
namespace {

// ICU spelling of a Java \p{...} name; empty when ICU reads it as it is.
QString icuPropertyName(const QString &name, bool inClass)
{
    struct Alias {
        const char16_t *java;
        const char16_t *icu;
    };
    static constexpr Alias kAliases[] = {
        {u"javaLowerCase", u"\\p{Ll}"},
        {u"javaUpperCase", u"\\p{Lu}"},
        {u"javaTitleCase", u"\\p{Lt}"},
        {u"javaLetter", u"\\p{L}"},
        {u"javaDigit", u"\\p{Nd}"},
        {u"javaWhitespace", u"\\p{White_Space}"},
        {u"javaSpaceChar", u"\\p{Z}"},
        {u"javaAlphabetic", u"\\p{Alphabetic}"},
        {u"javaLetterOrDigit", u"\\p{L}\\p{Nd}"},
        {u"Punct", u"\\p{P}"},
        {u"Alnum", u"\\p{L}\\p{Nd}"},
        {u"Space", u"\\p{White_Space}"},
    };
    for (const Alias &alias : kAliases) {
        if (name == QStringView(alias.java)) {
            const QString icu = QString::fromUtf16(alias.icu);
            // A union of two properties needs brackets outside a character class.
            return (!inClass && icu.count(u'\\') > 1) ? QLatin1Char('[') + icu + QLatin1Char(']') : icu;
        }
    }
    if (name.startsWith(u"In") && name.size() > 2 && name.at(2).isUpper())
        return QStringLiteral("\\p{Block=%1}").arg(name.mid(2));
    if (name.startsWith(u"Is") && name.size() > 2)
        return QStringLiteral("\\p{%1}").arg(name.mid(2));
    return {};
}

// "3", "3,", "3,5": the body of a {…} interval.
bool isInterval(QStringView body)
{
    qsizetype i = 0;
    while (i < body.size() && body[i].isDigit())
        ++i;
    if (i == 0)
        return false;
    if (i == body.size())
        return true;
    if (body[i] != u',')
        return false;
    ++i;
    while (i < body.size() && body[i].isDigit())
        ++i;
    return i == body.size();
}

class Translator {
public:
    Translator(QStringView pattern, int maxRepeat) : m_in(pattern), m_maxRepeat(maxRepeat) {}

    QString run()
    {
        while (m_pos < m_in.size()) {
            const QChar c = m_in[m_pos];
            if (c == u'\\') {
                escape();
            } else if (c == u'[') {
                openClass();
            } else if (c == u']' && m_classDepth > 0) {
                --m_classDepth;
                emit(c);
            } else if (m_classDepth > 0) {
                emit(c);
            } else if (c == u'(') {
                group();
            } else if (c == u')') {
                if (!m_lookBehinds.empty())
                    m_lookBehinds.pop_back();
                emit(c);
            } else if (c == u'}') { // a '}' that closes no interval is a literal in Java
                m_out += QStringLiteral("\\}");
                ++m_pos;
            } else if (c == u'?' && !m_afterQuantifier) { // the optional quantifier
                emit(c);
                m_afterQuantifier = true;
                continue;
            } else if (c == u'?' && bound() > 0) {
                // Laziness never changes whether a look-behind matches, and ICU cannot size "x??" in one.
                ++m_pos;
            } else if ((c == u'*' || c == u'+' || c == u'{') && !m_afterQuantifier) {
                quantifier(c);
                continue; // quantifier() advanced and set m_afterQuantifier
            } else {
                emit(c);
            }
            m_afterQuantifier = false;
        }
        return m_out;
    }

private:
    void emit(QChar c)
    {
        m_out += c;
        ++m_pos;
    }

    void escape()
    {
        if (m_pos + 1 >= m_in.size()) {
            emit(m_in[m_pos]);
            return;
        }
        const QChar next = m_in[m_pos + 1];
        if (next == u'Q') { // quoted run: copy through \E untouched
            const qsizetype end = m_in.indexOf(u"\\E", m_pos + 2);
            const qsizetype stop = end < 0 ? m_in.size() : end + 2;
            m_out += m_in.sliced(m_pos, stop - m_pos);
            m_pos = stop;
            return;
        }
        if ((next == u'p' || next == u'P') && m_pos + 2 < m_in.size() && m_in[m_pos + 2] == u'{') {
            const qsizetype close = m_in.indexOf(u'}', m_pos + 3);
            if (close > 0) {
                const QString name = m_in.sliced(m_pos + 3, close - m_pos - 3).toString();
                QString icu = icuPropertyName(name, m_classDepth > 0);
                if (!icu.isEmpty() && next == u'P')
                    icu = QStringLiteral("[^%1]").arg(icu.startsWith(u'[') ? icu.mid(1, icu.size() - 2) : icu);
                m_out += icu.isEmpty() ? m_in.sliced(m_pos, close + 1 - m_pos).toString() : icu;
                m_pos = close + 1;
                return;
            }
        }
        m_out += m_in[m_pos];
        m_out += next;
        m_pos += 2;
    }

    void openClass()
    {
        ++m_classDepth;
        emit(m_in[m_pos]);
        // "[]…]" and "[^]…]": a ']' right after the opening is a literal in Java.
        if (m_pos < m_in.size() && m_in[m_pos] == u'^')
            emit(m_in[m_pos]);
        if (m_pos < m_in.size() && m_in[m_pos] == u']') {
            m_out += QStringLiteral("\\]");
            ++m_pos;
        }
    }

    void group()
    {
        emit(m_in[m_pos]); // '('
        const QStringView rest = m_in.sliced(m_pos);
        m_lookBehinds.push_back(rest.startsWith(u"?<=") || rest.startsWith(u"?<!"));
        if (m_pos >= m_in.size() || m_in[m_pos] != u'?')
            return;
        // Inline flags "(?iu)" or "(?iu:…": keep only the flags ICU knows.
        qsizetype end = m_pos + 1;
        while (end < m_in.size() && (m_in[end].isLetter() || m_in[end] == u'-'))
            ++end;
        if (end == m_pos + 1 || end >= m_in.size() || (m_in[end] != u')' && m_in[end] != u':'))
            return;
        QString flags;
        for (qsizetype i = m_pos + 1; i < end; ++i) {
            const QChar f = m_in[i];
            if (f != u'u' && f != u'U' && f != u'd')
                flags += f;
        }
        if (flags.endsWith(u'-'))
            flags.chop(1);
        const bool colon = m_in[end] == u':';
        if (flags.isEmpty() && !colon) { // "(?u)": nothing left, drop the whole group
            m_out.chop(1);
            m_pos = end + 1;
            m_lookBehinds.pop_back();
            return;
        }
        if (!colon) // "(?i)" closes at once: it is no group
            m_lookBehinds.pop_back();
        m_out += QLatin1Char('?') + flags;
        m_pos = end;
    }

    void quantifier(QChar c)
    {
        if (c == u'{') {
            const qsizetype close = m_in.indexOf(u'}', m_pos);
            const QStringView body = close > 0 ? m_in.sliced(m_pos + 1, close - m_pos - 1) : QStringView();
            if (close < 0 || !isInterval(body)) { // Java reads a '{' that opens no interval as a literal; ICU does not
                m_out += QStringLiteral("\\{");
                ++m_pos;
                return;
            }
            m_pos = close + 1;
            if (bound() > 0 && body.endsWith(u',')) {
                const int low = body.chopped(1).toInt();
                m_out += QStringLiteral("{%1,%2}").arg(low).arg(std::max(low, bound()));
            } else {
                m_out += QLatin1Char('{') + body.toString() + QLatin1Char('}');
            }
        } else {
            ++m_pos;
            if (bound() > 0)
                m_out += QStringLiteral("{%1,%2}").arg(c == u'*' ? 0 : 1).arg(bound());
            else
                m_out += c;
        }
        m_afterQuantifier = true; // a following '+' or '?' is possessive or lazy, not another quantifier
    }

    // Repetition is bounded everywhere when asked, and always inside a look-behind the pattern itself contains.
    int bound() const
    {
        if (m_maxRepeat > 0)
            return m_maxRepeat;
        return std::find(m_lookBehinds.begin(), m_lookBehinds.end(), true) != m_lookBehinds.end()
                   ? kNestedLookBehindRepeat
                   : 0;
    }

    static constexpr int kNestedLookBehindRepeat = 24;
    QStringView m_in;
    int m_maxRepeat;
    std::vector<bool> m_lookBehinds; // one entry per open group: is it a look-behind?
    qsizetype m_pos = 0;
    int m_classDepth = 0;
    bool m_afterQuantifier = false;
    QString m_out;
};

} // namespace

QString javaRegexToIcu(QStringView pattern, int maxRepeat)
{
    return Translator(pattern, maxRepeat).run();
}

} // namespace terjime::segment
