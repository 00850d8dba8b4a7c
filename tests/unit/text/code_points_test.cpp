// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/text/code_points.h"

#include <QString>

#include <gtest/gtest.h>

TEST(CodePointCounter, CountsSurrogatePairsOnce)
{
    const QString s = QStringLiteral("a😀b😀c"); // UTF-16: a, pair, b, pair, c
    terjime::text::CodePointCounter counter(s);
    EXPECT_EQ(counter.toCodePoints(0), 0);
    EXPECT_EQ(counter.toCodePoints(1), 1);
    EXPECT_EQ(counter.toCodePoints(3), 2);
    EXPECT_EQ(counter.toCodePoints(6), 4);
    EXPECT_EQ(counter.toCodePoints(s.size()), 5);
}
