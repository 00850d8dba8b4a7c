// SPDX-License-Identifier: GPL-3.0-or-later
#include "word_list_rule.h"

#include "java_regex.h"
#include "tm/text/icu_view.h"
#include "tm/text/white_space.h"

#include <QChar>
#include <QStringList>

#include <algorithm>

namespace terjime::segment {
namespace {

constexpr qsizetype kMaxWords = 4096;
constexpr qsizetype kMaxWordLength = 64;

using Options = QStringList; // the strings one piece of a pattern can stand for

// Reads one atom (a literal, an escaped character, \s or a small class of literals) at `pos`.
std::optional<Options> readAtom(QStringView p, qsizetype &pos)
{
    const QChar c = p[pos];
    if (c == u'\\') {
        if (pos + 1 >= p.size())
            return std::nullopt;
        const QChar e = p[pos + 1];
        pos += 2;
        if (e == u's')
            return Options{QStringLiteral(" ")};
        if (e.isLetterOrNumber())
            return std::nullopt; // \d, \w, \p, \b … are not literals
        return Options{QString(e)};
    }
    if (c == u'[') {
        const qsizetype close = p.indexOf(u']', pos + 1);
        if (close < 0 || close == pos + 1)
            return std::nullopt;
        Options options;
        for (qsizetype i = pos + 1; i < close; ++i) {
            if (QStringView(u"^-[\\&").contains(p[i]))
                return std::nullopt;
            options << QString(p[i]);
        }
        pos = close + 1;
        return options;
    }
    if (QStringView(u"()|*+{}.^$?").contains(c))
        return std::nullopt;
    ++pos;
    return Options{QString(c)};
}

// Every string a sequence of atoms (each optionally followed by '?') can match.
std::optional<Options> expandSequence(QStringView p)
{
    Options result{QString()};
    qsizetype pos = 0;
    while (pos < p.size()) {
        auto atom = readAtom(p, pos);
        if (!atom)
            return std::nullopt;
        if (pos < p.size() && p[pos] == u'?') {
            atom->append(QString());
            ++pos;
        }
        Options next;
        for (const QString &head : result) {
            for (const QString &tail : *atom)
                next << head + tail;
        }
        if (next.size() > kMaxWords)
            return std::nullopt;
        result = std::move(next);
    }
    return result;
}

// The alternatives of a group body, split at '|' (the body must hold no further groups).
std::optional<QList<QStringView>> splitAlternatives(QStringView body)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    bool inClass = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (c == u'\\')
            ++i;
        else if (c == u'[')
            inClass = true;
        else if (c == u']')
            inClass = false;
        else if (!inClass && (c == u'(' || c == u')'))
            return std::nullopt;
        else if (!inClass && c == u'|') {
            parts << body.sliced(start, i - start);
            start = i + 1;
        }
    }
    parts << body.sliced(start);
    return parts;
}

// Length of the zero-width guards at the start: look-behinds without nested groups, and \b.
qsizetype guardLength(QStringView p)
{
    qsizetype pos = 0;
    while (true) {
        const QStringView rest = p.sliced(pos);
        if (rest.startsWith(u"\\b")) {
            pos += 2;
            continue;
        }
        if (!rest.startsWith(u"(?<!") && !rest.startsWith(u"(?<="))
            return pos;
        const qsizetype close = p.indexOf(u')', pos);
        const qsizetype nested = p.indexOf(u'(', pos + 1);
        if (close < 0 || (nested >= 0 && nested < close))
            return pos;
        pos = close + 1;
    }
}

char16_t normalizedUnit(char16_t c, bool caseInsensitive)
{
    if (text::isSpace(c))
        return u' ';
    return caseInsensitive ? char16_t(QChar::toCaseFolded(char32_t(c))) : c;
}

