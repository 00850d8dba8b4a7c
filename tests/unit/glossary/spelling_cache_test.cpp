// SPDX-License-Identifier: GPL-3.0-or-later
#include "spelling_cache.h"

#include <gtest/gtest.h>

#include <QString>

#include <set>

using terjime::glossary::SpellingCache;

namespace {

TEST(SpellingCache, FindsWhatWasStoredAndNothingElse)
{
    SpellingCache<int> cache;
    const QString words[] = {QStringLiteral("komissiýa"), QStringLiteral("комиссия"), QStringLiteral("Commission"),
                             QStringLiteral("commission"), QString()};
    EXPECT_EQ(cache.lookup(words[0], cache.hashOf(words[0])).value, nullptr);
    for (int i = 0; i < 5; ++i)
        cache.insert(words[i], cache.hashOf(words[i]), i);
    for (int i = 0; i < 5; ++i) {
        const int *value = cache.lookup(words[i], cache.hashOf(words[i])).value;
        ASSERT_NE(value, nullptr) << i;
        EXPECT_EQ(*value, i);
    }
    EXPECT_EQ(cache.lookup(u"commissions", cache.hashOf(u"commissions")).value, nullptr);
    // A lookup is of the spelling, not only of the hash: a colliding hash finds nothing.
    EXPECT_EQ(cache.lookup(u"other", cache.hashOf(words[2])).value, nullptr);
    cache.clear();
    EXPECT_EQ(cache.size(), 0u);
    EXPECT_EQ(cache.lookup(words[1], cache.hashOf(words[1])).value, nullptr);
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
    EXPECT_EQ(cache.lookup(first, cache.hashOf(first)).value, kept);
    EXPECT_EQ(*kept, first);
    for (int i = 0; i < 50000; i += 997) {
        const QString word = QStringLiteral("word%1").arg(i);
        const QString *value = cache.lookup(word, cache.hashOf(word)).value;
        ASSERT_NE(value, nullptr);
        EXPECT_EQ(*value, word);
    }
    EXPECT_EQ(cache.size(), 50001u);
}

// A lookup reads the marks and tag its caller set, without the value; spellings longer than the slot's inline
// room (and one longer than the length field can hold) are stored and told apart as well as short ones.
TEST(SpellingCache, MarksTagsAndLongSpellings)
{
    SpellingCache<int> cache;
    const QString shortWord = QStringLiteral("ýyl");
    const QString longWord = QStringLiteral("Hereketleriňmillimeýilnamasynyňkydygyny");
    const QString longerWord = longWord + u'ň';
    const QString huge(70000, u'a');
    const QString hugeOther = QString(69999, u'a') + u'b';
    ASSERT_GT(std::size_t(longWord.size()), SpellingCache<int>::kInlineLength);
    const QString words[] = {shortWord, longWord, longerWord, huge, hugeOther};
    for (int i = 0; i < 5; ++i)
        cache.insert(words[i], cache.hashOf(words[i]), i);
    for (int i = 0; i < 5; ++i) {
        const auto hit = cache.lookup(words[i], cache.hashOf(words[i]));
        ASSERT_NE(hit.value, nullptr) << i;
        EXPECT_EQ(*hit.value, i);
        EXPECT_EQ(hit.number, std::uint32_t(i));
        EXPECT_EQ(hit.marks, 0);
        EXPECT_EQ(hit.tag, 0u);
    }
    EXPECT_EQ(cache.lookup(longWord.chopped(1), cache.hashOf(longWord.chopped(1))).value, nullptr);
    // The same hash with another spelling of the same length finds nothing.
    EXPECT_EQ(cache.lookup(hugeOther, cache.hashOf(huge)).value, nullptr);
    cache.setMarks(longWord, cache.hashOf(longWord), 5, 12345);
    cache.setMarks(shortWord, cache.hashOf(shortWord), 2, 7);
    for (int i = 0; i < 3000; ++i) { // grow the table: marks and tags move with their slots
        const QString word = QStringLiteral("söz%1").arg(i);
        cache.insert(word, cache.hashOf(word), 100 + i);
    }
    auto hit = cache.lookup(longWord, cache.hashOf(longWord));
    EXPECT_EQ(hit.marks, 5);
    EXPECT_EQ(hit.tag, 12345u);
    hit = cache.lookup(shortWord, cache.hashOf(shortWord));
    EXPECT_EQ(hit.marks, 2);
    EXPECT_EQ(hit.tag, 7u);
    EXPECT_EQ(cache.lookup(longerWord, cache.hashOf(longerWord)).marks, 0);
}

// The hash spreads similar spellings over the table: words that differ in one letter rarely share a slot.
TEST(SpellingCache, HashSpreadsSimilarSpellings)
{
    std::set<std::uint64_t> low;
    for (int i = 0; i < 4096; ++i)
        low.insert(SpellingCache<int>::hashOf(QStringLiteral("komissiýa%1").arg(i)) & 0xFFFF);
    EXPECT_GT(low.size(), 3900u); // 4,096 keys into 65,536 slots: about 128 collide by chance
}

} // namespace
