// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/text/word_tokenizer.h"

#include "tm/text/icu_view.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>

namespace terjime::text {

struct WordTokenizer::Impl {
    std::unique_ptr<icu::BreakIterator> iterator;
};

WordTokenizer::WordTokenizer(core::LanguageTag language) : m_impl(std::make_unique<Impl>())
{
    UErrorCode status = U_ZERO_ERROR;
    m_impl->iterator.reset(
        icu::BreakIterator::createWordInstance(icu::Locale(language.icuLocale().constData()), status));
    Q_ASSERT(U_SUCCESS(status));
}

WordTokenizer::~WordTokenizer() = default;
WordTokenizer::WordTokenizer(WordTokenizer &&) noexcept = default;
WordTokenizer &WordTokenizer::operator=(WordTokenizer &&) noexcept = default;

namespace {

TokenKind classify(QStringView piece, int32_t ruleStatus)
{
    if (ruleStatus >= UBRK_WORD_NUMBER && ruleStatus < UBRK_WORD_NUMBER_LIMIT)
        return TokenKind::Number;
    if (ruleStatus >= UBRK_WORD_LETTER)
        return TokenKind::Word;
    for (QChar c : piece) {
        if (!c.isSpace())
            return TokenKind::Punctuation;
    }
    return TokenKind::Space;
}

} // namespace

QList<Token> WordTokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    const icu::UnicodeString view = icuView(text);
    icu::BreakIterator &it = *m_impl->iterator;
    it.setText(view);
    int32_t start = it.first();
    for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next())
        tokens.append({start, end, classify(text.sliced(start, end - start), it.getRuleStatus())});
    return tokens;
}

} // namespace terjime::text
