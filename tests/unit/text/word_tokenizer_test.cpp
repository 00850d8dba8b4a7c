// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/text/word_tokenizer.h"

#include <gtest/gtest.h>

using namespace terjime;
using text::TokenKind;

namespace {
QStringList words(const QString &s, core::Language language)
{
    text::WordTokenizer tokenizer{core::LanguageTag(language)};
    QStringList out;
    for (const text::Token &t : tokenizer.tokenize(s)) {
        if (t.kind == TokenKind::Word || t.kind == TokenKind::Number)
            out << s.mid(t.start, t.end - t.start);
    }
    return out;
}
} // namespace

TEST(WordTokenizer, SplitsTurkmenWithSuffixesAfterHyphens)
{
    EXPECT_EQ(words(QStringLiteral("ÝHHG-niň 2025-nji ýylyň meýilnamasy"), core::Language::Turkmen),
              (QStringList{QStringLiteral("ÝHHG"), QStringLiteral("niň"), QStringLiteral("2025"), QStringLiteral("nji"),
                           QStringLiteral("ýylyň"), QStringLiteral("meýilnamasy")}));
}

TEST(WordTokenizer, TokensTileTheTextAndClassifyNumbers)
{
    const QString s = QStringLiteral("Межведомственной комиссии: 1 250 руб.");
    text::WordTokenizer tokenizer{core::LanguageTag(core::Language::Russian)};
    const auto tokens = tokenizer.tokenize(s);
    qsizetype expectedStart = 0;
    int numbers = 0;
    for (const auto &t : tokens) {
        EXPECT_EQ(t.start, expectedStart);
        expectedStart = t.end;
        numbers += t.kind == TokenKind::Number;
    }
    EXPECT_EQ(expectedStart, s.size());
    EXPECT_EQ(numbers, 2);
    EXPECT_EQ(words(s, core::Language::Russian).front(), QStringLiteral("Межведомственной"));
}
