// SPDX-License-Identifier: GPL-3.0-or-later
#include "regex_char_sets.h"

#include "java_regex.h"
#include "qt_printers.h"

#include <unicode/regex.h>
#include <unicode/uchar.h>

#include <gtest/gtest.h>

#include <QString>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <random>

using terjime::segment::analyzeRegex;
using terjime::segment::CharSet;
using terjime::segment::kEdgeDepth;
using terjime::segment::RegexCharSets;

namespace {

// Renders a set for comparison and for readable failures: "*" for any, "\\s" for white space, else its characters
// in order, then its general categories as \p{Lu|Cs}.
QString describe(const CharSet &set)
{
    if (set.any)
        return QStringLiteral("*");
    const auto isSpace = [](char16_t c) { return QChar::isSpace(c); };
    if (set.chars.size() > 20 && std::all_of(set.chars.cbegin(), set.chars.cend(), isSpace))
        return QStringLiteral("\\s");
    QString text;
    for (char16_t c : set.chars)
        text += QChar(c);
    QStringList categories;
    for (int category = 0; category < U_CHAR_CATEGORY_COUNT; ++category) {
        if (set.categories & U_MASK(category))
            categories << QString::fromLatin1(
                u_getPropertyValueName(UCHAR_GENERAL_CATEGORY, category, U_SHORT_PROPERTY_NAME));
    }
    return categories.isEmpty() ? text : text + QStringLiteral("\\p{") + categories.join(u'|') + u'}';
}

QString sorted(QString chars)
{
    std::sort(chars.begin(), chars.end());
    return chars;
}

struct Case {
    const char16_t *pattern;
    const char16_t *first; // expected members in any order, or u"*" for any
    const char16_t *last;
    bool nullable;
};

// Real before- and after-break patterns from SRX files (Okapi, LanguageTool, our own rules), plus the edge cases.
const Case kCases[] = {
    {u"\\.", u".", u".", false},
    {u"[.!?][\"»”)]*", u".!?", u".!?\"»”)", false},
    {u"\\b(?:Mr|Dr|St)\\.", u"MDS", u".", false},
    {u"(?:…|\\.\\.\\.)[\"'”»’)\\]]*", u"….", u"….\"'”»’)]", false},
    {u"[^\\s,;:]", u"*", u"*", false},
    {u"\\S\\s?[.!?]", u"*", u".!?", false},
    {u"(?<![\\p{L}\\d])т\\s?\\.", u"т", u".", false},
    {u"[ \\t]*\\n", u" \t\n", u"\n", false},
    {u"\\s+\\p{Lu}", u"\\s", u"\\p{Lu|Cs}", false},
    {u"", u"", u"", true},
    {u"a{0,3}", u"a", u"a", true},
    {u"a{2}b{1,}", u"a", u"b", false},
    {u"(?=x)", u"", u"", true},
    {u"\\Q*+\\E", u"*", u"+", false},
    {u"\\Q\\E", u"", u"", true},
    {u"[\\Q*+\\E]", u"*+", u"*+", false},
    {u"[]a]", u"]a", u"]a", false},
    {u"[^]a]", u"*", u"*", false},
    {u"[a-d&&[^b]]", u"*", u"*", false},
    {u"[a-c-]x?", u"abc-", u"abc-x", false},
    {u"\\u00e9\\x41\\x{42}\\t", u"é", u"\t", false},
    {u"(?<n>a|b)\\k<n>", u"ab", u"*", false},
    {u"(a)\\1", u"a", u"*", false},
    {u"^\\s*$", u"\\s", u"\\s", true},
    {u"(?>ab|c)++d*?", u"ac", u"bcd", false},
    {u"x(?<=y)(?!z)\\b", u"x", u"x", false},
    {u"(?i:c)b", u"cC", u"b", false},
    {u"((?i)c)d", u"cC", u"d", false},
    {u"a{x}", u"a", u"}", false},
    {u"[abc", u"*", u"*", true},
    {u"(a|b", u"*", u"*", true},
    {u"a|b)", u"*", u"*", true},
    {u"\\", u"*", u"*", true},
    {u"*a", u"*", u"*", true},
    {u"(?x)a b", u"*", u"*", true},
    {u"\\u12", u"*", u"*", true},
    {u"[z-a]", u"*", u"*", true},
};

TEST(RegexCharSets, AnalysesRealPatterns)
{
    for (const Case &c : kCases) {
        SCOPED_TRACE(QString::fromUtf16(c.pattern).toStdString());
        const RegexCharSets sets = analyzeRegex(c.pattern);
        const auto expected = [](const char16_t *chars) {
            const QString text = QString::fromUtf16(chars);
            return text.contains(u"\\p{") ? text : sorted(text);
        };
        EXPECT_EQ(describe(sets.first()), expected(c.first));
        EXPECT_EQ(describe(sets.last()), expected(c.last));
        EXPECT_EQ(sets.nullable(), c.nullable);
    }
}

TEST(RegexCharSets, CaseInsensitiveLiteralsAddEveryCaseVariant)
{
    const RegexCharSets months = analyzeRegex(u"(?i)\\b(?:jan|feb)\\.");
    for (char16_t c : u"jJfF")
        EXPECT_TRUE(c == 0 || months.first().contains(c)) << char(c);
    for (char16_t c = u'A'; c <= u'z'; ++c)
        EXPECT_EQ(months.first().contains(c), QStringView(u"jJfF").contains(QChar(c))) << char(c);
    EXPECT_EQ(describe(months.last()), QStringLiteral("."));
    EXPECT_FALSE(months.nullable());

    // ICU compares literal strings by full case folding: (?i)ss matches "ß" and "ſ" (long s) is an s.
    const RegexCharSets ss = analyzeRegex(u"(?i)ss");
    EXPECT_TRUE(ss.first().contains(u'ß') && ss.last().contains(u'ß') && ss.first().contains(u'ſ'));
    EXPECT_TRUE(analyzeRegex(u"(?i)k").first().contains(u'\u212A')); // KELVIN SIGN
    EXPECT_FALSE(analyzeRegex(u"(?i)(?-i)k").first().contains(u'K'));
}

// Deeper than one character: what tells an abbreviation rule's "г." from every other full stop.
TEST(RegexCharSets, FollowsSeveralCharactersFromEachEdge)
{
    const RegexCharSets year = analyzeRegex(u"\\d{4}\\s?гг?\\s?\\.");
    EXPECT_EQ(describe(year.tail[0]), QStringLiteral("."));
    EXPECT_TRUE(year.tail[1].contains(u'г') && year.tail[1].contains(u' ') && !year.tail[1].contains(u'т'));
    EXPECT_TRUE(year.tail[2].contains(u'г') && year.tail[2].contains(u'\u00A0'));
    EXPECT_EQ(year.minLength, kEdgeDepth + 1);

    const RegexCharSets words = analyzeRegex(u"(?<![\\p{L}\\d])(?:sah|san|tom|köç|jaý)\\.");
    EXPECT_EQ(describe(words.tail[1]), sorted(QStringLiteral("hnmçý")));
    EXPECT_EQ(describe(words.tail[2]), sorted(QStringLiteral("aoö")));
    EXPECT_EQ(describe(words.head[0]), sorted(QStringLiteral("stkj")));
    EXPECT_EQ(describe(words.head[1]), sorted(QStringLiteral("aoö")));

    const RegexCharSets after = analyzeRegex(u"\\s+[\"«„“(]?\\p{Lu}");
    EXPECT_EQ(describe(after.head[0]), QStringLiteral("\\s"));
    EXPECT_TRUE(after.head[1].contains(u'А') && after.head[1].contains(u' ') && after.head[1].contains(u'«'));
    EXPECT_FALSE(after.head[1].contains(u'а') || after.head[1].contains(u'.'));
    EXPECT_TRUE(analyzeRegex(u"(?i)\\p{Lu}").first().any); // ICU closes property sets over case
    EXPECT_EQ(after.minLength, 2);
    EXPECT_EQ(after.maxLength, kEdgeDepth + 1);

    // (?i)ss matches "ß" and (?i)ß matches "ss": a case-insensitive string may match fewer or more code units.
    const RegexCharSets ss = analyzeRegex(u"(?i)xss");
    EXPECT_EQ(ss.minLength, 2);
    EXPECT_EQ(ss.maxLength, 3);
    EXPECT_TRUE(ss.head[1].contains(u'ß') && ss.head[1].contains(u'S') && !ss.head[1].contains(u'x'));
    EXPECT_TRUE(ss.head[2].contains(u's') && !ss.head[2].contains(u'ß'));
    const RegexCharSets sharpS = analyzeRegex(u"(?i)ß");
    EXPECT_EQ(sharpS.minLength, 1);
    EXPECT_EQ(sharpS.maxLength, 2);
    const RegexCharSets cyrillic = analyzeRegex(u"(?i:тыс)\\.");
    EXPECT_EQ(cyrillic.minLength, 4);
    EXPECT_TRUE(cyrillic.tail[1].contains(u'с') && cyrillic.tail[1].contains(u'С'));
    EXPECT_FALSE(cyrillic.tail[1].contains(u'т'));
}

TEST(RegexCharSets, ContainsUsesBinarySearchOrAny)
{
    const CharSet some{false, {u'a', u'c', u'x'}};
    EXPECT_TRUE(some.contains(u'c'));
    EXPECT_FALSE(some.contains(u'b'));
    EXPECT_TRUE((CharSet{true, {}}).contains(u'b'));
    EXPECT_FALSE(CharSet{}.contains(u'a'));
}

TEST(RegexCharSets, SurvivesHostileNesting)
{
    for (const char16_t *open : {u"(", u"[", u"(?:", u"(?=", u"(?<n>"}) {
        const RegexCharSets sets = analyzeRegex(QString::fromUtf16(open).repeated(100000));
        EXPECT_TRUE(sets.first().any && sets.last().any && sets.nullable());
    }
    const RegexCharSets deep = analyzeRegex(QString(150, u'(') + u'a' + QString(150, u')'));
    EXPECT_EQ(describe(deep.first()), QStringLiteral("a"));
}

// Random patterns from SRX-like pieces: the analysis must terminate on each, and whenever ICU runs the pattern, every
// match it finds must agree with the sets. This checks the sets against the real engine, not against our reading.
TEST(RegexCharSets, SoundAgainstIcuOnRandomPatterns)
{
    static const char16_t *const kPieces[] = {
        u"a",
        u"b",
        u"s",
        u"k",
        u"ß",
        u"т",
        u".",
        u"\\.",
        u"!",
        u"?",
        u"*",
        u"+",
        u"{0,2}",
        u"{1,2}",
        u"{2}",
        u"*?",
        u"++",
        u"|",
        u"(",
        u"(?:",
        u")",
        u"(?i)",
        u"(?-i)",
        u"(?=",
        u"(?!",
        u"(?<=",
        u"(?<!",
        u"(?>",
        u"(?<n>",
        u"\\k<n>",
        u"\\1",
        u"[ab]",
        u"[^a]",
        u"[.!?]",
        u"[a-c]",
        u"[]s]",
        u"[",
        u"]",
        u"\\",
        u"\\s",
        u"\\S",
        u"\\d",
        u"\\p{Lu}",
        u"\\b",
        u"^",
        u"$",
        u"\\Q.a\\E",
        u"\\u00e9",
        u"\\x41",
        u"\"",
        u"’",
        u" ",
        u"\\t",
        u"\\n",
        u"{",
        u"}",
        u"-",
        u"[\\Q-a\\E]",
        u"(?i:",
        u"…",
        u"ss",
        u"İ",
        u"ǰ",
        u"гг?",
        u"\\s?",
        u"\\Q ß\\E",
        u"\\p{Ll}",
        u"\\P{L}",
        u"\\pL",
        u"\\D",
        u"[\\p{Lu}\\d]",
        u"\\p{IsLu}",
        u"[^\\p{Lu}]",
    };
    static const char16_t *const kTexts[] = {
        u"ab. Sk! abc? A.B  \"Q\" ’x’ …",
        u"ſ \u212A ß SS ss aab..a! ﬆ st ẞ",
        u"Été\tx\nТ т. 12 é A]B-c",
        u"s.ss!S?sSß. b1ab abab",
        u"i\u0307 İ ǰ j\u030C гг. Г. т.\u00A0x SSẞ",
        u"A1 \U0001D400\U0001D41A 7\U0001D7CE Ⅻ ⓐ ١٢",
    };
    std::mt19937 random(20240607);
    std::uniform_int_distribution<std::size_t> pick(0, std::size(kPieces) - 1);
    std::uniform_int_distribution<int> length(1, 8);
    int compiled = 0;
    int matched = 0;
    for (int round = 0; round < 2000; ++round) {
        QString pattern;
        for (int n = length(random); n > 0; --n)
            pattern += QString::fromUtf16(kPieces[pick(random)]);
        SCOPED_TRACE(pattern.toStdString());
        const RegexCharSets sets = analyzeRegex(pattern);

        const QString icu = terjime::segment::javaRegexToIcu(pattern);
        UParseError parseError{};
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::RegexPattern> regex(
            icu::RegexPattern::compile(icu::UnicodeString(icu.utf16(), int32_t(icu.size())), 0, parseError, status));
        if (U_FAILURE(status))
            continue;
        ++compiled;
        for (const char16_t *sample : kTexts) {
            const icu::UnicodeString text(sample);
            std::unique_ptr<icu::RegexMatcher> matcher(regex->matcher(text, status));
            matcher->setTimeLimit(1000, status);
            for (int found = 0; found < 50 && matcher->find(status) && U_SUCCESS(status); ++found) {
                const int32_t start = matcher->start(status);
                const int32_t end = matcher->end(status);
                if (start == end) {
                    EXPECT_TRUE(sets.nullable()) << "empty match at " << start;
                    continue;
                }
                ++matched;
                const int size = std::min(end - start, kEdgeDepth + 1);
                EXPECT_GE(size, sets.minLength) << "match " << start << "-" << end;
                EXPECT_LE(size, sets.maxLength) << "match " << start << "-" << end;
                for (int i = 0; i < std::min(size, kEdgeDepth); ++i) {
                    EXPECT_TRUE(sets.head[i].contains(text.charAt(start + i)))
                        << "match " << start << "-" << end << " has U+" << std::hex << int(text.charAt(start + i))
                        << " at index " << i;
                    EXPECT_TRUE(sets.tail[i].contains(text.charAt(end - 1 - i)))
                        << "match " << start << "-" << end << " has U+" << std::hex << int(text.charAt(end - 1 - i))
                        << " at index " << i << " from the end";
                }
            }
            status = U_ZERO_ERROR;
        }
    }
    // Enough of the random patterns must be valid and match for the test to mean something.
    EXPECT_GT(compiled, 400);
    EXPECT_GT(matched, 2000);
}

} // namespace
