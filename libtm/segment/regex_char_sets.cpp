// SPDX-License-Identifier: GPL-3.0-or-later
#include "regex_char_sets.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include <QHash>
#include <QSet>

#include <algorithm>
#include <bit>
#include <utility>
#include <vector>

namespace terjime::segment {

bool CharSet::contains(char16_t c) const
{
    return any || (categories != 0 && (U_MASK(u_charType(c)) & categories) != 0) ||
           std::binary_search(chars.cbegin(), chars.cend(), c);
}

void CharSet::uniteWith(const CharSet &other)
{
    if (any || other.any) {
        *this = CharSet{true, {}};
        return;
    }
    categories |= other.categories;
    QList<char16_t> merged;
    std::set_union(chars.cbegin(), chars.cend(), other.chars.cbegin(), other.chars.cend(), std::back_inserter(merged));
    chars = std::move(merged);
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
    into.uniteWith(from);
}

constexpr int kLengthCap = kEdgeDepth + 1; // a length this long or longer
constexpr std::uint32_t kAllCategories = U_MASK(U_CHAR_CATEGORY_COUNT) - 1;

int capped(int length)
{
    return std::min(length, kLengthCap);
}

// Concatenation: `a` then `b`. Index i of the whole is index i of `a` when `a` is longer than i, else index i - l of
// `b` for each length l that `a` can have; symmetrically from the end. Taking every length between a's shortest
// and longest (rather than the lengths it really has) only adds members, so the result stays sound.
RegexCharSets concat(const RegexCharSets &a, const RegexCharSets &b)
{
    RegexCharSets result;
    result.minLength = capped(a.minLength + b.minLength);
    result.maxLength = capped(a.maxLength + b.maxLength);
    for (int i = 0; i < kEdgeDepth; ++i) {
        if (a.maxLength > i)
            unite(result.head[i], a.head[i]);
        for (int l = a.minLength; l <= std::min(i, a.maxLength); ++l)
            unite(result.head[i], b.head[i - l]);
        if (b.maxLength > i)
            unite(result.tail[i], b.tail[i]);
        for (int l = b.minLength; l <= std::min(i, b.maxLength); ++l)
            unite(result.tail[i], a.tail[i - l]);
    }
    return result;
}

// Alternation: a match of either.
void uniteAlternative(RegexCharSets &into, const RegexCharSets &other)
{
    for (int i = 0; i < kEdgeDepth; ++i) {
        unite(into.head[i], other.head[i]);
        unite(into.tail[i], other.tail[i]);
    }
    into.minLength = std::min(into.minLength, other.minLength);
    into.maxLength = std::max(into.maxLength, other.maxLength);
}

RegexCharSets zeroWidth()
{
    return {};
}

// One character from `members` (all of them code units of the BMP, so exactly one unit long).
RegexCharSets oneUnit(const CharSet &members)
{
    RegexCharSets result;
    result.head[0] = result.tail[0] = members;
    result.minLength = result.maxLength = 1;
    return result;
}

// Any one character: one code unit, or two for a character outside the BMP.
RegexCharSets anyCharacter()
{
    RegexCharSets result;
    result.head[0] = result.head[1] = result.tail[0] = result.tail[1] = CharSet{true, {}};
    result.minLength = 1;
    result.maxLength = 2;
    return result;
}

// One character of `members`, which has general categories: the character may lie outside the BMP, where it is
// two surrogates.
RegexCharSets oneCharacter(const CharSet &members)
{
    RegexCharSets result = oneUnit(members);
    if (members.categories == 0)
        return result;
    RegexCharSets pair;
    pair.head[0] = pair.head[1] = pair.tail[0] = pair.tail[1] = CharSet{false, {}, U_GC_CS_MASK};
    pair.minLength = pair.maxLength = 2;
    uniteAlternative(result, pair);
    return result;
}

// Anything at all, of any length (`minLength` 0 when it may match nothing).
RegexCharSets anything(int minLength)
{
    RegexCharSets result;
    result.head.fill(CharSet{true, {}});
    result.tail.fill(CharSet{true, {}});
    result.minLength = minLength;
    result.maxLength = kLengthCap;
    return result;
}

// `item` repeated from `min` to `max` times (max < 0: without bound). Copies beyond kLengthCap change nothing the
// analysis can see: the edges of a match are made of at most kEdgeDepth non-empty copies.
RegexCharSets repeat(const RegexCharSets &item, int min, int max)
{
    RegexCharSets result = zeroWidth();
    for (int copy = 0; copy < std::min(min, kLengthCap); ++copy)
        result = concat(result, item);
    RegexCharSets optional = item;
    uniteAlternative(optional, zeroWidth());
    const int optionalCopies = max < 0 ? kLengthCap : std::min(max - min, kLengthCap);
    for (int copy = 0; copy < optionalCopies; ++copy)
        result = concat(result, optional);
    return result;
}

// The code units ICU's \s matches (its White_Space property), with every space separator and the ASCII controls
// that Java counts, so that the set is a superset whichever definition applies.
const CharSet &whiteSpace()
{
    static const CharSet set = [] {
        CharSet spaces;
        for (char16_t c = 1; c < 0xFFFF; ++c) {
            if (!isSurrogate(c) && (u_hasBinaryProperty(c, UCHAR_WHITE_SPACE) || u_charType(c) == U_SPACE_SEPARATOR ||
                                    u_charType(c) == U_LINE_SEPARATOR || u_charType(c) == U_PARAGRAPH_SEPARATOR ||
                                    (c >= 0x09 && c <= 0x0D)))
                spaces.chars.append(c);
        }
        return spaces;
    }();
    return set;
}

// Case-insensitive ICU matching compares simple case folds of single characters but full case folds of literal
// strings, so (?i)k matches the Kelvin sign, (?i)ss matches "ß" and (?i)ß matches "ss". The table lets a literal
// bring in every character with its fold, and every character whose multi-unit fold begins (or ends) with it.
struct CaseTable {
    QHash<char16_t, QList<char16_t>> sameFold;   // simple fold → the other characters with that fold
    QHash<char16_t, QList<char16_t>> foldStarts; // code unit → the characters whose long fold starts with it
    QHash<char16_t, QList<char16_t>> foldEnds;   // code unit → the characters whose long fold ends with it
    QHash<char16_t, QString> longFold;           // character → its full fold, when longer than one unit
    QSet<char16_t> inLongFold;                   // every code unit of those long folds
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
                for (int i = 0; i < length; ++i)
                    t.inLongFold.insert(folded[i]);
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

// What an atom and its quantifiers add to a sequence: literal characters that no quantifier repeats, which join the
// sequence's current string, then, unless `onlyLiteral`, an item that ends that string.
struct Piece {
    Piece(RegexCharSets sets) : item(std::move(sets)) {} // NOLINT(google-explicit-constructor): any other atom
    static Piece literalString(QString chars)
    {
        Piece piece(zeroWidth());
        piece.literal = std::move(chars);
        piece.onlyLiteral = true;
        return piece;
    }

