// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison form of the words of a sentence, as the translation dictionary learns and looks them up.
#pragma once

#include "tm/core/language.h"
#include "tm/text/snowball_stemmer.h"
#include "tm/text/word_tokenizer.h"

#include <QStringList>
#include <QStringView>

#include <optional>

namespace terjime::align {

// The dictionary's three languages: Cyrillic Turkmen is transliterated and shares Latin Turkmen's words.
enum class DictionaryLanguage { Turkmen = 0, Russian = 1, English = 2 };
inline constexpr int kDictionaryLanguages = 3;
DictionaryLanguage dictionaryLanguage(core::LanguageTag language);

// The words of a segment as matching keys, distinct, in order of first occurrence:
//  - Russian and English: the Snowball stem of the folded word (tm/text/snowball_stemmer.h);
//  - Turkmen: the first kTurkmenPrefix letters of the folded word (Cyrillic transliterated first). Turkmen has no
//    Snowball stemmer, and its suffixes only ever follow the stem, so a prefix keeps a lexeme's forms together
//    (welaýatynyň, welaýatlarynda → "welaý"); it also joins some lexemes that differ only further on, a price paid
//    in precision that the dictionary's co-occurrence scores mostly absorb.
// Numbers, punctuation and words of one letter are left out (numbers are anchors of their own). Not thread-safe
// (the tokenizer and the stemmer have working buffers): one WordKeys per thread.
class WordKeys {
public:
    explicit WordKeys(core::LanguageTag language);

    QStringList keys(QStringView segment);

    static constexpr int kTurkmenPrefix = 5;

private:
    core::LanguageTag m_language;
    text::WordTokenizer m_tokenizer;
    std::optional<text::SnowballStemmer> m_stemmer; // Russian and English
};

} // namespace terjime::align
