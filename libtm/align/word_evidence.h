// SPDX-License-Identifier: GPL-3.0-or-later
// Word evidence for a pair of texts from a translation dictionary: which words of each segment have translations
// into the other language, as links that the bead cost matches like anchors.
#pragma once

#include "dictionary_data.h"
#include "evidence.h"

#include "tm/align/aligner.h"

#include <QList>

#include <utility>

namespace terjime::align {

// The dictionary words of one text: per segment, (word id, weight), the weight falling with the number of the
// text's segments that hold the word (a word said in every sentence ties none of them together).
struct TextWordIds {
    DictionaryLanguage language = DictionaryLanguage::English;
    QList<QList<std::pair<int, float>>> segments;
};

// Linear in the words of the text.
TextWordIds dictionaryWords(const AlignText &text, const DictionaryData &dictionary);

// The links of x's segments toward y, and of y's toward x. Linear in the words of both texts (a word has at most
// DictionaryOptions::maxTranslations translations per direction, or twice that when both directions chose it).
std::pair<TextWords, TextWords> wordLinks(const TextWordIds &x, const TextWordIds &y, const DictionaryData &dictionary);

} // namespace terjime::align
