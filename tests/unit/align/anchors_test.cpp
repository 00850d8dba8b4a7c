// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchors.h"

#include "qt_printers.h"

#include <gtest/gtest.h>

using terjime::align::nameAnchors;
using terjime::align::numberAnchors;

namespace {

QStringList numbers(const char16_t *text)
{
    return numberAnchors(QString::fromUtf16(text));
}

QStringList names(const char16_t *text)
{
    return nameAnchors(QString::fromUtf16(text));
}

} // namespace

TEST(NumberAnchors, OneNumberInEveryFormat)
{
    const QStringList thousand{QStringLiteral("#1250")};
    EXPECT_EQ(numbers(u"delivered 1,250 tonnes"), thousand);
    EXPECT_EQ(numbers(u"сдали 1 250 тонн"), thousand);
    EXPECT_EQ(numbers(u"сдали 1\u00a0250 тонн"), thousand);
    EXPECT_EQ(numbers(u"1250-den gowrak"), thousand);
    EXPECT_EQ(numbers(u"265,500 and 265 500"), (QStringList{QStringLiteral("#265500"), QStringLiteral("#265500")}));
    EXPECT_EQ(numbers(u"2.5 per cent"), numbers(u"2,5 процента"));
    EXPECT_EQ(numbers(u"2,5 göterim"), QStringList{QStringLiteral("#25")});
}

TEST(NumberAnchors, TurkmenSuffixesAndRangesAreNotPartOfTheNumber)
{
    EXPECT_EQ(numbers(u"2025-nji ýylyň 1-nji aprelinde"), (QStringList{QStringLiteral("#2025"), QStringLiteral("#1")}));
    EXPECT_EQ(numbers(u"2025 – 2029-njy ýyllar"), numbers(u"на 2025–2029 годы"));
    EXPECT_EQ(numbers(u"15:00-da"), (QStringList{QStringLiteral("#15"), QStringLiteral("#0")}));
}

TEST(NumberAnchors, ASpaceGroupsOnlyThreeDigits)
{
    // "in 2024 12 regions": two numbers, not 202412.
    EXPECT_EQ(numbers(u"in 2024 12 regions"), (QStringList{QStringLiteral("#2024"), QStringLiteral("#12")}));
    EXPECT_EQ(numbers(u"в 2024 125 районах"), (QStringList{QStringLiteral("#2024"), QStringLiteral("#125")}));
}

TEST(NumberAnchors, DottedDateGivesItsParts)
{
    EXPECT_EQ(numbers(u"01.04.2025"),
              (QStringList{QStringLiteral("#1"), QStringLiteral("#4"), QStringLiteral("#2025")}));
}

TEST(NameAnchors, OneNameAcrossScriptsAndCaseEndings)
{
    const QStringList gurbanov = names(u"Deputy chairman Gurbanov reported");
    ASSERT_EQ(gurbanov.size(), 1);
    EXPECT_EQ(gurbanov, names(u"Заместитель Гурбанов сообщил"));
    EXPECT_EQ(gurbanov, names(u"Orunbasar Gurbanow habar berdi"));
    EXPECT_EQ(gurbanov, names(u"Orunbasar Gurbanowyň hasabaty"));
    EXPECT_EQ(gurbanov, names(u"доклад Гурбанова"));
    EXPECT_EQ(names(u"areas of Pinellas county"), names(u"районах Пинеллас"));
    EXPECT_EQ(names(u"in Ashgabat"), names(u"paýtagt Aşgabatda"));
}

TEST(NameAnchors, FirstWordAndShortNamesAreNotNames)
{
    EXPECT_TRUE(names(u"Cotton is picked").isEmpty());
    EXPECT_TRUE(names(u"the Li river").isEmpty()); // too short to tell apart
    EXPECT_EQ(names(u"The OSCE met").size(), 1);   // an acronym counts even at the start
}

TEST(PunctuationAnchors, MarksTranslationsKeepWhateverTheQuotes)
{
    using terjime::align::punctuationAnchors;
    const QStringList question = punctuationAnchors(u"Who \"won\" the vote (again)?");
    EXPECT_EQ(question, (QStringList{QStringLiteral("%("), QStringLiteral("%?"), QStringLiteral("%\"")}));
    EXPECT_EQ(punctuationAnchors(u"Кто «выиграл» голосование (снова)?"), question);
    EXPECT_EQ(punctuationAnchors(u"Ses berişlikde „kim“ (ýene) ýeňdi?"), question);
    EXPECT_EQ(punctuationAnchors(u"He said: no!"), (QStringList{QStringLiteral("%:"), QStringLiteral("%!")}));
    EXPECT_TRUE(punctuationAnchors(u"At 15:00, the meeting ended.").isEmpty()) << "a time's colon is a number's";
}
