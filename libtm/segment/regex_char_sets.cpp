// SPDX-License-Identifier: GPL-3.0-or-later
#include "regex_char_sets.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include <QHash>

#include <algorithm>
#include <optional>
#include <utility>

namespace terjime::segment {

bool CharSet::contains(char16_t c) const
{
    return any || std::binary_search(chars.cbegin(), chars.cend(), c);
}

namespace {

constexpr int kMaxDepth = 200;     // deep enough for any real rule; keeps "((((…" from exhausting the stack
constexpr int kMaxRangeSize = 512; // a larger range gains the caller little over `any`
constexpr qint64 kNoChar = -1;     // an escape that is no single BMP character: \s, \p{L}, \x{1F600}, \y
constexpr qint64 kBad = -2;        // a malformed escape: the whole pattern is unreadable

bool isSurrogate(qint64 c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}
bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

void addChar(CharSet &set, char16_t c)
{
    const auto it = std::lower_bound(set.chars.begin(), set.chars.end(), c);
    if (!set.any && (it == set.chars.end() || *it != c))
        set.chars.insert(it, c);
}

void unite(CharSet &into, const CharSet &from)
{
    if (into.any || from.any) {
        into = CharSet{true, {}};
        return;
    }
    QList<char16_t> merged;
    std::set_union(into.chars.cbegin(), into.chars.cend(), from.chars.cbegin(), from.chars.cend(),
                   std::back_inserter(merged));
    into.chars = std::move(merged);
}

// Concatenation: `item` follows what `sequence` already holds.
void append(RegexCharSets &sequence, const RegexCharSets &item)
{
    if (sequence.nullable)
        unite(sequence.first, item.first);
    if (item.nullable)
        unite(sequence.last, item.last);
    else
        sequence.last = item.last;
    sequence.nullable = sequence.nullable && item.nullable;
}

RegexCharSets anything(bool nullable)
{
    return {CharSet{true, {}}, CharSet{true, {}}, nullable};
}
RegexCharSets zeroWidth()
{
    return {};
}
RegexCharSets empty()
{
    return {{}, {}, false};
}

// Case-insensitive ICU matching compares simple case folds of single characters but full case folds of literal
// strings, so (?i)k matches the Kelvin sign, (?i)ss matches "ß" and (?i)ß matches "ss". The table lets a literal
// bring in every character with its fold, and every character whose multi-unit fold begins (or ends) with it.
struct CaseTable {
    QHash<char16_t, QList<char16_t>> sameFold;   // simple fold → the other characters with that fold
    QHash<char16_t, QList<char16_t>> foldStarts; // code unit → the characters whose long fold starts with it
    QHash<char16_t, QList<char16_t>> foldEnds;   // code unit → the characters whose long fold ends with it
    QHash<char16_t, QString> longFold;           // character → its full fold, when longer than one unit
};

const CaseTable &caseTable()
{
    static const CaseTable table = [] {
        CaseTable t;
        for (char16_t c = 1; c != 0; ++c) {
            if (isSurrogate(c) || !u_hasBinaryProperty(c, UCHAR_CHANGES_WHEN_CASEFOLDED))
                continue;
            t.sameFold[char16_t(u_foldCase(c, U_FOLD_CASE_DEFAULT))].append(c);
            UChar folded[8];
            UErrorCode status = U_ZERO_ERROR;
            const int32_t length = u_strFoldCase(folded, 8, &c, 1, U_FOLD_CASE_DEFAULT, &status);
            if (U_SUCCESS(status) && length > 1 && length <= 8) {
                t.foldStarts[folded[0]].append(c);
                t.foldEnds[folded[length - 1]].append(c);
                t.longFold.insert(c, QString(reinterpret_cast<const QChar *>(folded), length));
            }
        }
        return t;
    }();
    return table;
}

void addCaseVariants(CharSet &set, char16_t simple, char16_t edge, const QHash<char16_t, QList<char16_t>> &partial)
{
    addChar(set, simple);
    addChar(set, edge);
    const CaseTable &table = caseTable();
    const QList<char16_t> lists[] = {table.sameFold.value(simple), table.sameFold.value(edge), partial.value(edge)};
    for (const QList<char16_t> &variants : lists)
        for (char16_t variant : variants)
            addChar(set, variant);
}

class Analyzer {
public:
    explicit Analyzer(QStringView pattern) : m_pattern(pattern) {}

