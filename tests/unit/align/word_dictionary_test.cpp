// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/align/aligner.h"
#include "tm/align/word_dictionary.h"
#include "tm/store/sqlite_store.h"

#include "bead_cost.h"
#include "word_evidence.h"

#include "qt_printers.h"
#include "unit_builders.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using terjime::align::AlignText;
using terjime::align::DictionaryLearner;
using terjime::align::DictionaryOptions;
using terjime::align::WordDictionary;
using terjime::core::Language;
using terjime::core::LanguageTag;
using terjime::core::TranslationUnit;

namespace {

const LanguageTag kEn(Language::English);
const LanguageTag kRu(Language::Russian);
const LanguageTag kTk(Language::Turkmen);

TranslationUnit unit(const char16_t *en, const char16_t *ru, const char16_t *tk)
{
    return makeUnit({{QStringLiteral("en"), QString::fromUtf16(en)},
                     {QStringLiteral("ru"), QString::fromUtf16(ru)},
                     {QStringLiteral("tk"), QString::fromUtf16(tk)}});
}

// A small memory of our own: school, wheat, farmers, library and river each recur in two or three units, in
// different inflected forms; everything else is said once, or (the) nearly everywhere.
QList<TranslationUnit> memory()
{
    return {
        unit(u"The school opened in the village.", u"В селе открылась школа.", u"Obada mekdep açyldy."),
        unit(u"The new school has a library.", u"В новой школе есть библиотека.", u"Täze mekdepde kitaphana bar."),
        unit(u"Pupils of the school planted trees.", u"Ученики школы посадили деревья.",
             u"Mekdebiň okuwçylary agaç oturtdylar."),
        unit(u"The pupils watered the trees.", u"Ученики полили деревья.", u"Okuwçylar agaçlara suw berdiler."),
        unit(u"Farmers sowed wheat in autumn.", u"Земледельцы посеяли пшеницу осенью.",
             u"Daýhanlar güýzde bugdaý ekdiler."),
        unit(u"The wheat harvest was good.", u"Урожай пшеницы был хорошим.", u"Bugdaý hasyly gowy boldy."),
        unit(u"Farmers delivered the wheat.", u"Земледельцы сдали пшеницу.", u"Daýhanlar bugdaýy tabşyrdylar."),
        unit(u"The library received new books.", u"Библиотека получила новые книги.",
             u"Kitaphana täze kitaplary aldy."),
        unit(u"Trees grow near the river.", u"Деревья растут у реки.", u"Derýanyň ýakynynda agaçlar ösýär."),
        unit(u"The river water is clean.", u"Вода в реке чистая.", u"Derýanyň suwy arassa."),
        unit(u"Water reached the fields of the farm.", u"Вода дошла до полей хозяйства.", u"Suw meýdanlara ýetdi."),
    };
}

// Eleven units are too few for the default share of function words (a fifth): allow half.
DictionaryOptions smallMemoryOptions()
{
    DictionaryOptions options;
    options.maxShare = 0.5;
    return options;
}

WordDictionary learn(const QList<TranslationUnit> &units, const DictionaryOptions &options)
{
    DictionaryLearner learner(options);
    for (const TranslationUnit &unit : units)
        learner.add(unit);
    return learner.finish();
}

} // namespace

TEST(WordDictionary, LearnsWordsThatRecurTogetherInAnyInflectedForm)
{
    const WordDictionary dictionary = learn(memory(), smallMemoryOptions());
    EXPECT_EQ(dictionary.unitsRead(), 11);
    EXPECT_FALSE(dictionary.isEmpty());
    EXPECT_TRUE(dictionary.translates(kEn, u"school", kRu, u"школы"));
    EXPECT_TRUE(dictionary.translates(kRu, u"школу", kEn, u"schools"));
    EXPECT_TRUE(dictionary.translates(kTk, u"mekdebiň", kRu, u"школа"));
    EXPECT_TRUE(dictionary.translates(kEn, u"wheat", kTk, u"bugdaýy"));
    EXPECT_TRUE(dictionary.translates(kRu, u"земледельцев", kTk, u"Daýhanlar"));
    EXPECT_TRUE(dictionary.translates(kEn, u"river", kTk, u"derýa"));
}

TEST(WordDictionary, LeavesOutChanceAndFunctionWords)
{
    const WordDictionary dictionary = learn(memory(), smallMemoryOptions());
    EXPECT_FALSE(dictionary.translates(kEn, u"school", kRu, u"пшеница")) << "never together";
    EXPECT_FALSE(dictionary.translates(kEn, u"village", kRu, u"село")) << "together once: chance as much as meaning";
    EXPECT_FALSE(dictionary.translates(kEn, u"the", kRu, u"школа")) << "'the' is in most units";
    const LanguageTag cyrillic(Language::TurkmenCyrillic);
    EXPECT_TRUE(dictionary.translates(cyrillic, u"мекдеп", kEn, u"school")) << "Cyrillic Turkmen is transliterated";
}

