// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/text/match_tokens.h"

#include "tm/core/language.h"
#include "tm/text/folding.h"
#include "tm/text/word_tokenizer.h"

#include <map>

namespace terjime::text {

struct MatchTokenizer::Impl {
    // One ICU word tokenizer per tailoring; languages without their own share the English (Unicode default) one.
    std::map<core::Language, WordTokenizer> tokenizers;

    WordTokenizer &tokenizerFor(QStringView language)
    {
        const auto tag = core::LanguageTag::parse(language.toString());
        const core::Language key = tag ? tag->language() : core::Language::English;
        auto found = tokenizers.find(key);
        if (found == tokenizers.end())
            found = tokenizers.emplace(key, WordTokenizer(core::LanguageTag(key))).first;
        return found->second;
    }
};

MatchTokenizer::MatchTokenizer() : m_impl(std::make_unique<Impl>()) {}
MatchTokenizer::~MatchTokenizer() = default;
MatchTokenizer::MatchTokenizer(MatchTokenizer &&) noexcept = default;
MatchTokenizer &MatchTokenizer::operator=(MatchTokenizer &&) noexcept = default;

QList<MatchToken> MatchTokenizer::tokenize(QStringView language, QStringView text)
{
    QList<MatchToken> tokens;
    for (const Token &token : m_impl->tokenizerFor(language).tokenize(text)) {
        MatchTokenKind kind = MatchTokenKind::Word;
        switch (token.kind) {
        case TokenKind::Space: continue;
        case TokenKind::Word: kind = MatchTokenKind::Word; break;
        case TokenKind::Number: kind = MatchTokenKind::Number; break;
        case TokenKind::Punctuation: kind = MatchTokenKind::Punctuation; break;
        }
        tokens.append({kind, foldForMatching(text.mid(token.start, token.end - token.start)), token.start, token.end});
    }
    return tokens;
}

QString primaryLanguage(QStringView tag)
{
    qsizetype end = 0;
    while (end < tag.size() && tag[end] != u'-' && tag[end] != u'_')
        ++end;
    return tag.left(end).toString().toLower();
}

} // namespace terjime::text
