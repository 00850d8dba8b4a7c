// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/store/sqlite_store.h"

#include "qt_printers.h"
#include "unit_builders.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sqlite3.h>

using namespace terjime;
using store::StoreOutcome;

namespace {

class SqliteStoreTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("memory.sqlite")); }

    std::unique_ptr<store::TmStore> open(store::OpenMode mode = store::OpenMode::CreateIfMissing)
    {
        auto opened = store::openSqliteStore(path(), mode);
        EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().describe().toStdString());
        return opened.ok() ? std::move(*opened) : nullptr;
    }
};

core::TranslationUnit cabinetMeeting()
{
    auto unit = makeUnit({{QStringLiteral("en"), QStringLiteral("A meeting of the Cabinet of Ministers was held.")},
                          {QStringLiteral("ru"), QStringLiteral("Состоялось заседание Кабинета Министров.")},
                          {QStringLiteral("tk"), QStringLiteral("Ministrler Kabinetiniň mejlisi geçirildi.")}},
                         QStringLiteral("release-1"));
    unit.sourceLanguage = QStringLiteral("en");
    unit.attributes = {{QStringLiteral("creationdate"), QStringLiteral("20250401T120000Z")}};
    unit.properties = {{QStringLiteral("x-document"), QStringLiteral("release-2025-04-01"), {}, {}}};
    unit.notes = {{QStringLiteral("Approved by the press office."), QStringLiteral("en"), {}}};
    core::Variant &english = unit.variants[0];
    english.attributes = {{QStringLiteral("changeid"), QStringLiteral("aman")}};
    english.segment.codes = {
        {core::InlineKind::Begin, 2, {{QStringLiteral("i"), QStringLiteral("1")}}, QStringLiteral("&lt;b>")},
        {core::InlineKind::End, 9, {{QStringLiteral("i"), QStringLiteral("1")}}, QStringLiteral("&lt;/b>")}};
    unit.variants[1].properties = {{QStringLiteral("x-reviewed"), QStringLiteral("yes"), {}, {}}};
    return unit;
}

TEST_F(SqliteStoreTest, UnitsComeBackAsTheyWereStored)
{
    auto memory = open();
    const core::TranslationUnit unit = cabinetMeeting();
    auto outcomes = memory->store({unit});
    ASSERT_TRUE(outcomes.ok());
    EXPECT_EQ(outcomes->front(), StoreOutcome::Added);

    QList<store::StoredUnit> all;
    ASSERT_TRUE(memory
                    ->forEachUnit([&](const store::StoredUnit &stored) {
                        all.append(stored);
                        return true;
                    })
                    .ok());
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.front().unit, unit);
}

TEST_F(SqliteStoreTest, AUnitWithoutIdIsGivenItsKey)
{
    auto memory = open();
    ASSERT_TRUE(memory
                    ->store({makeUnit({{QStringLiteral("en"), QStringLiteral("Good morning.")},
                                       {QStringLiteral("ru"), QStringLiteral("Доброе утро.")}})})
                    .ok());
    auto units = memory->units({1});
    ASSERT_TRUE(units.ok());
    ASSERT_EQ(units->size(), 1);
    EXPECT_EQ(units->front().unit.id, QStringLiteral("1"));
}

TEST_F(SqliteStoreTest, StoringTheSameUnitTwiceAddsNothing)
{
    auto memory = open();
    ASSERT_TRUE(memory->store({cabinetMeeting()}).ok());
    auto again = memory->store({cabinetMeeting(), cabinetMeeting()});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, (QList<StoreOutcome>{StoreOutcome::Unchanged, StoreOutcome::Unchanged}));
    EXPECT_EQ(memory->statistics()->units, 1);
}

TEST_F(SqliteStoreTest, ANewLanguageMergesIntoTheUnitAndADifferentTranslationIsKeptApart)
{
    auto memory = open();
    ASSERT_TRUE(memory
                    ->store({makeUnit({{QStringLiteral("en"), QStringLiteral("The session was opened.")},
                                       {QStringLiteral("ru"), QStringLiteral("Заседание открылось.")}})})
                    .ok());
    auto outcomes = memory->store({makeUnit({{QStringLiteral("en"), QStringLiteral("The session was opened.")},
                                             {QStringLiteral("tk"), QStringLiteral("Mejlis açyldy.")}}),
                                   makeUnit({{QStringLiteral("en"), QStringLiteral("The session was opened.")},
                                             {QStringLiteral("ru"), QStringLiteral("Заседание было открыто.")}})});
    ASSERT_TRUE(outcomes.ok());
    EXPECT_EQ(*outcomes, (QList<StoreOutcome>{StoreOutcome::Merged, StoreOutcome::Added}));
    auto merged = memory->units({1});
    ASSERT_EQ(merged->front().unit.variants.size(), 3);
    EXPECT_EQ(merged->front().unit.variants[2].segment.text, QStringLiteral("Mejlis açyldy."));
    const auto statistics = memory->statistics();
    EXPECT_EQ(statistics->units, 2);
    EXPECT_EQ(statistics->variants, 5);
}

