// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/text/white_space.h"

#include <gtest/gtest.h>

namespace {

// The inline test is a shortcut: it must agree with Qt on every code unit, not only on the letters it was made for.
TEST(WhiteSpace, AgreesWithQtOnEveryCodeUnit)
{
    int spaces = 0;
    for (char32_t c = 0; c <= 0xFFFF; ++c) {
        EXPECT_EQ(terjime::text::isSpace(char16_t(c)), QChar::isSpace(c)) << "U+" << std::hex << int(c);
        spaces += terjime::text::isSpace(char16_t(c)) ? 1 : 0;
    }
    EXPECT_GT(spaces, 20); // tab to carriage return, space, NEL, no-break space, U+2000…U+200A, U+3000, …
    EXPECT_TRUE(terjime::text::isSpace(u'\u202F'));
    EXPECT_FALSE(terjime::text::isSpace(u'ы'));
}

} // namespace