TEST(WordDictionary, StopsAtTheUnitCap)
{
    DictionaryOptions options;
    options.maxUnits = 3;
    options.maxShare = 1; // school is in all three
    DictionaryLearner learner(options);
    const QList<TranslationUnit> units = memory();
    EXPECT_TRUE(learner.add(units[0]));
    EXPECT_TRUE(learner.add(units[1]));
    EXPECT_FALSE(learner.add(units[2])) << "the third unit is read, and it is the last";
    EXPECT_FALSE(learner.add(units[3]));
    EXPECT_EQ(learner.unitsRead(), 3);
    const WordDictionary dictionary = learner.finish();
    EXPECT_EQ(dictionary.unitsRead(), 3);
    EXPECT_TRUE(dictionary.translates(kEn, u"school", kRu, u"школы"));
    EXPECT_FALSE(dictionary.translates(kEn, u"wheat", kRu, u"пшеница")) << "only in units after the cap";
}

TEST(WordDictionary, EmptyAndMonolingualMemoriesGiveAnEmptyDictionary)
{
    EXPECT_TRUE(WordDictionary().isEmpty());
    EXPECT_TRUE(learn({}, {}).isEmpty());
    EXPECT_TRUE(learn({makeUnit({{QStringLiteral("en"), QStringLiteral("The school.")}}),
                       makeUnit({{QStringLiteral("en"), QStringLiteral("The school.")}})},
                      smallMemoryOptions())
                    .isEmpty());
}

TEST(WordDictionary, LearnsFromAMemory)
{
    QTemporaryDir dir;
    auto opened = terjime::store::openSqliteStore(dir.filePath(QStringLiteral("memory.sqlite")),
                                                  terjime::store::OpenMode::CreateIfMissing);
    ASSERT_TRUE(opened.ok());
    ASSERT_TRUE((*opened)->store(memory()).ok());
    const auto dictionary = terjime::align::learnDictionary(**opened, smallMemoryOptions());
    ASSERT_TRUE(dictionary.ok());
    EXPECT_EQ(dictionary->unitsRead(), 11);
    EXPECT_EQ(dictionary->size(), learn(memory(), smallMemoryOptions()).size());
    EXPECT_TRUE(dictionary->translates(kEn, u"wheat", kRu, u"пшеницы"));
}

TEST(WordEvidence, TranslatedWordsMakeTheRightBeadCheaperWhereLengthsCannotTell)
{
    const WordDictionary dictionary = learn(memory(), smallMemoryOptions());
    // The short English sentence could join either Russian sentence: every hypothesis has the same lengths.
    const AlignText english{kEn,
                            {QStringLiteral("The school got a new library."),
                             QStringLiteral("Farmers delivered wheat."), QStringLiteral("Pupils planted trees.")},
                            {}};
    const AlignText russian{kRu,
                            {QString::fromUtf16(u"Школа получила новую библиотеку."),
                             QString::fromUtf16(u"Земледельцы сдали пшеницу, ученики посадили деревья.")},
                            {}};
    terjime::align::TextEvidence x(3);
    terjime::align::TextEvidence y(2);
    for (auto &segment : x)
        segment.length = 20;
    for (auto &segment : y)
        segment.length = 30;
    const auto xWords = terjime::align::dictionaryWords(english, *dictionary.data());
    const auto yWords = terjime::align::dictionaryWords(russian, *dictionary.data());
    const auto [xLinks, yLinks] = terjime::align::wordLinks(xWords, yWords, *dictionary.data());
    ASSERT_EQ(xLinks.size(), 3);
    EXPECT_GT(xLinks[1].known, 0) << "farmers, wheat";

    const terjime::align::BeadCoster lengthsOnly(x, y);
    const double joinedAfter = lengthsOnly.cost(0, 1, 0, 1) + lengthsOnly.cost(1, 2, 1, 1);
    const double joinedBefore = lengthsOnly.cost(0, 2, 0, 1) + lengthsOnly.cost(2, 1, 1, 1);
    EXPECT_DOUBLE_EQ(joinedAfter, joinedBefore);

    const terjime::align::BeadCoster withWords(x, y, {&xLinks, &yLinks});
    const double right = withWords.cost(0, 1, 0, 1) + withWords.cost(1, 2, 1, 1);
    const double wrong = withWords.cost(0, 2, 0, 1) + withWords.cost(2, 1, 1, 1);
    EXPECT_LT(right, wrong - 1.0);
    EXPECT_LT(right, joinedAfter) << "words found are a bonus";
    // Bounded: however many words a bead shares, the bonus stays below the price of a dropped sentence.
    EXPECT_GT(withWords.cost(1, 2, 1, 1), lengthsOnly.cost(1, 2, 1, 1) - 8.0);
}