    RegexCharSets run()
    {
        const RegexCharSets result = alternation(0);
        return m_failed || m_pos != m_pattern.size() ? anything(true) : result;
    }

private:
    bool atEnd() const { return m_pos >= m_pattern.size(); }
    char16_t peek(qsizetype ahead = 0) const // 0 past the end
    {
        return m_pos + ahead < m_pattern.size() ? m_pattern[m_pos + ahead].unicode() : char16_t(0);
    }
    RegexCharSets fail()
    {
        m_failed = true;
        m_pos = m_pattern.size(); // every loop stops at the end, so failing also unwinds the descent
        return anything(true);
    }

    void addLiteral(RegexCharSets &item, char16_t c) const
    {
        if (isSurrogate(c)) { // half of a character outside the BMP: not worth tracking
            item.first.any = item.last.any = true;
            return;
        }
        addChar(item.first, c);
        addChar(item.last, c);
        if (!m_caseInsensitive)
            return;
        const auto simple = char16_t(u_foldCase(c, U_FOLD_CASE_DEFAULT));
        const QString longFold = caseTable().longFold.value(c, QString(QChar(simple)));
        addCaseVariants(item.first, simple, longFold.front().unicode(), caseTable().foldStarts);
        addCaseVariants(item.last, simple, longFold.back().unicode(), caseTable().foldEnds);
    }
    RegexCharSets literal(char16_t c) const
    {
        RegexCharSets item = empty();
        addLiteral(item, c);
        return item;
    }

    RegexCharSets alternation(int depth)
    {
        if (depth > kMaxDepth)
            return fail();
        RegexCharSets result = sequence(depth);
        while (!atEnd() && peek() == u'|') {
            ++m_pos;
            const RegexCharSets next = sequence(depth);
            unite(result.first, next.first);
            unite(result.last, next.last);
            result.nullable = result.nullable || next.nullable;
        }
        return result;
    }

    RegexCharSets sequence(int depth)
    {
        RegexCharSets result = zeroWidth();
        while (!atEnd() && peek() != u'|' && peek() != u')') {
            const RegexCharSets item = quantified(depth);
            if (m_quotedPrefix)
                append(result, *std::exchange(m_quotedPrefix, std::nullopt));
            append(result, item);
        }
        return result;
    }

    // Reads "{n}", "{n,}" or "{n,m}" at the cursor; false (cursor unchanged) when the brace starts no interval.
    bool interval(int *min)
    {
        qsizetype at = m_pos + 1;
        int value = 0;
        for (; at < m_pattern.size() && isAsciiDigit(m_pattern[at].unicode()); ++at)
            value = std::min(value * 10 + (m_pattern[at].unicode() - u'0'), 100000);
        if (at == m_pos + 1)
            return false;
        if (at < m_pattern.size() && m_pattern[at] == u',')
            for (++at; at < m_pattern.size() && isAsciiDigit(m_pattern[at].unicode());)
                ++at;
        if (at >= m_pattern.size() || m_pattern[at] != u'}')
            return false;
        *min = value;
        m_pos = at + 1;
        return true;
    }

    RegexCharSets quantified(int depth)
    {
        RegexCharSets item = atom(depth);
        int min = 1;
        while (!atEnd()) {
            if (peek() == u'*' || peek() == u'?' || peek() == u'+') {
                min = peek() == u'+' ? 1 : 0;
                ++m_pos;
            } else if (peek() != u'{' || !interval(&min))
                break;
            item.nullable = item.nullable || min == 0;
            if (peek() == u'?' || peek() == u'+') // lazy or possessive: the same characters either way
                ++m_pos;
        }
        return item;
    }

    RegexCharSets atom(int depth)
    {
        int min = 0;
        if (peek() == u'{' && interval(&min))
            return fail(); // an interval with nothing to repeat
        const char16_t c = m_pattern[m_pos++].unicode();
        if (c == u'(')
            return group(depth + 1);
        if (c == u'[') {
            const CharSet members = characterClass(depth + 1);
            return {members, members, false};
        }
        if (c == u'\\')
            return escape();
        if (c == u'*' || c == u'+' || c == u'?')
            return fail(); // nothing to repeat
        if (c == u'^' || c == u'$')
            return zeroWidth();
        if (c == u'.' || isSurrogate(c)) {
            if (QChar::isHighSurrogate(c) && QChar::isLowSurrogate(peek()))
                ++m_pos;
            return anything(false);
        }
        return literal(c); // also a brace that starts no interval, as javaRegexToIcu reads it
    }

