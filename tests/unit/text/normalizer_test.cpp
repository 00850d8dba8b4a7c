// SPDX-License-Identifier: GPL-3.0-or-later
#include "plain_nfc.h"
#include "qt_printers.h"
#include "tm/text/normalizer.h"

#include <unicode/normalizer2.h>

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

// The shortcut for plain text must never call a text NFC that ICU would change: every code unit it admits is NFC on
// its own, has combining class 0 and has a boundary before it.
TEST(NormalizedText, PlainCodeUnitsAreNfcBoundariesForIcu)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    ASSERT_TRUE(U_SUCCESS(status));
    int plain = 0;
    for (char32_t c = 0; c <= 0xFFFF; ++c) {
        if (!terjime::text::isPlainNfc(char16_t(c)))
            continue;
        ++plain;
        const icu::UnicodeString alone(static_cast<UChar>(c));
        EXPECT_TRUE(nfc->hasBoundaryBefore(UChar32(c))) << "U+" << std::hex << int(c);
        EXPECT_EQ(nfc->getCombiningClass(UChar32(c)), 0) << "U+" << std::hex << int(c);
        EXPECT_EQ(nfc->quickCheck(alone, status), UNORM_YES) << "U+" << std::hex << int(c);
    }
    EXPECT_GT(plain, 1000); // Latin, Cyrillic, punctuation
    // A decomposed Cyrillic letter after plain text is still found and composed.
    const auto text = terjime::text::NormalizedText::fromOriginal(QString::fromUtf16(u"Её и\u0306"));
    EXPECT_EQ(text.text(), QString::fromUtf16(u"Её й"));
}

// Russian text with stress marks is NFC (no precomposed Cyrillic letter with an acute exists): it is kept as it is,
// while a decomposed letter after it is still composed.
TEST(NormalizedText, KeepsStressMarksAndStillComposesLaterLetters)
{
    const QString stressed = QString::fromUtf16(u"Ударе\u0301ние на второ\u0301м сло\u0301ге.");
    EXPECT_EQ(terjime::text::NormalizedText::fromOriginal(stressed).text(), stressed);
    const auto mixed = terjime::text::NormalizedText::fromOriginal(stressed + QString::fromUtf16(u" Е\u0308ж"));
    EXPECT_EQ(mixed.text(), stressed + QString::fromUtf16(u" Ёж"));
    EXPECT_EQ(mixed.toOriginal(mixed.text().size()), stressed.size() + 4);
}
