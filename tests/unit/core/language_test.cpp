// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/core/language.h"

#include <gtest/gtest.h>

using terjime::core::Language;
using terjime::core::LanguageTag;

TEST(LanguageTag, ParsesTagsAndLocaleNamesInAnyCase)
{
    const struct {
        const char *input;
        Language expected;
    } cases[] = {
        {"tk", Language::Turkmen},
        {"TK", Language::Turkmen},
        {"tk_TM.UTF-8", Language::Turkmen},
        {"tk-Latn-TM", Language::Turkmen},
        {"tk-Cyrl", Language::TurkmenCyrillic},
        {"tk_cyrl", Language::TurkmenCyrillic},
        {"ru", Language::Russian},
        {"ru-RU", Language::Russian},
        {"EN-us", Language::English},
        {"eng", Language::English},
    };
    for (const auto &c : cases) {
        const auto tag = LanguageTag::parse(QString::fromUtf8(c.input));
        ASSERT_TRUE(tag.ok()) << c.input;
        EXPECT_EQ(tag->language(), c.expected) << c.input;
    }
}

TEST(LanguageTag, RejectsUnsupportedLanguagesNamingTheSupportedOnes)
{
    const auto tag = LanguageTag::parse(QStringLiteral("de"));
    ASSERT_FALSE(tag.ok());
    EXPECT_TRUE(tag.error().message().contains(QStringLiteral("'de'")));
    EXPECT_TRUE(tag.error().message().contains(QStringLiteral("tk, tk-Cyrl, ru, en")));
    EXPECT_FALSE(LanguageTag::parse(QString()).ok());
}

TEST(LanguageTag, CanonicalCodesRoundTrip)
{
    for (const LanguageTag &tag : LanguageTag::supported()) {
        const auto again = LanguageTag::parse(tag.code());
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(*again, tag);
    }
    EXPECT_TRUE(LanguageTag(Language::TurkmenCyrillic).isTurkmen());
    EXPECT_FALSE(LanguageTag(Language::Russian).isTurkmen());
}
