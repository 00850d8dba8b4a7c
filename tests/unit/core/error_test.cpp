// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/core/result.h"

#include <gtest/gtest.h>

using namespace terjime::core;

TEST(Error, DescribeNamesFileLineAndColumnWhenKnown)
{
    EXPECT_EQ(makeError(ErrorCode::Syntax, QStringLiteral("bad"), {QStringLiteral("a.srx"), 3, 7}).describe(),
              QStringLiteral("a.srx:3:7: bad"));
    EXPECT_EQ(makeError(ErrorCode::Io, QStringLiteral("gone"), {QStringLiteral("a.txt"), 0, 0}).describe(),
              QStringLiteral("a.txt: gone"));
    EXPECT_EQ(makeError(ErrorCode::Io, QStringLiteral("gone")).describe(), QStringLiteral("gone"));
}

TEST(Result, HoldsEitherValueOrError)
{
    Result<int> good(42);
    ASSERT_TRUE(good.ok());
    EXPECT_EQ(*good, 42);
    Result<int> bad(makeError(ErrorCode::InvalidArgument, QStringLiteral("no")));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidArgument);
}
