// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/memory/fuzzy_score.h"

#include "qt_printers.h"

#include <gtest/gtest.h>

using namespace terjime;

namespace {

class FuzzyScoreTest : public ::testing::Test {
protected:
    text::MatchTokenizer tokenizer;

    memory::ScoringSegment segment(const QString &text, const QString &language = QStringLiteral("en"))
    {
        return {text, {}, tokenizer.tokenize(language, text)};
    }
    int score(const QString &a, const QString &b, const QString &language = QStringLiteral("en"))
    {
        return memory::fuzzyScore(segment(a, language), segment(b, language)).score;
    }
};

const QString kSentence = QStringLiteral("The Cabinet of Ministers discussed the national action plan on Monday.");

TEST_F(FuzzyScoreTest, IdenticalTextScoresHundred)
{
    EXPECT_EQ(score(kSentence, kSentence), 100);
}

TEST_F(FuzzyScoreTest, ADifferenceOfCaseOrSpacingOnlyScoresNinetyNine)
{
    EXPECT_EQ(score(kSentence, kSentence.toUpper()), 99);
    EXPECT_EQ(score(kSentence, QString(kSentence).replace(QStringLiteral(" on "), QStringLiteral("  on "))), 99);
}

TEST_F(FuzzyScoreTest, WordEditsCostTheirShareOfTheLongerSegment)
{
    // 11 words; one deleted: ⌊100 × 10/11⌋ = 90.
    EXPECT_EQ(score(kSentence, QStringLiteral("The Cabinet of Ministers discussed the national action plan on.")), 90);
    // One replaced: also one edit in eleven.
    EXPECT_EQ(
        score(kSentence, QStringLiteral("The Cabinet of Ministers discussed the national action plan on Tuesday.")),
        90);
    // Two neighbours swapped: one edit.
    EXPECT_EQ(
        score(kSentence, QStringLiteral("The Cabinet of Ministers discussed the action national plan on Monday.")), 90);
    // Two words moved apart: two edits.
    EXPECT_EQ(
        score(kSentence, QStringLiteral("The Cabinet of Ministers discussed the plan action national on Monday.")), 81);
}

TEST_F(FuzzyScoreTest, ADifferentNumberCostsTwoPointsNotAWord)
{
    const QString a = QStringLiteral("The plan for 2025 has 12 chapters.");
    const QString b = QStringLiteral("The plan for 2026 has 12 chapters.");
    const auto result = memory::fuzzyScore(segment(a), segment(b));
    EXPECT_EQ(result.wordScore, 100);
    EXPECT_EQ(result.numberPenalty, 2);
    EXPECT_EQ(result.score, 98);
}

TEST_F(FuzzyScoreTest, PunctuationCostsOnePointEach)
{
    // "," and "!" against ".": two marks unmatched on the side with more.
    const auto result =
        memory::fuzzyScore(segment(QStringLiteral("Ministrler, Kabinetiniň mejlisi geçirildi!"), QStringLiteral("tk")),
                           segment(QStringLiteral("Ministrler Kabinetiniň mejlisi geçirildi."), QStringLiteral("tk")));
    EXPECT_EQ(result.wordScore, 100);
    EXPECT_EQ(result.punctuationPenalty, 2);
    EXPECT_EQ(result.score, 98);
}

TEST_F(FuzzyScoreTest, RussianWordsAreComparedFoldedWithYoAsYe)
{
    EXPECT_EQ(score(QStringLiteral("Всё решено."), QStringLiteral("Все решено."), QStringLiteral("ru")), 99);
}

TEST_F(FuzzyScoreTest, DifferingInlineCodesCostAPointEach)
{
    auto plain = segment(QStringLiteral("Read the report."));
    auto coded = plain;
    coded.codes = {{core::InlineKind::Begin, 9, {}, QStringLiteral("&lt;b>")},
                   {core::InlineKind::End, 15, {}, QStringLiteral("&lt;/b>")}};
    const auto result = memory::fuzzyScore(plain, coded);
    EXPECT_EQ(result.codePenalty, 2);
    EXPECT_EQ(result.score, 98);
    EXPECT_EQ(memory::fuzzyScore(coded, coded).score, 100);
}

TEST_F(FuzzyScoreTest, UnrelatedSentencesScoreLow)
{
    EXPECT_LT(score(kSentence, QStringLiteral("Cotton harvest records were set in Lebap province.")), 20);
}

} // namespace
