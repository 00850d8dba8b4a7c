// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/text/folding.h"

#include <gtest/gtest.h>

using terjime::text::foldForMatching;

TEST(Folding, FoldsCaseYoAndTypography)
{
    EXPECT_EQ(foldForMatching(u"МЕЖВЕДОМСТВЕННАЯ Комиссия"), QStringLiteral("межведомственная комиссия"));
    EXPECT_EQ(foldForMatching(u"Её"), QStringLiteral("ее"));
    EXPECT_EQ(foldForMatching(u"«Hereket» — “plan” it’s"), QStringLiteral("\"hereket\" - \"plan\" it's"));
    EXPECT_EQ(foldForMatching(u"1\u00A0250"), QStringLiteral("1 250"));
}

TEST(Folding, KeepsTurkmenLettersDistinct)
{
    EXPECT_EQ(foldForMatching(u"ÝHHG-NIŇ KOMISSIÝA"), QStringLiteral("ýhhg-niň komissiýa"));
    EXPECT_NE(foldForMatching(u"ýyl"), foldForMatching(u"yyl"));
    EXPECT_NE(foldForMatching(u"Äl"), foldForMatching(u"al"));
    // Turkmen upper-cases i as I (no Turkish dotless ı).
    EXPECT_EQ(foldForMatching(u"IŞLER"), QStringLiteral("işler"));
}