    RegexCharSets group(int depth)
    {
        const bool outerCase = m_caseInsensitive;
        bool lookAround = false;
        if (peek() == u'?') {
            const char16_t kind = peek(1);
            const bool behind = kind == u'<' && (peek(2) == u'=' || peek(2) == u'!');
            lookAround = kind == u'=' || kind == u'!' || behind;
            if (kind == u':' || kind == u'>' || lookAround) {
                m_pos += behind ? 3 : 2;
            } else if (kind == u'<') { // named group
                const qsizetype close = m_pattern.indexOf(u'>', m_pos);
                if (close < 0)
                    return fail();
                m_pos = close + 1;
            } else { // flags, for the rest of the enclosing group "(?i)" or for its own content "(?i:…)"
                bool on = true;
                for (++m_pos; !atEnd() && peek() != u')' && peek() != u':'; ++m_pos) {
                    const char16_t flag = peek();
                    if (flag == u'-')
                        on = false;
                    else if (flag == u'i')
                        m_caseInsensitive = on;
                    else if (!QStringView(u"uUdmsx").contains(QChar(flag)) || (flag == u'x' && on))
                        return fail(); // comments mode (x) changes what every later character means
                }
                if (atEnd())
                    return fail();
                if (m_pattern[m_pos++] == u')')
                    return zeroWidth(); // the enclosing group's caller restores the case flag
            }
        }
        const RegexCharSets content = alternation(depth);
        m_caseInsensitive = outerCase;
        if (atEnd() || peek() != u')')
            return fail();
        ++m_pos;
        return lookAround ? zeroWidth() : content;
    }

    // Reads `length` hex digits at the cursor.
    qint64 hex(qsizetype length)
    {
        const QStringView digits = m_pattern.mid(m_pos, length);
        const auto isHex = [](QChar d) {
            return isAsciiDigit(d.unicode()) || unsigned((d.unicode() | 0x20) - u'a') < 6u;
        };
        bool ok =
            length > 0 && length <= 8 && digits.size() == length && std::all_of(digits.begin(), digits.end(), isHex);
        const qint64 value = ok ? qint64(digits.toULongLong(&ok, 16)) : 0;
        m_pos += length;
        return ok ? value : kBad;
    }

    // The character of a literal escape whose backslash has been read, kNoChar or kBad.
    qint64 escapedChar()
    {
        if (atEnd())
            return kBad;
        const char16_t c = m_pattern[m_pos++].unicode();
        const qsizetype control = QStringView(u"ntrfae").indexOf(QChar(c));
        if (control >= 0)
            return u"\n\t\r\f\a\x1B"[control];
        switch (c) {
        case u'c': return atEnd() ? kBad : (m_pattern[m_pos++].unicode() ^ 0x40);
        case u'u': return hex(4);
        case u'x': {
            if (peek() != u'{')
                return hex(2);
            const qsizetype close = m_pattern.indexOf(u'}', ++m_pos);
            const qint64 value = close < 0 ? kBad : hex(close - m_pos);
            ++m_pos;
            return value > 0xFFFF ? kNoChar : value;
        }
        case u'0': {
            qint64 value = 0;
            int digits = 0;
            for (; digits < 3 && peek() >= u'0' && peek() <= u'7' && value * 8 + (peek() - u'0') <= 0377; ++digits)
                value = value * 8 + (m_pattern[m_pos++].unicode() - u'0');
            return digits == 0 ? kBad : value;
        }
        case u'p':
        case u'P':
        case u'N':
            if (peek() == u'{') {
                const qsizetype close = m_pattern.indexOf(u'}', m_pos);
                m_pos = close + 1;
                return close < 0 ? kBad : kNoChar;
            }
            if (c == u'N' || atEnd())
                return kBad;
            ++m_pos; // one-letter name: \pL
            return kNoChar;
        default:
            if (QChar::isHighSurrogate(c) && QChar::isLowSurrogate(peek()))
                ++m_pos;
            return isSurrogate(c) || QChar::isLetterOrNumber(c) ? kNoChar : c;
        }
    }

