// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchors.h"

#include "qt_printers.h"

#include <gtest/gtest.h>

using terjime::align::cognateAnchors;
using terjime::align::nameAnchors;

namespace {

QStringList cognates(const char16_t *text)
{
    return cognateAnchors(QString::fromUtf16(text));
}

struct Spellings {
    const char16_t *word; // the English word
    const char16_t *en;
    const char16_t *ru;
    const char16_t *tk;
};

} // namespace

TEST(CognateAnchors, OneWordInThreeLanguagesSharesAKey)
{
    // Sentences of our own, one loanword each, in an inflected form where the language inflects.
    const Spellings words[] = {
        {u"secretary", u"the new secretary arrived", u"приехал новый секретарь", u"täze sekretar geldi"},
        {u"ministry", u"talks at the ministry", u"переговоры в министерстве", u"gepleşikler ministrliginde"},
        {u"conference", u"an annual conference", u"ежегодная конференция", u"ýyllyk konferensiýa"},
        {u"delegation", u"a delegation came", u"прибыла делегация", u"delegasiýa geldi"},
        {u"programme", u"the programme ended", u"программа завершена", u"programmasy tassyklandy"},
        {u"president", u"the president spoke", u"выступил президент", u"prezident çykyş etdi"},
        {u"results", u"welcomed the results", u"приветствовал результаты", u"rezultatlary makullady"},
    };
    for (const Spellings &word : words) {
        const QStringList key = cognates(word.word);
        ASSERT_EQ(key.size(), 1) << QString::fromUtf16(word.word).toStdString();
        EXPECT_TRUE(cognates(word.en).contains(key.front())) << QString::fromUtf16(word.en).toStdString();
        EXPECT_TRUE(cognates(word.ru).contains(key.front())) << QString::fromUtf16(word.ru).toStdString();
        EXPECT_TRUE(cognates(word.tk).contains(key.front())) << QString::fromUtf16(word.tk).toStdString();
    }
}

TEST(CognateAnchors, CyrillicTurkmenSpellsTheSameKey)
{
    EXPECT_EQ(cognates(u"täze sekretar"), cognates(u"тәзе секретар"));
}

TEST(CognateAnchors, UnrelatedWordsDoNotShareAKey)
{
    const QStringList secretary = cognates(u"the secretary");
    const QStringList others = cognates(u"the government and the parliament, another harvest, machines delivered");
    for (const QString &key : others)
        EXPECT_FALSE(secretary.contains(key)) << key.toStdString();
    EXPECT_NE(cognates(u"правительство"), cognates(u"government"));
    EXPECT_NE(cognates(u"hökümet"), cognates(u"government"));
}

TEST(CognateAnchors, ShortWordsAndNamesAreLeftOut)
{
    EXPECT_TRUE(cognates(u"the big old red house and its cat").isEmpty()) << "no word of six letters";
    // Capitalised words inside a sentence, and words in capitals, are names: nameAnchors keys them.
    EXPECT_TRUE(cognates(u"met the Secretary General of UNESCO").isEmpty());
    EXPECT_FALSE(nameAnchors(u"met the Secretary General of UNESCO").isEmpty());
    // The first word's capital says nothing: it is a word like any other.
    EXPECT_EQ(cognates(u"Conference"), cognates(u"the conference"));
}

TEST(CognateAnchors, ACognateFindsTheNameAnotherLanguageCapitalises)
{
    // "the Secretary General" / "генеральный секретарь": a name in one text, a lowercase word in the other.
    const QStringList names = nameAnchors(u"then the Secretary spoke");
    ASSERT_EQ(names.size(), 1);
    EXPECT_TRUE(cognates(u"затем выступил секретарь").contains(names.front()));
}

TEST(CognateAnchors, ARepeatedWordIsOneKey)
{
    EXPECT_EQ(cognates(u"delegation after delegation").size(), 1);
}
