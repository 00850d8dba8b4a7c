// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/text/utf8_decoder.h"

#include <gtest/gtest.h>

using terjime::text::decodeUtf8;

TEST(Utf8Decoder, DecodesTurkmenRussianAndAstralText)
{
    const QByteArray bytes = QStringLiteral("Türkmenistanyň Baş prokuraturasy — Генпрокуратура 😀").toUtf8();
    const auto decoded = decodeUtf8(bytes, QStringLiteral("x.txt"));
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(*decoded, QStringLiteral("Türkmenistanyň Baş prokuraturasy — Генпрокуратура 😀"));
}

TEST(Utf8Decoder, DropsByteOrderMark)
{
    const auto decoded = decodeUtf8(QByteArray("\xEF\xBB\xBFSalam"), QStringLiteral("x.txt"));
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(*decoded, QStringLiteral("Salam"));
}

TEST(Utf8Decoder, ReportsLineAndColumnOfTheFirstBadByte)
{
    const struct {
        QByteArray bytes;
        int line;
        int column;
    } cases[] = {
        {QByteArray("ok\nä\xFFx"), 2, 2},          // stray byte after a two-byte letter
        {QByteArray("\xC0\xAF"), 1, 1},            // overlong '/'
        {QByteArray("ab\xED\xA0\x80"), 1, 3},      // UTF-16 surrogate encoded in UTF-8
        {QByteArray("line\n\nabc\xE2\x82"), 3, 4}, // truncated at the end
        {QByteArray("\xF4\x90\x80\x80"), 1, 1},    // above U+10FFFF
    };
    for (const auto &c : cases) {
        const auto decoded = decodeUtf8(c.bytes, QStringLiteral("release.txt"));
        ASSERT_FALSE(decoded.ok()) << c.bytes.toHex().constData();
        EXPECT_EQ(decoded.error().where.file, QStringLiteral("release.txt"));
        EXPECT_EQ(decoded.error().where.line, c.line) << c.bytes.toHex().constData();
        EXPECT_EQ(decoded.error().where.column, c.column) << c.bytes.toHex().constData();
    }
}
