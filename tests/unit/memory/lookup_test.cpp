// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/memory/concordance.h"
#include "tm/memory/lookup.h"
#include "tm/store/sqlite_store.h"

#include "qt_printers.h"
#include "unit_builders.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace terjime;

namespace {

class LookupTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto opened =
            store::openSqliteStore(dir.filePath(QStringLiteral("tm.sqlite")), store::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok());
        memory = std::move(*opened);
        auto withContext = makeUnit({{QStringLiteral("en"), QStringLiteral("The meeting was closed.")},
                                     {QStringLiteral("ru"), QStringLiteral("Заседание закрыто.")}},
                                    QStringLiteral("ctx"));
        withContext.properties = {{QStringLiteral("prev"), QStringLiteral("Questions were answered."), {}, {}},
                                  {QStringLiteral("next"), QStringLiteral("Thank you."), {}, {}}};
        ASSERT_TRUE(
            memory
                ->store({makeUnit({{QStringLiteral("en"), QStringLiteral("The meeting was closed.")},
                                   {QStringLiteral("ru"), QStringLiteral("Заседание было закрыто.")},
                                   {QStringLiteral("tk"), QStringLiteral("Mejlis ýapyldy.")}},
                                  QStringLiteral("plain")),
                         withContext,
                         makeUnit({{QStringLiteral("en-GB"),
                                    QStringLiteral("The Cabinet of Ministers adopted the national action plan.")},
                                   {QStringLiteral("ru-RU"),
                                    QStringLiteral("Кабинет Министров принял национальный план действий.")}},
                                  QStringLiteral("plan")),
                         makeUnit({{QStringLiteral("en"), QStringLiteral("Cotton harvest records were set.")},
                                   {QStringLiteral("ru"), QStringLiteral("Установлены рекорды урожая хлопка.")}},
                                  QStringLiteral("cotton"))})
                .ok());
    }

    QList<memory::Match> find(const QString &text, int minimum = 50, const QString &before = {},
                              const QString &after = {})
    {
        memory::Lookup lookup(*memory);
        auto found = lookup.find({text, {}, before, after}, {QStringLiteral("en"), QStringLiteral("ru"), minimum, 5});
        EXPECT_TRUE(found.ok());
        return found.ok() ? *found : QList<memory::Match>{};
    }

    QTemporaryDir dir;
    std::unique_ptr<store::TmStore> memory;
};

TEST_F(LookupTest, AnExactMatchScoresHundredAndTheNewestComesFirst)
{
    const auto matches = find(QStringLiteral("The meeting was closed."));
    ASSERT_EQ(matches.size(), 2);
    EXPECT_EQ(matches[0].score, 100);
    EXPECT_EQ(matches[1].score, 100);
    EXPECT_EQ(matches[0].unit.unit.id, QStringLiteral("ctx"));
}

TEST_F(LookupTest, TheSameContextMakesAContextMatch)
{
    const auto matches = find(QStringLiteral("The meeting was closed."), 50, QStringLiteral("Questions were answered."),
                              QStringLiteral("Thank you."));
    ASSERT_FALSE(matches.isEmpty());
    EXPECT_EQ(matches[0].score, 101);
    EXPECT_EQ(matches[0].unit.unit.id, QStringLiteral("ctx"));
    EXPECT_EQ(matches[0].unit.unit.variants[matches[0].targetVariant].segment.text,
              QStringLiteral("Заседание закрыто."));
}

TEST_F(LookupTest, AFuzzyMatchFindsRegionalVariants)
{
    const auto matches = find(QStringLiteral("The Cabinet of Ministers approved the national action plan."));
    ASSERT_EQ(matches.size(), 1);
    EXPECT_EQ(matches[0].unit.unit.id, QStringLiteral("plan"));
    EXPECT_EQ(matches[0].score, 88); // one word of nine replaced
}

TEST_F(LookupTest, MatchesBelowTheMinimumAreLeftOut)
{
    EXPECT_TRUE(find(QStringLiteral("Cotton prices fell sharply last year in the region."), 70).isEmpty());
    EXPECT_FALSE(find(QStringLiteral("Cotton prices fell sharply last year in the region."), 10).isEmpty());
}

TEST_F(LookupTest, UnitsWithoutTheTargetLanguageAreNotMatches)
{
    memory::Lookup lookup(*memory);
    auto found = lookup.find({QStringLiteral("The meeting was closed."), {}, {}, {}},
                             {QStringLiteral("en"), QStringLiteral("tk"), 50, 5});
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->front().unit.unit.id, QStringLiteral("plain"));
}

TEST_F(LookupTest, ConcordancePutsPhrasesFirstAndMarksEveryHit)
{
    ASSERT_TRUE(
        memory
            ->store({makeUnit({{QStringLiteral("en"), QStringLiteral("A plan for national action was drafted.")},
                               {QStringLiteral("ru"), QStringLiteral("Разработан план.")}},
                              QStringLiteral("draft"))})
            .ok());
    text::MatchTokenizer tokenizer;
    auto hits =
        memory::findConcordance(*memory, tokenizer, {QStringLiteral("en"), QStringLiteral("National Action Plan"), 10});
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 2);
    EXPECT_EQ(hits->at(0).unit.unit.id, QStringLiteral("plan"));
    EXPECT_TRUE(hits->at(0).phrase);
    EXPECT_EQ(hits->at(0).spans.size(), 3);
    EXPECT_FALSE(hits->at(1).phrase);
    const QString text = QStringLiteral("The Cabinet of Ministers adopted the national action plan.");
    const memory::TextSpan first = hits->at(0).spans.front();
    EXPECT_EQ(text.mid(first.start, first.end - first.start), QStringLiteral("national"));

    auto phrase = memory::findConcordance(*memory, tokenizer,
                                          {QStringLiteral("en"), QStringLiteral("\"national action plan\""), 10});
    ASSERT_EQ(phrase->size(), 1);
}

} // namespace