std::optional<Options> expandWords(QStringView rest)
{
    const bool grouped =
        rest.startsWith(u"(?:") || rest.startsWith(u"(?i:") || (rest.startsWith(u"(") && !rest.startsWith(u"(?"));
    if (!grouped)
        return expandSequence(rest);
    const qsizetype open = rest.startsWith(u"(?:") ? 3 : rest.startsWith(u"(?i:") ? 4 : 1;
    const qsizetype close = rest.indexOf(u')');
    if (close < 0)
        return std::nullopt;
    auto alternatives = splitAlternatives(rest.sliced(open, close - open));
    auto tail = expandSequence(rest.sliced(close + 1));
    if (!alternatives || !tail)
        return std::nullopt;
    Options words;
    for (QStringView alternative : *alternatives) {
        auto heads = expandSequence(alternative);
        if (!heads)
            return std::nullopt;
        for (const QString &head : *heads) {
            for (const QString &end : *tail)
                words << head + end;
        }
        if (words.size() > kMaxWords)
            return std::nullopt;
    }
    return words;
}

} // namespace

std::optional<WordListRule> WordListRule::parse(QStringView pattern, int minimumWords)
{
    const qsizetype guards = guardLength(pattern);
    QStringView rest = pattern.sliced(guards);
    bool caseInsensitive = rest.startsWith(u"(?i:");
    if (rest.startsWith(u"(?i)")) {
        caseInsensitive = true;
        rest = rest.sliced(4);
    }
    auto words = expandWords(rest);
    if (!words || words->size() < minimumWords)
        return std::nullopt;
    WordListRule rule;
    rule.m_caseInsensitive = caseInsensitive;
    rule.m_storage.reserve(std::size_t(words->size()));
    for (const QString &word : *words) {
        if (word.isEmpty() || word.size() > kMaxWordLength)
            return std::nullopt;
        std::u16string stored;
        for (QChar c : word)
            stored.push_back(normalizedUnit(c.unicode(), caseInsensitive));
        rule.m_storage.push_back(std::move(stored));
        rule.m_lengths.push_back(word.size());
    }
    for (const std::u16string &word : rule.m_storage)
        rule.m_words.insert(word);
    std::sort(rule.m_lengths.begin(), rule.m_lengths.end());
    rule.m_lengths.erase(std::unique(rule.m_lengths.begin(), rule.m_lengths.end()), rule.m_lengths.end());
    if (guards > 0) {
        const QString icu = javaRegexToIcu(pattern.sliced(0, guards), 8);
        UParseError parseError{};
        UErrorCode status = U_ZERO_ERROR;
        rule.m_guardPattern.reset(icu::RegexPattern::compile(text::icuView(icu), 0, parseError, status));
        if (U_FAILURE(status))
            return std::nullopt;
        rule.m_guard.reset(rule.m_guardPattern->matcher(status));
        if (U_FAILURE(status))
            return std::nullopt;
        rule.m_guard->useTransparentBounds(true);
        rule.m_guard->useAnchoringBounds(false);
    }
    return rule;
}

WordListRule::~WordListRule() = default;
WordListRule::WordListRule(WordListRule &&) noexcept = default;
WordListRule &WordListRule::operator=(WordListRule &&) noexcept = default;

void WordListRule::reset(const icu::UnicodeString &text)
{
    if (m_guard)
        m_guard->reset(text);
}

bool WordListRule::endsAt(const icu::UnicodeString &text, qsizetype position)
{
    if (m_lengths.empty() || m_lengths.front() > position)
        return false;
    // The longest candidate is normalised once; every shorter one is a suffix of it.
    const qsizetype longest = std::min(m_lengths.back(), position);
    const char16_t *data = text.getBuffer() + position - longest;
    char16_t buffer[kMaxWordLength];
    for (qsizetype i = 0; i < longest; ++i)
        buffer[i] = normalizedUnit(data[i], m_caseInsensitive);
    for (qsizetype length : m_lengths) {
        if (length > longest)
            break;
        if (m_words.count(std::u16string_view(buffer + longest - length, std::size_t(length))) == 0)
            continue;
        if (!m_guard)
            return true;
        UErrorCode status = U_ZERO_ERROR;
        m_guard->region(position - length, text.length(), status);
        if (U_SUCCESS(status) && m_guard->lookingAt(status) && U_SUCCESS(status))
            return true;
    }
    return false;
}

} // namespace terjime::segment
