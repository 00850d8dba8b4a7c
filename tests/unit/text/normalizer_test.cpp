// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/text/normalizer.h"

#include <gtest/gtest.h>

using terjime::text::NormalizedText;

TEST(NormalizedText, KeepsNfcTextAndOffsetsAsTheyAre)
{
    const QString text = QStringLiteral("Aşgabat şäheri");
    const auto normalized = NormalizedText::fromOriginal(text);
    EXPECT_EQ(normalized.text(), text);
    EXPECT_EQ(normalized.toOriginal(5), 5);
}

TEST(NormalizedText, ComposesDecomposedLettersAndMapsOffsetsBack)
{
    // "Türkmen işi" with ü and ş decomposed into base letter + combining mark.
    const QString original = QStringLiteral("Tu\u0308rkmen is\u0327i");
    const auto normalized = NormalizedText::fromOriginal(original);
    EXPECT_EQ(normalized.text(), QStringLiteral("Türkmen işi"));
    // "rkmen" starts at 2 in NFC and at 3 in the original; "işi" at 8 and 9, its "ş" at 9 and 10, the last
    // "i" at 10 and 12.
    EXPECT_EQ(normalized.toOriginal(2), 3);
    EXPECT_EQ(normalized.toOriginal(8), 9);
    EXPECT_EQ(normalized.toOriginal(9), 10);
    EXPECT_EQ(normalized.toOriginal(10), 12);
    EXPECT_EQ(normalized.toOriginal(normalized.text().size()), original.size());
    EXPECT_EQ(normalized.toOriginal(0), 0);
}
