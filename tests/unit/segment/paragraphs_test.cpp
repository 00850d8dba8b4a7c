// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/segment/paragraphs.h"

#include <gtest/gtest.h>

using namespace terjime::segment;

namespace {
QStringList paragraphs(const QString &text)
{
    QStringList out;
    for (const TextRange &r : splitParagraphs(text))
        out << text.mid(r.start, r.end - r.start);
    return out;
}
} // namespace

TEST(Paragraphs, BlankLinesSeparateAndSingleBreaksStayInside)
{
    EXPECT_EQ(
        paragraphs(QStringLiteral("Headline\n\nFirst line\ncontinues.\n \t\nNext.\n")),
        (QStringList{QStringLiteral("Headline"), QStringLiteral("First line\ncontinues."), QStringLiteral("Next.")}));
}

TEST(Paragraphs, BulletsStartParagraphsAndStayOutside)
{
    EXPECT_EQ(paragraphs(QStringLiteral("Including:\n•        The Law;\n▪ The Plan;\n- a dash item\n* a star item\n"
                                        "   ◦ nested")),
              (QStringList{QStringLiteral("Including:"), QStringLiteral("The Law;"), QStringLiteral("The Plan;"),
                           QStringLiteral("a dash item"), QStringLiteral("a star item"), QStringLiteral("nested")}));
}

TEST(Paragraphs, NumberedItemsStartParagraphsAndKeepTheirNumber)
{
    EXPECT_EQ(paragraphs(QStringLiteral("Steps:\n1. Open.\n2) Close.\nа) пункт")),
              (QStringList{QStringLiteral("Steps:"), QStringLiteral("1. Open."), QStringLiteral("2) Close."),
                           QStringLiteral("а) пункт")}));
    // A number that does not start the line is not a list marker, and "-5" is not a bullet.
    EXPECT_EQ(paragraphs(QStringLiteral("Rose by\n-5 degrees")), QStringList{QStringLiteral("Rose by\n-5 degrees")});
}

TEST(Paragraphs, HandlesCarriageReturnsAndEmptyInput)
{
    EXPECT_EQ(paragraphs(QStringLiteral("A\r\n\r\nB\r\n")), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    EXPECT_TRUE(paragraphs(QString()).isEmpty());
    EXPECT_TRUE(paragraphs(QStringLiteral("\n \n\n")).isEmpty());
}
