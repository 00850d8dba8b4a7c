// SPDX-License-Identifier: GPL-3.0-or-later
#include "simple_pattern.h"

#include "java_regex.h"

#include <unicode/regex.h>

#include <gtest/gtest.h>

#include <QString>

#include <memory>
#include <random>

using terjime::segment::javaRegexToIcu;
using terjime::segment::SimplePattern;

namespace {

// A pattern compiled by ICU with a matcher over `text`, set up as the segmenter sets up its own.
struct IcuLookaround {
    std::unique_ptr<icu::RegexPattern> pattern;
    std::unique_ptr<icu::RegexMatcher> matcher;

    IcuLookaround(const QString &icuPattern, const icu::UnicodeString &text)
    {
        UParseError parseError{};
        UErrorCode status = U_ZERO_ERROR;
        pattern.reset(icu::RegexPattern::compile(icu::UnicodeString(icuPattern.utf16(), int32_t(icuPattern.size())), 0,
                                                 parseError, status));
        if (U_FAILURE(status))
            return;
        matcher.reset(pattern->matcher(text, status));
        matcher->useTransparentBounds(true);
        matcher->useAnchoringBounds(false);
    }
};

bool icuMatchesAt(icu::RegexMatcher &matcher, qsizetype position, qsizetype length)
{
    UErrorCode status = U_ZERO_ERROR;
    matcher.region(int64_t(position), int64_t(length), status);
    return matcher.lookingAt(status) && U_SUCCESS(status);
}

TEST(SimplePattern, ReadsPlainSequencesOfCharacters)
{
    for (const char16_t *pattern : {u"[.!?][\"»”)]{0,8}", u"\\s+[\"«„“(]?\\p{Lu}", u"\\.", u" \\.", u"\\d{1,2} \\.",
                                    u"[^\\s,;:]", u"\\s+[•▪◦‣⁃]", u"a*?b"})
        EXPECT_TRUE(SimplePattern::parse(QString::fromUtf16(pattern))) << QString::fromUtf16(pattern).toStdString();
    for (const char16_t *pattern : {u"(?:a|b)", u"a|b", u"a++", u"\\bMr\\.", u"^a", u"a$", u"(?=x)a", u"(?i)a", u"\\1",
                                    u"[[a]b]", u"\\Qa\\E", u"*a", u"[a-c&&[b]]", u"\\x{1F600}"})
        EXPECT_FALSE(SimplePattern::parse(QString::fromUtf16(pattern))) << QString::fromUtf16(pattern).toStdString();
}

TEST(SimplePattern, AnswersLikeTheRulesLookArounds)
{
    const QString text = QStringLiteral("Это «тест.» Новый абзац! ещё");
    auto end = SimplePattern::parse(javaRegexToIcu(u"[.!?][\"»”)]*", 8));
    auto start = SimplePattern::parse(javaRegexToIcu(u"\\s+[\"«„“(]?\\p{Lu}"));
    ASSERT_TRUE(end && start);
    const qsizetype afterQuote = text.indexOf(u"» ") + 1;
    EXPECT_EQ(end->matchesUntil(text, afterQuote), true);      // ".»"
    EXPECT_EQ(end->matchesUntil(text, afterQuote - 3), false); // "тес|т"
    EXPECT_EQ(start->matchesFrom(text, afterQuote), true);     // " Н"
    const qsizetype afterBang = text.indexOf(u'!') + 1;
    EXPECT_EQ(end->matchesUntil(text, afterBang), true);
    EXPECT_EQ(start->matchesFrom(text, afterBang), false); // a small letter follows
}

TEST(SimplePattern, GivesUpOnSurrogatesAndLongRuns)
{
    auto spaces = SimplePattern::parse(u"\\s+x");
    ASSERT_TRUE(spaces);
    EXPECT_EQ(spaces->matchesFrom(QString(100, u' ') + u'x', 0), std::nullopt); // more than the window
    EXPECT_EQ(spaces->matchesFrom(QStringLiteral("  x"), 0), true);
    auto any = SimplePattern::parse(u".");
    ASSERT_TRUE(any);
    EXPECT_EQ(any->matchesFrom(QString::fromUtf16(u"\U0001D400"), 0), std::nullopt);
}

// Random plain patterns, in Java syntax as SRX files hold them, against ICU running them as the segmenter does: as a
// look-ahead, and, bounded to 8 repetitions, as a look-behind. Every answer the walk gives must be ICU's.
TEST(SimplePattern, AgreesWithIcuOnRandomPatterns)
{
    static const char16_t *const kAtoms[] = {u"a",   u"b",       u"\\.",     u" ",       u"[.!?]", u"\\s",
                                             u"\\S", u"\\d",     u"\\p{Lu}", u"\\p{Ll}", u"[^a ]", u".",
                                             u"т",   u"[\"»”)]", u"\\-",     u"[a-c]",   u"\\t",   u"\\u00A0"};
    static const char16_t *const kQuantifiers[] = {u"",      u"",      u"?",   u"*",  u"+",
                                                   u"{0,2}", u"{1,3}", u"{2}", u"*?", u"{2,}"};
    static const char16_t *const kTexts[] = {
        u"aab. b! Тест.  Новый «т»” a\u00A0b 12.3 c-d",
        u"ab ab\tab.. . т т. А Б в\n a",
        u"x.”) Y\u2003z 1 2 3 aaaa bbb",
    };
    std::mt19937 random(20261129);
    std::uniform_int_distribution<std::size_t> atom(0, std::size(kAtoms) - 1);
    std::uniform_int_distribution<std::size_t> quantifier(0, std::size(kQuantifiers) - 1);
    std::uniform_int_distribution<int> length(1, 5);
    int decided = 0;
    for (int round = 0; round < 600; ++round) {
        QString java;
        for (int n = length(random); n > 0; --n)
            java += QString::fromUtf16(kAtoms[atom(random)]) + QString::fromUtf16(kQuantifiers[quantifier(random)]);
        SCOPED_TRACE(java.toStdString());
        const QString ahead = javaRegexToIcu(java);
        const QString behind = javaRegexToIcu(java, 8);
        auto forward = SimplePattern::parse(ahead);
        auto backward = SimplePattern::parse(behind);
        ASSERT_TRUE(forward && backward);
        for (const char16_t *sample : kTexts) {
            const QString text = QString::fromUtf16(sample);
            const icu::UnicodeString icuText(text.utf16(), int32_t(text.size()));
            IcuLookaround lookAhead(QStringLiteral("(?=") + ahead + u')', icuText);
            IcuLookaround lookBehind(QStringLiteral("(?<=") + behind + u')', icuText);
            ASSERT_TRUE(lookAhead.matcher && lookBehind.matcher);
            for (qsizetype position = 0; position <= text.size(); ++position) {
                if (const auto walked = forward->matchesFrom(text, position)) {
                    EXPECT_EQ(*walked, icuMatchesAt(*lookAhead.matcher, position, text.size()))
                        << "ahead at " << position;
                    ++decided;
                }
                if (const auto walked = backward->matchesUntil(text, position)) {
                    EXPECT_EQ(*walked, icuMatchesAt(*lookBehind.matcher, position, text.size()))
                        << "behind at " << position;
                    ++decided;
                }
            }
        }
    }
    EXPECT_GT(decided, 50000);
}

} // namespace
