// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling_cache.h"

#include <gtest/gtest.h>

#include <QString>

using terjime::glossary::SpellingCache;

namespace {

TEST(SpellingCache, FindsWhatWasStoredAndNothingElse)
{
    SpellingCache<int> cache;
    const QString words[] = {QStringLiteral("komissiýa"), QStringLiteral("комиссия"), QStringLiteral("Commission"),
                             QStringLiteral("commission"), QString()};
    EXPECT_EQ(cache.find(words[0], cache.hashOf(words[0])), nullptr);
    for (int i = 0; i < 5; ++i)
        cache.insert(words[i], cache.hashOf(words[i]), i);
    for (int i = 0; i < 5; ++i) {
        const int *value = cache.find(words[i], cache.hashOf(words[i]));
        ASSERT_NE(value, nullptr) << i;
        EXPECT_EQ(*value, i);
    }
    EXPECT_EQ(cache.find(u"commissions", cache.hashOf(u"commissions")), nullptr);
    // A lookup is of the spelling, not only of the hash: a colliding hash finds nothing.
    EXPECT_EQ(cache.find(u"other", cache.hashOf(words[2])), nullptr);
    cache.clear();
    EXPECT_EQ(cache.size(), 0u);
    EXPECT_EQ(cache.find(words[1], cache.hashOf(words[1])), nullptr);
}

// The recogniser keeps pointers to values while it adds more: growing the table must not move them.
TEST(SpellingCache, ValuesStayWhereTheyAreAsTheTableGrows)
{
    SpellingCache<QString> cache;
    const QString first = QStringLiteral("söz");
    const QString *kept = &cache.insert(first, cache.hashOf(first), first);
    for (int i = 0; i < 50000; ++i) {
        const QString word = QStringLiteral("word%1").arg(i);
        cache.insert(word, cache.hashOf(word), word);
    }
    EXPECT_EQ(cache.find(first, cache.hashOf(first)), kept);
    EXPECT_EQ(*kept, first);
    for (int i = 0; i < 50000; i += 997) {
        const QString word = QStringLiteral("word%1").arg(i);
        const QString *value = cache.find(word, cache.hashOf(word));
        ASSERT_NE(value, nullptr);
        EXPECT_EQ(*value, word);
    }
    EXPECT_EQ(cache.size(), 50001u);
}

} // namespace