TEST_F(SqliteStoreTest, FindsExactTextAndWordCandidatesByPrimaryLanguage)
{
    auto memory = open();
    ASSERT_TRUE(memory
                    ->store({makeUnit({{QStringLiteral("en-GB"), QStringLiteral("The plan was adopted.")},
                                       {QStringLiteral("ru"), QStringLiteral("План был принят.")}}),
                             makeUnit({{QStringLiteral("en-US"), QStringLiteral("The budget was adopted.")},
                                       {QStringLiteral("ru"), QStringLiteral("Бюджет был принят.")}})})
                    .ok());
    EXPECT_EQ(*memory->exactCandidates(QStringLiteral("en"), QStringLiteral("The plan was adopted.")),
              QList<qint64>{1});
    EXPECT_TRUE(memory->exactCandidates(QStringLiteral("ru"), QStringLiteral("The plan was adopted."))->isEmpty());
    const auto candidates = memory->fuzzyCandidates(
        QStringLiteral("en"), {QStringLiteral("the"), QStringLiteral("budget"), QStringLiteral("adopted")}, 10);
    ASSERT_TRUE(candidates.ok());
    ASSERT_FALSE(candidates->isEmpty());
    EXPECT_EQ(candidates->front().key, 2); // "budget" is the rarest word
    EXPECT_EQ(candidates->front().text, QStringLiteral("The budget was adopted."));
}

TEST_F(SqliteStoreTest, ReopeningKeepsTheUnits)
{
    ASSERT_TRUE(open()->store({cabinetMeeting()}).ok());
    auto reopened = open(store::OpenMode::MustExist);
    EXPECT_EQ(reopened->statistics()->units, 1);
}

TEST_F(SqliteStoreTest, AMissingMemoryIsAnErrorWhenItMustExist)
{
    auto opened = store::openSqliteStore(path(), store::OpenMode::MustExist);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().where.file, path());
}

TEST_F(SqliteStoreTest, AFileThatIsNotADatabaseIsRefusedClearly)
{
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("<tmx version=\"1.4\"><header/><body/></tmx>\n");
    file.close();
    auto opened = store::openSqliteStore(path(), store::OpenMode::MustExist);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message().contains(QStringLiteral("not a Terjime memory")))
        << opened.error().message().toStdString();
}

TEST_F(SqliteStoreTest, AnotherProgramsDatabaseIsRefusedAndLeftUntouched)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path().toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE contacts (name TEXT)", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    auto opened = store::openSqliteStore(path(), store::OpenMode::CreateIfMissing);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message().contains(QStringLiteral("another program")));
}

TEST_F(SqliteStoreTest, AMemoryFromANewerTerjimeIsRefused)
{
    open();
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path().toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    auto opened = store::openSqliteStore(path(), store::OpenMode::MustExist);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().message().contains(QStringLiteral("99")));
}

TEST_F(SqliteStoreTest, ConcordanceFindsAllWordsOrAPhrase)
{
    auto memory = open();
    ASSERT_TRUE(memory
                    ->store({makeUnit({{QStringLiteral("en"), QStringLiteral("The National Action Plan was adopted.")},
                                       {QStringLiteral("ru"), QStringLiteral("Принят Национальный план действий.")}}),
                             makeUnit({{QStringLiteral("en"), QStringLiteral("The plan of national action is new.")},
                                       {QStringLiteral("ru"), QStringLiteral("План новый.")}})})
                    .ok());
    const QStringList words{QStringLiteral("national"), QStringLiteral("action"), QStringLiteral("plan")};
    EXPECT_EQ(memory->concordance(QStringLiteral("en"), words, false, 10)->size(), 2);
    const auto phrase = memory->concordance(QStringLiteral("en"), words, true, 10);
    ASSERT_EQ(phrase->size(), 1);
    EXPECT_EQ(phrase->front().key, 1);
}

} // namespace
