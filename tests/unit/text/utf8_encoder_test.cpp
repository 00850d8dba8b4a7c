// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/text/utf8_encoder.h"

#include <gtest/gtest.h>

#include <QString>

#include <random>

namespace {

TEST(Utf8Encoder, WritesWhatQtWrites)
{
    const char16_t *const samples[] = {
        u"",
        u"ASCII only, 12.5%.",
        u"Türkmenistanyň Daşary işler ministrligi — «Ýaşlar» 2025-nji ýyl",
        u"Межведомственная комиссия: 1 250 человек… € № °",
        u"\U0001D400 math and emoji \U0001F600 outside the BMP",
        u"lone \xD800 high, lone \xDC00 low, reversed \xDC00\xD800 pair",
    };
    for (const char16_t *sample : samples) {
        const QString text = QString::fromUtf16(sample);
        QByteArray out("prefix:");
        terjime::text::appendUtf8(text, out);
        EXPECT_EQ(out, QByteArray("prefix:") + text.toUtf8()) << text.toStdString();
    }
}

// Random code units from every range, surrogates included: the encoder must agree with Qt on all of them.
TEST(Utf8Encoder, AgreesWithQtOnRandomCodeUnits)
{
    std::mt19937 random(1129);
    std::uniform_int_distribution<int> unit(0, 0xFFFF);
    std::uniform_int_distribution<int> length(0, 40);
    for (int round = 0; round < 2000; ++round) {
        QString text;
        for (int n = length(random); n > 0; --n)
            text += QChar(char16_t(unit(random)));
        QByteArray out;
        terjime::text::appendUtf8(text, out);
        ASSERT_EQ(out, text.toUtf8()) << round;
    }
}

} // namespace