    QString literal;
    bool onlyLiteral = false;
    RegexCharSets item;
};

class Analyzer {
public:
    explicit Analyzer(QStringView pattern) : m_pattern(pattern) {}

    RegexCharSets run()
    {
        const RegexCharSets result = alternation(0);
        return m_failed || m_pos != m_pattern.size() ? anything(0) : result;
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
        return anything(0);
    }

    // Adds `c` to `set` with, when case-insensitive, every character ICU would match for it.
    void addLiteral(CharSet &set, char16_t c) const
    {
        if (isSurrogate(c)) { // half of a character outside the BMP: not worth tracking
            set = CharSet{true, {}};
            return;
        }
        addChar(set, c);
        if (!m_caseInsensitive)
            return;
        const auto simple = char16_t(u_foldCase(c, U_FOLD_CASE_DEFAULT));
        addCaseVariants(set, simple, simple, {});
    }

    // A string of literal characters (all in the BMP), matched as ICU matches strings: exactly or, case-
    // insensitively, by full case folds, so that (?i)ss matches "ß" and (?i)ß matches "ss". A text matches when the
    // folds of its characters spell the pattern's fold; every way of spelling it is followed, forwards and backwards,
    // to learn which characters can stand at each index from either end.
    static RegexCharSets literalRun(QStringView chars, bool caseInsensitive)
    {
        RegexCharSets result = zeroWidth();
        if (!caseInsensitive) {
            for (QChar c : chars)
                result = concat(result, oneUnit(CharSet{false, {c.unicode()}}));
            return result;
        }
        const CaseTable &table = caseTable();
        QString folded;
        for (QChar c : chars)
            folded += table.longFold.value(c.unicode(), QString(QChar(u_foldCase(c.unicode(), U_FOLD_CASE_DEFAULT))));
        struct Step {
            char16_t c;
            qsizetype length; // of its fold
        };
        const qsizetype n = folded.size();
        std::vector<std::vector<Step>> steps(n);
        for (qsizetype p = 0; p < n; ++p) {
            const char16_t unit = folded[p].unicode();
            steps[p].push_back({unit, 1});
            for (char16_t variant : table.sameFold.value(unit)) {
                if (!table.longFold.contains(variant))
                    steps[p].push_back({variant, 1});
            }
            for (char16_t variant : table.foldStarts.value(unit)) {
                const QString &fold = table.longFold[variant];
                if (QStringView(folded).sliced(p).startsWith(fold))
                    steps[p].push_back({variant, fold.size()});
            }
        }
        // Bit i of reach[p]: i text characters spell folded[0, p) (forward) or folded[p, n) (backward); the
        // last bit stands for kLengthCap or more.
        const auto next = [](unsigned indices) {
            constexpr unsigned cap = 1u << kLengthCap;
            return ((indices << 1) | (indices & cap)) & ((cap << 1) - 1);
        };
        std::vector<unsigned> forward(n + 1, 0);
        std::vector<unsigned> backward(n + 1, 0);
        forward[0] = backward[n] = 1;
        for (qsizetype p = 0; p < n; ++p) {
            for (const Step &step : steps[p])
                forward[p + step.length] |= next(forward[p]);
        }
        for (qsizetype p = n - 1; p >= 0; --p) {
            for (const Step &step : steps[p])
                backward[p] |= next(backward[p + step.length]);
        }
        for (qsizetype p = 0; p < n; ++p) {
            for (const Step &step : steps[p]) {
                const unsigned before = forward[p];
                const unsigned after = backward[p + step.length];
                if (!before || !after)
                    continue; // on no complete spelling
                for (int i = 0; i < kEdgeDepth; ++i) {
                    if (before & (1u << i))
                        addChar(result.head[i], step.c);
                    if (after & (1u << i))
                        addChar(result.tail[i], step.c);
                }
            }
        }
        result.minLength = std::countr_zero(forward[n]);
        result.maxLength = std::bit_width(forward[n]) - 1;
        return result;
    }

