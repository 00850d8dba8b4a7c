// SPDX-License-Identifier: GPL-3.0-or-later
#include "word_keys.h"

#include "tm/text/folding.h"
#include "tm/text/turkmen_transliteration.h"

#include <QSet>

namespace terjime::align {

DictionaryLanguage dictionaryLanguage(core::LanguageTag language)
{
    switch (language.language()) {
    case core::Language::Russian: return DictionaryLanguage::Russian;
    case core::Language::English: return DictionaryLanguage::English;
    case core::Language::Turkmen:
    case core::Language::TurkmenCyrillic: break;
    }
    return DictionaryLanguage::Turkmen;
}

WordKeys::WordKeys(core::LanguageTag language) : m_language(language), m_tokenizer(language)
{
    if (!language.isTurkmen()) {
        auto stemmer = text::SnowballStemmer::create(language);
        if (stemmer)
            m_stemmer.emplace(std::move(*stemmer));
    }
}

QStringList WordKeys::keys(QStringView segment)
{
    QString latin;
    if (m_language.language() == core::Language::TurkmenCyrillic) {
        latin = text::transliterateCyrillic(segment);
        segment = latin;
    }
    QStringList out;
    QSet<QString> seen;
    for (const text::Token &token : m_tokenizer.tokenize(segment)) {
        if (token.kind != text::TokenKind::Word || token.end - token.start < 2)
            continue;
        const QStringView word = segment.sliced(token.start, token.end - token.start);
        bool digit = false;
        for (QChar c : word)
            digit = digit || c.isDigit();
        if (digit)
            continue;
        const QString key = m_stemmer ? m_stemmer->stem(word) : text::foldForMatching(word).left(kTurkmenPrefix);
        if (!key.isEmpty() && !seen.contains(key)) {
            seen.insert(key);
            out.append(key);
        }
    }
    return out;
}

} // namespace terjime::align
