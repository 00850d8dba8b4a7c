// SPDX-License-Identifier: GPL-3.0-or-later
#include "word_list_rule.h"

#include "tm/text/icu_view.h"

#include <QString>

#include <gtest/gtest.h>

using terjime::segment::WordListRule;

namespace {

// Whether the rule's list ends right before the first '|' marker in `marked` (the marker is removed).
bool endsAtMarker(WordListRule &rule, const QString &marked)
{
    const qsizetype position = marked.indexOf(QLatin1Char('|'));
    QString text = marked;
    text.remove(position, 1);
    const icu::UnicodeString view = terjime::text::icuView(text);
    rule.reset(view);
    return rule.endsAt(view, position);
}

} // namespace

TEST(WordListRule, ReadsAbbreviationListsWithGuardsAndOptionalSpaces)
{
    auto rule = WordListRule::parse(u"(?<![\\p{L}\\d])(?i:тыс|млн|руб|т\\s?\\.\\s?е)\\s?\\.", 2);
    ASSERT_TRUE(rule.has_value());
    EXPECT_TRUE(endsAtMarker(*rule, QStringLiteral("около 5 тыс.| человек")));
    EXPECT_TRUE(endsAtMarker(*rule, QStringLiteral("2 МЛН.| долл.")));         // case-insensitive
    EXPECT_TRUE(endsAtMarker(*rule, QStringLiteral("работа, т. е.| задача"))); // the optional space
    EXPECT_TRUE(endsAtMarker(*rule, QStringLiteral("5 тыс .| человек")));      // the optional space before the dot
    EXPECT_FALSE(endsAtMarker(*rule, QStringLiteral("пустыс.| Дом")));         // the guard: inside a longer word
    EXPECT_FALSE(endsAtMarker(*rule, QStringLiteral("около 5 тыс| человек")));
}

TEST(WordListRule, CaseSensitiveListsStayCaseSensitive)
{
    auto rule = WordListRule::parse(u"\\b(?:Mr|Mrs|Dr)\\.", 2);
    ASSERT_TRUE(rule.has_value());
    EXPECT_TRUE(endsAtMarker(*rule, QStringLiteral("said Dr.| Smith")));
    EXPECT_FALSE(endsAtMarker(*rule, QStringLiteral("said DR.| Smith")));
    EXPECT_FALSE(endsAtMarker(*rule, QStringLiteral("said XDr.| Smith")));
}

TEST(WordListRule, RefusesPatternsThatAreNotWordLists)
{
    EXPECT_FALSE(WordListRule::parse(u"[.!?]+", 1).has_value());
    EXPECT_FALSE(WordListRule::parse(u"\\b(?:Mr|\\p{Lu})\\.", 1).has_value());
    EXPECT_FALSE(WordListRule::parse(u"(?:a(?:b|c))\\.", 1).has_value());
    EXPECT_FALSE(WordListRule::parse(u"(?:[а-я]{1,2})\\.", 1).has_value());
    EXPECT_FALSE(WordListRule::parse(u"\\b(?:Mr|Dr)\\.", 8).has_value()); // shorter than the minimum
}
