// SPDX-License-Identifier: GPL-3.0-or-later
#include "word_evidence.h"

#include "word_keys.h"

#include <QHash>

#include <algorithm>

namespace terjime::align {
namespace {

std::uint64_t linkKey(int xId, int yId)
{
    return (std::uint64_t(std::uint32_t(xId)) << 32) | std::uint32_t(yId);
}

// One side's links: `xSide` says whether the segment's words are the key's high half (the pair's first text).
TextWords sideLinks(const TextWordIds &text, DictionaryLanguage other, bool xSide, const DictionaryData &dictionary)
{
    TextWords out;
    out.reserve(text.segments.size());
    for (const auto &words : text.segments) {
        SegmentWords segment;
        for (const auto &[id, weight] : words) {
            const QList<int> &translations = dictionary.translationsOf(text.language, id, other);
            if (translations.isEmpty())
                continue;
            segment.known += weight;
            for (const int translation : translations)
                segment.links.append({xSide ? linkKey(id, translation) : linkKey(translation, id), weight});
        }
        std::sort(segment.links.begin(), segment.links.end(),
                  [](const WordLink &a, const WordLink &b) { return a.key < b.key; });
        out.append(std::move(segment));
    }
    return out;
}

} // namespace

TextWordIds dictionaryWords(const AlignText &text, const DictionaryData &dictionary)
{
    TextWordIds out;
    out.language = dictionaryLanguage(text.language);
    WordKeys keys(text.language);
    QList<QList<int>> ids;
    QHash<int, int> segmentsHolding;
    for (const QString &segment : text.segments) {
        QList<int> found;
        for (const QString &key : keys.keys(segment)) { // distinct keys, so each id once per segment
            if (const int id = dictionary.id(out.language, key); id >= 0) {
                found.append(id);
                ++segmentsHolding[id];
            }
        }
        ids.append(std::move(found));
    }
    for (const QList<int> &found : ids) {
        QList<std::pair<int, float>> weighted;
        for (const int id : found)
            weighted.append({id, 1.0F / float(segmentsHolding.value(id))});
        out.segments.append(std::move(weighted));
    }
    return out;
}

std::pair<TextWords, TextWords> wordLinks(const TextWordIds &x, const TextWordIds &y, const DictionaryData &dictionary)
{
    if (x.language == y.language) // tk and tk-Cyrl: the dictionary has no pairs within a language
        return {TextWords(x.segments.size()), TextWords(y.segments.size())};
    return {sideLinks(x, y.language, true, dictionary), sideLinks(y, x.language, false, dictionary)};
}

} // namespace terjime::align
