// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/core/language.h"

#include <QList>
#include <QStringView>

#include <memory>

namespace terjime::text {

enum class TokenKind { Word, Number, Punctuation, Space };

// A token of a text: [start, end) in UTF-16 code units of the text that was tokenised.
struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    TokenKind kind = TokenKind::Word;

    friend bool operator==(const Token &, const Token &) = default;
};

// Word tokenisation by ICU's word break rules for the language (UAX #29 with the locale's tailoring). Words keep
// inner apostrophes and hyphens as ICU does ("don't"); "ÝHHG-niň" gives "ÝHHG", "-", "niň". Not thread-safe: use one
// tokenizer per thread; it is cheap to reuse and costly to create.
class WordTokenizer {
public:
    explicit WordTokenizer(core::LanguageTag language);
    ~WordTokenizer();
    WordTokenizer(WordTokenizer &&) noexcept;
    WordTokenizer &operator=(WordTokenizer &&) noexcept;

    // Every token of `text` in order, spaces included, so that the tokens tile the text.
    QList<Token> tokenize(QStringView text);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace terjime::text
