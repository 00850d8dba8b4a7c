// SPDX-License-Identifier: GPL-3.0-or-later
#include "java_regex.h"

#include <gtest/gtest.h>

using terjime::segment::javaRegexToIcu;

TEST(JavaRegex, DropsFlagsIcuDoesNotKnow)
{
    EXPECT_EQ(javaRegexToIcu(u"(?iu)\\bdr\\."), QStringLiteral("(?i)\\bdr\\."));
    EXPECT_EQ(javaRegexToIcu(u"(?u)abc"), QStringLiteral("abc"));
    EXPECT_EQ(javaRegexToIcu(u"(?U:x)"), QStringLiteral("(?:x)"));
    EXPECT_EQ(javaRegexToIcu(u"(?<=a)(?!b)(?:c)"), QStringLiteral("(?<=a)(?!b)(?:c)"));
}

TEST(JavaRegex, MapsJavaPropertyNames)
{
    EXPECT_EQ(javaRegexToIcu(u"\\p{javaLowerCase}"), QStringLiteral("\\p{Ll}"));
    EXPECT_EQ(javaRegexToIcu(u"\\p{IsLatin}"), QStringLiteral("\\p{Latin}"));
    EXPECT_EQ(javaRegexToIcu(u"\\p{InCyrillic}"), QStringLiteral("\\p{Block=Cyrillic}"));
    EXPECT_EQ(javaRegexToIcu(u"\\p{Lu}"), QStringLiteral("\\p{Lu}"));
    EXPECT_EQ(javaRegexToIcu(u"[\\p{javaLetterOrDigit}_]"), QStringLiteral("[\\p{L}\\p{Nd}_]"));
}

TEST(JavaRegex, BoundsRepetitionOnlyOutsideClassesAndQuotes)
{
    EXPECT_EQ(javaRegexToIcu(u"\\s+\\d*x{2,}", 24), QStringLiteral("\\s{1,24}\\d{0,24}x{2,24}"));
    EXPECT_EQ(javaRegexToIcu(u"[+*]\\Q*+\\E\\+", 24), QStringLiteral("[+*]\\Q*+\\E\\+"));
    EXPECT_EQ(javaRegexToIcu(u"a*?b++c??", 24), QStringLiteral("a{0,24}b{1,24}+c?")); // laziness is dropped
    EXPECT_EQ(javaRegexToIcu(u"a*?c??"), QStringLiteral("a*?c??"));
    EXPECT_EQ(javaRegexToIcu(u"a{1,3}", 24), QStringLiteral("a{1,3}"));
    EXPECT_EQ(javaRegexToIcu(u"\\s+", 0), QStringLiteral("\\s+"));
}

TEST(JavaRegex, KeepsLiteralBracketAtClassStart)
{
    EXPECT_EQ(javaRegexToIcu(u"[]a]"), QStringLiteral("[\\]a]"));
    EXPECT_EQ(javaRegexToIcu(u"[^]a]+", 5), QStringLiteral("[^\\]a]{1,5}"));
}

TEST(JavaRegex, BoundsRepetitionInsideNestedLookBehinds)
{
    EXPECT_EQ(javaRegexToIcu(u"(?=(X{0,2})(?<=[XVI]+))\\s+"), QStringLiteral("(?=(X{0,2})(?<=[XVI]{1,24}))\\s+"));
    EXPECT_EQ(javaRegexToIcu(u"(?<!a*)(?i)b+"), QStringLiteral("(?<!a{0,24})(?i)b+"));
}

TEST(JavaRegex, EscapesBracesThatAreNoInterval)
{
    EXPECT_EQ(javaRegexToIcu(u"<0}"), QStringLiteral("<0\\}"));
    EXPECT_EQ(javaRegexToIcu(u"a{b}"), QStringLiteral("a\\{b\\}"));
    EXPECT_EQ(javaRegexToIcu(u"\\{0>"), QStringLiteral("\\{0>"));
    EXPECT_EQ(javaRegexToIcu(u"x{2}"), QStringLiteral("x{2}"));
}