    RegexCharSets escape()
    {
        const char16_t c = peek();
        if (QStringView(u"bBAzZG").contains(QChar(c)) && !atEnd()) {
            ++m_pos;
            return zeroWidth();
        }
        if (c == u'Q') {
            qsizetype end = m_pattern.indexOf(u"\\E", ++m_pos);
            end = end < 0 ? m_pattern.size() : end;
            const QStringView quoted = m_pattern.mid(m_pos, end - m_pos);
            m_pos = std::min(end + 2, m_pattern.size());
            if (quoted.isEmpty())
                return zeroWidth();
            // A quantifier after \E repeats only the last quoted character: that one is the atom, and the rest
            // goes before it in the sequence.
            if (quoted.size() > 1) {
                m_quotedPrefix = literal(quoted.front().unicode());
                m_quotedPrefix->last = literal(quoted[quoted.size() - 2].unicode()).last;
            }
            return literal(quoted.back().unicode());
        }
        // A back-reference repeats whatever its group matched, which may be anything, or nothing.
        if (c == u'k') {
            const qsizetype close = m_pattern.indexOf(u'>', m_pos);
            if (peek(1) != u'<' || close < 0)
                return fail();
            m_pos = close + 1;
            return anything(true);
        }
        if (c >= u'1' && c <= u'9') {
            while (!atEnd() && isAsciiDigit(peek()))
                ++m_pos;
            return anything(true);
        }
        const qint64 value = escapedChar();
        if (value == kBad)
            return fail();
        if (value == kNoChar) // \s and its kind match one character; an unknown escape might match none
            return anything(!QStringView(u"dDsSwWhHvVRXpPN").contains(QChar(c)));
        return literal(char16_t(value));
    }

    // The members of a class whose '[' has been read. Negation, nesting, intersection and class escapes make it
    // `any`, since listing those is not worth it.
    CharSet characterClass(int depth)
    {
        if (depth > kMaxDepth) {
            fail();
            return CharSet{true, {}};
        }
        RegexCharSets members = empty();
        const bool negated = peek() == u'^';
        m_pos += negated ? 1 : 0;
        bool any = negated || peek() == u':'; // ICU reads [:Lu:] as a property
        for (bool atStart = true; !atEnd() && (peek() != u']' || atStart); atStart = false) {
            const char16_t c = m_pattern[m_pos++].unicode();
            if (c == u'[' || (c == u'&' && peek() == u'&')) {
                if (c == u'[')
                    characterClass(depth + 1);
                any = true;
                continue;
            }
            if (c == u'\\' && peek() == u'Q') { // every quoted character is a member
                qsizetype end = m_pattern.indexOf(u"\\E", ++m_pos);
                for (end = end < 0 ? m_pattern.size() : end; m_pos < end; ++m_pos)
                    addLiteral(members, peek());
                m_pos = std::min(end + 2, m_pattern.size());
                continue;
            }
            const qint64 low = c == u'\\' ? escapedChar() : c;
            qint64 high = low;
            if (low >= 0 && peek() == u'-' && peek(1) != u']' && m_pos + 1 < m_pattern.size()) {
                m_pos += 2;
                high = peek(-1) == u'\\' ? escapedChar() : peek(-1) == u'[' ? kBad : peek(-1);
                if (high >= 0 && high < low)
                    high = kBad;
            }
            if (low == kBad || high == kBad) {
                fail();
                break;
            }
            if (low < 0 || high < 0 || isSurrogate(low) || isSurrogate(high) || high - low >= kMaxRangeSize)
                any = true;
            for (qint64 member = low; !any && member <= high; ++member)
                addLiteral(members, char16_t(member));
        }
        if (atEnd()) {
            fail();
            return CharSet{true, {}};
        }
        ++m_pos;
        unite(members.first, members.last);
        return any ? CharSet{true, {}} : members.first;
    }

    QStringView m_pattern;
    qsizetype m_pos = 0;
    bool m_caseInsensitive = false;
    bool m_failed = false;
    std::optional<RegexCharSets> m_quotedPrefix; // set by \Q…\E for the sequence that reads it
};

} // namespace

RegexCharSets analyzeRegex(QStringView javaPattern)
{
    return Analyzer(javaPattern).run();
}

} // namespace terjime::segment