    RegexCharSets alternation(int depth)
    {
        if (depth > kMaxDepth)
            return fail();
        RegexCharSets result = sequence(depth);
        while (!atEnd() && peek() == u'|') {
            ++m_pos;
            uniteAlternative(result, sequence(depth));
        }
        return result;
    }

    // Consecutive literal characters form one string, as ICU compiles them (see literalRun).
    RegexCharSets sequence(int depth)
    {
        RegexCharSets result = zeroWidth();
        QString string;
        bool stringCaseInsensitive = m_caseInsensitive;
        while (!atEnd() && peek() != u'|' && peek() != u')') {
            const bool caseInsensitive = m_caseInsensitive;
            Piece piece = quantified(depth);
            if (!piece.literal.isEmpty()) {
                if (string.isEmpty())
                    stringCaseInsensitive = caseInsensitive;
                string += piece.literal;
            }
            if (piece.onlyLiteral)
                continue;
            result = concat(result, literalRun(std::exchange(string, {}), stringCaseInsensitive));
            result = concat(result, piece.item);
        }
        return concat(result, literalRun(string, stringCaseInsensitive));
    }

    // Reads "{n}", "{n,}" or "{n,m}" at the cursor into min and max (-1 for "{n,}"); false (cursor unchanged) when
    // the brace starts no interval.
    bool interval(int *min, int *max)
    {
        qsizetype at = m_pos + 1;
        int value = 0;
        for (; at < m_pattern.size() && isAsciiDigit(m_pattern[at].unicode()); ++at)
            value = std::min(value * 10 + (m_pattern[at].unicode() - u'0'), 100000);
        if (at == m_pos + 1)
            return false;
        int upper = value;
        if (at < m_pattern.size() && m_pattern[at] == u',') {
            upper = at + 1 < m_pattern.size() && isAsciiDigit(m_pattern[at + 1].unicode()) ? 0 : -1;
            for (++at; at < m_pattern.size() && isAsciiDigit(m_pattern[at].unicode()); ++at)
                upper = std::min(upper * 10 + (m_pattern[at].unicode() - u'0'), 100000);
        }
        if (at >= m_pattern.size() || m_pattern[at] != u'}')
            return false;
        *min = value;
        *max = upper < 0 ? -1 : std::max(upper, value);
        m_pos = at + 1;
        return true;
    }

    // An atom and its quantifiers. A quantifier repeats only the last character of a literal string.
    Piece quantified(int depth)
    {
        Piece piece = atom(depth);
        while (!atEnd()) {
            int min = 0;
            int max = -1;
            if (peek() == u'*' || peek() == u'?' || peek() == u'+') {
                min = peek() == u'+' ? 1 : 0;
                max = peek() == u'?' ? 1 : -1;
                ++m_pos;
            } else if (peek() != u'{' || !interval(&min, &max))
                break;
            if (piece.onlyLiteral) {
                piece.onlyLiteral = false;
                piece.item =
                    piece.literal.isEmpty() ? zeroWidth() : literalRun(piece.literal.last(1), m_caseInsensitive);
                piece.literal.chop(1);
            }
            piece.item = repeat(piece.item, min, max);
            if (peek() == u'?' || peek() == u'+') // lazy or possessive: the same characters either way
                ++m_pos;
        }
        return piece;
    }

