// SPDX-License-Identifier: GPL-3.0-or-later
#include "simple_pattern.h"

#include "tm/text/icu_view.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>

namespace terjime::segment {

struct SimplePattern::Item {
    char16_t literal = 0;
    std::unique_ptr<icu::RegexPattern> characterClass; // null for a literal
    std::unique_ptr<icu::RegexMatcher> matcher;
    std::vector<std::uint8_t> membership; // per code unit: 0 not asked yet, 1 not a member, 2 a member
    int min = 1;
    int max = 1; // -1: no bound

    // Whether `c` is one of the item's characters; nothing for a surrogate (half of a character ICU would take
    // whole).
    std::optional<bool> accepts(char16_t c)
    {
        if (QChar::isSurrogate(c))
            return std::nullopt;
        if (!characterClass)
            return c == literal;
        if (membership.empty())
            membership.assign(0x10000, 0);
        if (membership[c] == 0) {
            const icu::UnicodeString one(c);
            matcher->reset(one);
            UErrorCode status = U_ZERO_ERROR;
            membership[c] = matcher->matches(status) && U_SUCCESS(status) ? 2 : 1;
        }
        return membership[c] == 2;
    }
};

namespace {

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Reads the atom at `pos` of an ICU pattern into `item` and returns the position after it, or -1 when the atom is
// not one the walk understands.
qsizetype readAtom(QStringView p, qsizetype pos, QString &classText, char16_t &literal)
{
    const QChar c = p[pos];
    if (c == u'[') {
        qsizetype j = pos + 1;
        if (j < p.size() && p[j] == u'^')
            ++j;
        while (j < p.size() && p[j] != u']') {
            if (p[j] == u'[' || (p[j] == u'&' && j + 1 < p.size() && p[j + 1] == u'&'))
                return -1; // nested classes and intersections: ICU's business
            if (p[j] == u'\\' && j + 1 < p.size() && (p[j + 1] == u'Q' || p[j + 1] == u'N'))
                return -1;
            j += p[j] == u'\\' ? 2 : 1;
        }
        if (j >= p.size())
            return -1;
        classText = p.sliced(pos, j + 1 - pos).toString();
        return j + 1;
    }
    if (c == u'.') {
        classText = QStringLiteral(".");
        return pos + 1;
    }
    if (c == u'\\') {
        if (pos + 1 >= p.size())
            return -1;
        const QChar next = p[pos + 1];
        if (QStringView(u"sSdDwWhH").contains(next)) {
            classText = p.sliced(pos, 2).toString();
            return pos + 2;
        }
        if (next == u'p' || next == u'P') {
            const qsizetype end = pos + 2 < p.size() && p[pos + 2] == u'{' ? p.indexOf(u'}', pos) : pos + 2;
            if (end < 0 || end >= p.size())
                return -1;
            classText = p.sliced(pos, end + 1 - pos).toString();
            return end + 1;
        }
        const qsizetype control = QStringView(u"tnrfae").indexOf(next);
        if (control >= 0) {
            literal = u"\t\n\r\f\a\x1B"[control];
            return pos + 2;
        }
        if (next == u'u' && pos + 6 <= p.size() && std::all_of(p.begin() + pos + 2, p.begin() + pos + 6, isHex)) {
            literal = char16_t(p.sliced(pos + 2, 4).toUInt(nullptr, 16));
            return QChar::isSurrogate(literal) ? -1 : pos + 6;
        }
        if (next.isLetterOrNumber() || next.isSurrogate())
            return -1; // \b, \A, \x, \Q, back-references…: not a plain character
        literal = next.unicode();
        return pos + 2;
    }
    if (QStringView(u"()|^$*+?{").contains(c) || c.isSurrogate())
        return -1;
    literal = c.unicode();
    return pos + 1;
}

// Reads a quantifier at `pos` (none: {1,1}); returns the position after it or -1 for one the walk does not take.
qsizetype readQuantifier(QStringView p, qsizetype pos, int &min, int &max)
{
    min = max = 1;
    if (pos >= p.size())
        return pos;
    const QChar c = p[pos];
    if (c == u'?' || c == u'*' || c == u'+') {
        min = c == u'+' ? 1 : 0;
        max = c == u'?' ? 1 : -1;
        ++pos;
    } else if (c == u'{') {
        const qsizetype close = p.indexOf(u'}', pos);
        if (close < 0)
            return -1;
        const QStringView body = p.sliced(pos + 1, close - pos - 1);
        const qsizetype comma = body.indexOf(u',');
        bool ok = true;
        bool okMax = true;
        min = (comma < 0 ? body : body.first(comma)).toInt(&ok);
        max = comma < 0 ? min : body.sliced(comma + 1).isEmpty() ? -1 : body.sliced(comma + 1).toInt(&okMax);
        if (!ok || !okMax || min < 0 || (max >= 0 && max < min))
            return -1;
        pos = close + 1;
    } else {
        return pos;
    }
    if (pos < p.size() && p[pos] == u'+')
        return -1; // possessive: gives up matches a backtracking walk would find
    if (pos < p.size() && p[pos] == u'?')
        ++pos; // lazy: the same matches exist
    return pos;
}

} // namespace

SimplePattern::~SimplePattern() = default;
SimplePattern::SimplePattern(SimplePattern &&) noexcept = default;
SimplePattern &SimplePattern::operator=(SimplePattern &&) noexcept = default;

std::optional<SimplePattern> SimplePattern::parse(QStringView icuPattern)
{
    SimplePattern pattern;
    qsizetype pos = 0;
    while (pos < icuPattern.size()) {
        auto item = std::make_unique<Item>();
        QString classText;
        pos = readAtom(icuPattern, pos, classText, item->literal);
        if (pos < 0)
            return std::nullopt;
        pos = readQuantifier(icuPattern, pos, item->min, item->max);
        if (pos < 0)
            return std::nullopt;
        if (!classText.isEmpty()) {
            UParseError parseError{};
            UErrorCode status = U_ZERO_ERROR;
            item->characterClass.reset(icu::RegexPattern::compile(text::icuView(classText), 0, parseError, status));
            if (U_FAILURE(status))
                return std::nullopt;
            item->matcher.reset(item->characterClass->matcher(status));
            if (U_FAILURE(status))
                return std::nullopt;
        }
        pattern.m_items.push_back(std::move(item));
        if (pattern.m_items.size() > std::size_t(kMaxItems))
            return std::nullopt;
    }
    return pattern;
}

std::optional<bool> SimplePattern::matchesFrom(QStringView text, qsizetype position)
{
    return walk(text, position, +1);
}

std::optional<bool> SimplePattern::matchesUntil(QStringView text, qsizetype position)
{
    return walk(text, position, -1);
}

// Backtracking over the items, away from `position` in `direction`, with a memo of (item, distance) pairs that
// failed, so that runs of overlapping quantifiers cost items × window steps at worst.
std::optional<bool> SimplePattern::walk(QStringView text, qsizetype position, int direction)
{
    std::array<std::array<bool, kWindow + 1>, kMaxItems> failed{};
    bool unknown = false;
    const auto itemCount = int(m_items.size());
    const auto step = [&](const auto &self, int index, int distance) -> bool {
        if (index == itemCount)
            return true;
        if (failed[index][distance])
            return false;
        Item &item = *m_items[direction > 0 ? index : itemCount - 1 - index];
        const int limit = item.max < 0 ? INT_MAX : item.max;
        int count = 0;
        while (count < limit) {
            const qsizetype at = direction > 0 ? position + distance + count : position - 1 - distance - count;
            if (at < 0 || at >= text.size())
                break;
            if (distance + count >= kWindow) {
                unknown = true;
                return false;
            }
            const std::optional<bool> accepted = item.accepts(text[at].unicode());
            if (!accepted) {
                unknown = true;
                return false;
            }
            if (!*accepted)
                break;
            ++count;
        }
        for (int taken = count; taken >= item.min; --taken) {
            if (self(self, index + 1, distance + taken))
                return true;
        }
        failed[index][distance] = true;
        return false;
    };
    if (step(step, 0, 0))
        return true;
    return unknown ? std::nullopt : std::optional<bool>(false);
}

} // namespace terjime::segment
