// SPDX-License-Identifier: GPL-3.0-or-later
// The entries of a WordDictionary, as the aligner reads them.
#pragma once

#include "word_keys.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace terjime::align {

struct DictionaryData {
    // Per language (DictionaryLanguage order): word key (word_keys.h) → word id, for words with a translation only.
    std::array<QHash<QString, int>, kDictionaryLanguages> ids;
    // translations[from][to][id]: the ids of the translations into `to` of word `id` of `from`, best first. Empty
    // for from == to.
    std::array<std::array<QList<QList<int>>, kDictionaryLanguages>, kDictionaryLanguages> translations;
    qsizetype pairs = 0;
    int unitsRead = 0;

    // The id of `key` in `language`, or -1.
    int id(DictionaryLanguage language, const QString &key) const { return ids[int(language)].value(key, -1); }
    const QList<int> &translationsOf(DictionaryLanguage from, int id, DictionaryLanguage to) const;
};

} // namespace terjime::align
