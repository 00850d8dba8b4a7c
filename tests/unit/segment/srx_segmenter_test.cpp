// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "segment_texts.h"
#include "tm/segment/srx_segmenter.h"

#include <gtest/gtest.h>

using namespace terjime::segment;

namespace {

SrxDocument plainRules(QList<SrxRule> rules, bool icu = false)
{
    SrxDocument document;
    document.options.useIcuBreakRules = icu;
    document.languageRules.append({QStringLiteral("All"), std::move(rules)});
    document.languageMaps.append({QStringLiteral(".*"), QStringLiteral("All")});
    return document;
}

} // namespace

TEST(SrxSegmenter, FirstMatchingRuleDecides)
{
    auto segmenter =
        SrxSegmenter::create(plainRules({{false, QStringLiteral("\\b(?:Mr|Dr)\\."), QStringLiteral("\\s"), 0},
                                         {true, QStringLiteral("[.?!]+"), QStringLiteral("\\s"), 0}}),
                             QStringLiteral("en"));
    ASSERT_TRUE(segmenter.ok());
    EXPECT_EQ(segmentTexts(*segmenter, QStringLiteral("Dr. Smith came. Did he?! Yes.")),
              (QStringList{QStringLiteral("Dr. Smith came."), QStringLiteral("Did he?!"), QStringLiteral("Yes.")}));
}

TEST(SrxSegmenter, ExceptionAfterTheBreakRuleHasNoEffect)
{
    auto segmenter = SrxSegmenter::create(plainRules({{true, QStringLiteral("\\."), QStringLiteral("\\s"), 0},
                                                      {false, QStringLiteral("\\bDr\\."), QStringLiteral("\\s"), 0}}),
                                          QStringLiteral("en"));
    ASSERT_TRUE(segmenter.ok());
    EXPECT_EQ(segmentTexts(*segmenter, QStringLiteral("Dr. Smith came.")).size(), 2);
}

TEST(SrxSegmenter, IcuBreaksAreTheBaseAndRulesRemoveThem)
{
    auto icuOnly = SrxSegmenter::create(plainRules({}, true), QStringLiteral("ru"));
    ASSERT_TRUE(icuOnly.ok());
    const QString text = QStringLiteral("Совещание прошло в г. Вене. Делегаты приняли план.");
    EXPECT_EQ(segmentTexts(*icuOnly, text).size(), 3); // ICU alone breaks after "г."

    auto withRule = SrxSegmenter::create(
        plainRules({{false, QStringLiteral("\\bг\\."), QStringLiteral("\\s\\p{Lu}"), 0}}, true), QStringLiteral("ru"));
    ASSERT_TRUE(withRule.ok());
    EXPECT_EQ(segmentTexts(*withRule, text),
              (QStringList{QStringLiteral("Совещание прошло в г. Вене."), QStringLiteral("Делегаты приняли план.")}));
}

TEST(SrxSegmenter, UnboundedLookBehindInBeforeBreakIsAccepted)
{
    // Java allows an unbounded before-break context; ICU look-behind does not, so the engine bounds it.
    auto segmenter =
        SrxSegmenter::create(plainRules({{false, QStringLiteral("^\\s*[0-9]+\\."), QStringLiteral("\\s"), 0},
                                         {true, QStringLiteral("\\.+"), QStringLiteral("\\s+\\p{Lu}"), 0}}),
                             QStringLiteral("en"));
    ASSERT_TRUE(segmenter.ok()) << segmenter.error().describe().toStdString();
    EXPECT_EQ(segmentTexts(*segmenter, QStringLiteral("12. First item. Second one.")),
              (QStringList{QStringLiteral("12. First item."), QStringLiteral("Second one.")}));
}

TEST(SrxSegmenter, InvalidPatternNamesTheRuleLine)
{
    auto segmenter = SrxSegmenter::create(plainRules({{true, QStringLiteral("[unclosed"), QString(), 42}}),
                                          QStringLiteral("en"), QStringLiteral("rules.srx"));
    ASSERT_FALSE(segmenter.ok());
    EXPECT_EQ(segmenter.error().where.file, QStringLiteral("rules.srx"));
    EXPECT_EQ(segmenter.error().where.line, 42);
}

TEST(SrxSegmenter, SegmentsAreTrimmedAndNeverEmpty)
{
    auto segmenter =
        SrxSegmenter::create(plainRules({{true, QStringLiteral("\\."), QString(), 0}}), QStringLiteral("en"));
    ASSERT_TRUE(segmenter.ok());
    EXPECT_EQ(segmentTexts(*segmenter, QStringLiteral("  A.  .B.  ")),
              (QStringList{QStringLiteral("A."), QStringLiteral("."), QStringLiteral("B.")}));
}
