// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/core/result.h"

#include <gtest/gtest.h>

using namespace terjime::core;

TEST(Error, DescribeNamesFileLineAndColumnWhenKnown)
{
    EXPECT_EQ(makeError(ErrorCode::Syntax, N_("bad %1"), {QStringLiteral("rule")}, {QStringLiteral("a.srx"), 3, 7})
                  .describe(),
              QStringLiteral("a.srx:3:7: bad rule"));
    EXPECT_EQ(makeError(ErrorCode::Io, N_("gone"), {}, {QStringLiteral("a.txt"), 0, 0}).describe(),
              QStringLiteral("a.txt: gone"));
    EXPECT_EQ(makeError(ErrorCode::Io, N_("gone")).describe(), QStringLiteral("gone"));
}

TEST(Error, DescribeTranslatesTheFormatBeforeFillingIn)
{
    const Error error = makeError(ErrorCode::Encoding, N_("invalid byte %1"), {QStringLiteral("0xff")},
                                  {QStringLiteral("x.txt"), 2, 5});
    const auto toRussian = [](const char *format) {
        return QString::fromUtf8(format) == QStringLiteral("invalid byte %1") ? QStringLiteral("неверный байт %1")
                                                                              : QString::fromUtf8(format);
    };
    EXPECT_EQ(error.describe(toRussian), QStringLiteral("x.txt:2:5: неверный байт 0xff"));
    EXPECT_EQ(error.message(), QStringLiteral("invalid byte 0xff"));
}

TEST(Result, HoldsEitherValueOrError)
{
    Result<int> good(42);
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(*good, 42);
    Result<int> bad(makeError(ErrorCode::InvalidArgument, N_("no")));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidArgument);
}
