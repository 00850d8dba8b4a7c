// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/store/merge_policy.h"

#include "qt_printers.h"
#include "unit_builders.h"

#include <gtest/gtest.h>

using namespace terjime;

namespace {

const QString kEn = QStringLiteral("en");
const QString kRu = QStringLiteral("ru");
const QString kTk = QStringLiteral("tk");

TEST(MergePolicy, UnitsSharingAVariantAndDisagreeingNowhereMerge)
{
    const auto existing = makeUnit({{kEn, QStringLiteral("Welcome.")}, {kRu, QStringLiteral("Добро пожаловать.")}});
    const auto incoming =
        makeUnit({{QStringLiteral("EN"), QStringLiteral("Welcome.")}, {kTk, QStringLiteral("Hoş geldiňiz.")}});
    ASSERT_TRUE(store::shouldMerge(existing, incoming));
    const auto merged = store::mergeUnits(existing, incoming);
    ASSERT_EQ(merged.variants.size(), 3);
    EXPECT_EQ(merged.variants[2].language, kTk);
}

TEST(MergePolicy, ADifferentTranslationDoesNotMerge)
{
    const auto existing = makeUnit({{kEn, QStringLiteral("Welcome.")}, {kRu, QStringLiteral("Добро пожаловать.")}});
    const auto incoming = makeUnit({{kEn, QStringLiteral("Welcome.")}, {kRu, QStringLiteral("Приветствуем.")}});
    EXPECT_FALSE(store::shouldMerge(existing, incoming));
}

TEST(MergePolicy, UnitsWithNothingInCommonDoNotMerge)
{
    EXPECT_FALSE(store::shouldMerge(makeUnit({{kEn, QStringLiteral("Welcome.")}}),
                                    makeUnit({{kRu, QStringLiteral("Добро пожаловать.")}})));
}

TEST(MergePolicy, DifferentContextsKeepUnitsApart)
{
    auto existing = makeUnit({{kEn, QStringLiteral("Yes.")}, {kRu, QStringLiteral("Да.")}});
    auto incoming = existing;
    existing.properties = {{QStringLiteral("prev"), QStringLiteral("Do you agree?"), {}, {}}};
    incoming.properties = {{QStringLiteral("prev"), QStringLiteral("Is it ready?"), {}, {}}};
    EXPECT_FALSE(store::shouldMerge(existing, incoming));
    incoming.properties.clear();
    EXPECT_TRUE(store::shouldMerge(existing, incoming));
}

TEST(MergePolicy, MergingAddsPropertiesNotesAndAttributesButChangesNothing)
{
    auto existing = makeUnit({{kEn, QStringLiteral("Welcome.")}}, QStringLiteral("a-1"));
    existing.attributes = {{QStringLiteral("creationdate"), QStringLiteral("20240101T000000Z")}};
    auto incoming = makeUnit({{kEn, QStringLiteral("Welcome.")}}, QStringLiteral("b-7"));
    incoming.attributes = {{QStringLiteral("creationdate"), QStringLiteral("20250101T000000Z")},
                           {QStringLiteral("usagecount"), QStringLiteral("3")}};
    incoming.notes = {{QStringLiteral("Checked."), {}, {}}};
    const auto merged = store::mergeUnits(existing, incoming);
    EXPECT_EQ(merged.id, QStringLiteral("a-1"));
    EXPECT_EQ(core::attributeValue(merged.attributes, u"creationdate"), QStringLiteral("20240101T000000Z"));
    EXPECT_EQ(core::attributeValue(merged.attributes, u"usagecount"), QStringLiteral("3"));
    EXPECT_EQ(merged.notes.size(), 1);
    EXPECT_EQ(store::mergeUnits(merged, incoming), merged);
}

} // namespace
