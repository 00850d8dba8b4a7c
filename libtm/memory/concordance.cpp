// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/memory/concordance.h"

#include "tm/text/normalizer.h"

#include <algorithm>

namespace terjime::memory {
namespace {

bool isQuoted(const QString &text)
{
    return text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"');
}

QStringList queryWords(text::MatchTokenizer &tokenizer, const QString &language, const QString &text)
{
    QStringList words;
    for (const text::MatchToken &token : tokenizer.tokenize(language, text)) {
        if (token.kind != text::MatchTokenKind::Punctuation)
            words.append(token.folded);
    }
    return words;
}

// Marks every token of `tokens` that is one of `words`, and says whether `words` occur as one adjacent run.
void markHits(const QList<text::MatchToken> &tokens, const QStringList &words, ConcordanceHit &hit)
{
    QList<const text::MatchToken *> wordTokens;
    for (const text::MatchToken &token : tokens) {
        if (token.kind != text::MatchTokenKind::Punctuation)
            wordTokens.append(&token);
    }
    for (qsizetype i = 0; i < wordTokens.size(); ++i) {
        if (words.contains(wordTokens[i]->folded))
            hit.spans.append({wordTokens[i]->start, wordTokens[i]->end});
        if (i + words.size() <= wordTokens.size()) {
            bool run = true;
            for (qsizetype k = 0; k < words.size() && run; ++k)
                run = wordTokens[i + k]->folded == words[k];
            hit.phrase = hit.phrase || run;
        }
    }
}

} // namespace

core::Result<QList<ConcordanceHit>> findConcordance(store::TmStore &store, text::MatchTokenizer &tokenizer,
                                                    const ConcordanceQuery &query)
{
    const bool phrase = isQuoted(query.text);
    const QString text = text::toNfc(phrase ? query.text.mid(1, query.text.size() - 2) : query.text);
    const QStringList words = queryWords(tokenizer, query.language, text);
    const QString language = text::primaryLanguage(query.language);
    auto found = store.concordance(language, words, phrase, query.limit);
    if (!found)
        return found.error();
    QList<qint64> keys;
    for (const store::ConcordanceHit &hit : *found)
        keys.append(hit.key);
    auto units = store.units(keys);
    if (!units)
        return units.error();

    QList<ConcordanceHit> hits;
    for (store::StoredUnit &unit : *units) {
        for (int i = 0; i < unit.unit.variants.size(); ++i) {
            const core::Variant &variant = unit.unit.variants[i];
            if (!core::languageMatches(variant.language, language))
                continue;
            ConcordanceHit hit{unit, i, {}, false};
            markHits(tokenizer.tokenize(variant.language, variant.segment.text), words, hit);
            if (!hit.spans.isEmpty()) {
                hits.append(std::move(hit));
                break;
            }
        }
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const ConcordanceHit &a, const ConcordanceHit &b) { return a.phrase && !b.phrase; });
    return hits;
}

} // namespace terjime::memory