    Piece atom(int depth)
    {
        int min = 0;
        int max = 0;
        if (peek() == u'{' && interval(&min, &max))
            return fail(); // an interval with nothing to repeat
        const char16_t c = m_pattern[m_pos++].unicode();
        if (c == u'(')
            return group(depth + 1);
        if (c == u'[') {
            const CharSet members = characterClass(depth + 1);
            return members.any ? anyCharacter() : oneCharacter(members);
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
            return anyCharacter();
        }
        return Piece::literalString(
            QString(QChar(c))); // also a brace that starts no interval, as javaRegexToIcu reads it
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

    // The general categories of \d, \D, \p{…} or \P{…} at the cursor (just after the backslash), which it reads; 0
    // (the cursor unchanged) for any other escape, a property that is no general category, or under (?i), where
    // ICU closes property sets over case.
    std::uint32_t categoryEscape()
    {
        const char16_t kind = peek();
        if (m_caseInsensitive || !QStringView(u"dDpP").contains(QChar(kind)))
            return 0;
        std::uint32_t mask = U_GC_ND_MASK;
        qsizetype end = m_pos + 1;
        if (kind == u'p' || kind == u'P') {
            QStringView name;
            if (peek(1) == u'{') {
                const qsizetype close = m_pattern.indexOf(u'}', m_pos);
                if (close < 0)
                    return 0;
                name = m_pattern.sliced(m_pos + 2, close - m_pos - 2);
                end = close + 1;
            } else {
                name = m_pattern.sliced(m_pos + 1, std::min<qsizetype>(1, m_pattern.size() - m_pos - 1));
                end = m_pos + 2;
            }
            if (name.startsWith(u"Is"))
                name = name.sliced(2);
            const int32_t value = u_getPropertyValueEnum(UCHAR_GENERAL_CATEGORY_MASK, name.toLatin1().constData());
            if (name.isEmpty() || value == UCHAR_INVALID_CODE || value == 0)
                return 0;
            mask = std::uint32_t(value);
        }
        if (kind == u'D' || kind == u'P')
            mask = kAllCategories & ~mask;
        m_pos = end;
        return mask;
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

    Piece escape()
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
            if (std::any_of(quoted.begin(), quoted.end(), [](QChar q) { return q.isSurrogate(); }))
                return anything(0); // characters outside the BMP: not worth tracking
            return Piece::literalString(quoted.toString());
        }
        // A back-reference repeats whatever its group matched, which may be anything, or nothing.
        if (c == u'k') {
            const qsizetype close = m_pattern.indexOf(u'>', m_pos);
            if (peek(1) != u'<' || close < 0)
                return fail();
            m_pos = close + 1;
            return anything(0);
        }
        if (c >= u'1' && c <= u'9') {
            while (!atEnd() && isAsciiDigit(peek()))
                ++m_pos;
            return anything(0);
        }
        if (const std::uint32_t categories = categoryEscape())
            return oneCharacter(CharSet{false, {}, categories});
        const qint64 value = escapedChar();
        if (value == kBad)
            return fail();
        if (value != kNoChar)
            return isSurrogate(value) ? Piece(anyCharacter()) : Piece::literalString(QString(QChar(char16_t(value))));
        if (c == u's')
            return oneUnit(whiteSpace());
        if (c == u'R' || c == u'X') // a line break (\r\n is two units) or a grapheme cluster
            return anything(1);
        // \d and its kind match one character, perhaps outside the BMP; an unknown escape might match none
        return QStringView(u"dDSwWhHvVpPN").contains(QChar(c)) ? anyCharacter() : anything(0);
    }

    // The members of a class whose '[' has been read. Negation, nesting, intersection and class escapes other than
    // \s make it `any`, since listing those is not worth it.
    CharSet characterClass(int depth)
    {
        if (depth > kMaxDepth) {
            fail();
            return CharSet{true, {}};
        }
        CharSet members;
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
            if (c == u'\\' && peek(1) != u'-') {
                if (const std::uint32_t categories = categoryEscape()) {
                    members.categories |= categories;
                    continue;
                }
            }
            if (c == u'\\' && peek() == u's' && peek(1) != u'-') {
                ++m_pos;
                unite(members, whiteSpace());
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
        return any ? CharSet{true, {}} : members;
    }

    QStringView m_pattern;
    qsizetype m_pos = 0;
    bool m_caseInsensitive = false;
    bool m_failed = false;
};

} // namespace

RegexCharSets analyzeRegex(QStringView javaPattern)
{
    return Analyzer(javaPattern).run();
}

} // namespace terjime::segment
