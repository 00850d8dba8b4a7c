// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/memory/lookup.h"

#include "tm/text/normalizer.h"

#include <algorithm>

namespace terjime::memory {
namespace {

// How many variants the word index proposes per lookup. The index ranks them by the rarest words they share with
// the query, which cannot tell a sentence from others that share its rare half (a memory of a million units holds
// many); so every proposed variant's text is scored on its words, and only the best are loaded as whole units and
// scored in full. These two numbers bound the cost of a lookup.
constexpr int kFuzzyCandidates = 256;
constexpr int kUnitsScoredInFull = 16;

QStringList indexWords(const QList<text::MatchToken> &tokens)
{
    QStringList words;
    for (const text::MatchToken &token : tokens) {
        if (token.kind != text::MatchTokenKind::Punctuation)
            words.append(token.folded);
    }
    return words;
}

int firstVariantIn(const core::TranslationUnit &unit, const QString &language, int after = -1)
{
    for (int i = after + 1; i < unit.variants.size(); ++i) {
        if (core::languageMatches(unit.variants[i].language, language))
            return i;
    }
    return -1;
}

bool sameContext(const core::TranslationUnit &unit, const LookupQuery &query)
{
    if (query.contextBefore.isEmpty() && query.contextAfter.isEmpty())
        return false;
    return unit.propertyValue(core::kContextBeforeProperty) == query.contextBefore &&
           unit.propertyValue(core::kContextAfterProperty) == query.contextAfter;
}

} // namespace

struct Lookup::Impl {
    store::TmStore &store;
    text::MatchTokenizer tokenizer;

    // The keys of the `count` candidates whose text scores best against the query (words only: codes, context and
    // the target language are checked on the whole units).
    QList<qint64> bestByText(const QList<store::FuzzyCandidate> &candidates, const ScoringSegment &query,
                             const LookupOptions &options, int count)
    {
        const ScoringSegment plainQuery{query.text, {}, query.tokens};
        QList<std::pair<int, qint64>> scored;
        scored.reserve(candidates.size());
        for (const store::FuzzyCandidate &candidate : candidates) {
            const ScoringSegment text{candidate.text, {}, tokenizer.tokenize(options.sourceLanguage, candidate.text)};
            scored.append({fuzzyScore(plainQuery, text).score, candidate.key});
        }
        std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QList<qint64> keys;
        for (qsizetype i = 0; i < scored.size() && i < count; ++i)
            keys.append(scored[i].second);
        return keys;
    }

    // The best-scoring source variant of `unit` with a target variant beside it; nullopt when it has no pair.
    std::optional<Match> score(const store::StoredUnit &unit, const ScoringSegment &query, const LookupQuery &raw,
                               const LookupOptions &options)
    {
        const int target = firstVariantIn(unit.unit, options.targetLanguage);
        if (target < 0)
            return std::nullopt;
        std::optional<Match> best;
        for (int source = firstVariantIn(unit.unit, options.sourceLanguage); source >= 0;
             source = firstVariantIn(unit.unit, options.sourceLanguage, source)) {
            if (source == target)
                continue;
            const core::Variant &variant = unit.unit.variants[source];
            const ScoringSegment candidate{variant.segment.text, variant.segment.codes,
                                           tokenizer.tokenize(variant.language, variant.segment.text)};
            const FuzzyScore detail = fuzzyScore(query, candidate);
            if (!best || detail.score > best->score)
                best = Match{detail.score, detail, unit, source, target};
        }
        if (best && best->score == kExactMatchScore && sameContext(unit.unit, raw))
            best->score = kContextMatchScore;
        return best;
    }
};

Lookup::Lookup(store::TmStore &store) : m_impl(std::make_unique<Impl>(Impl{store, {}})) {}
Lookup::~Lookup() = default;
Lookup::Lookup(Lookup &&) noexcept = default;
Lookup &Lookup::operator=(Lookup &&) noexcept = default;

core::Result<QList<Match>> Lookup::find(const LookupQuery &query, const LookupOptions &options)
{
    const QString language = text::primaryLanguage(options.sourceLanguage);
    ScoringSegment prepared{text::toNfc(query.text), query.codes, {}};
    prepared.tokens = m_impl->tokenizer.tokenize(options.sourceLanguage, prepared.text);

    auto exact = m_impl->store.exactCandidates(language, prepared.text);
    if (!exact)
        return exact.error();
    auto fuzzy = m_impl->store.fuzzyCandidates(language, indexWords(prepared.tokens), kFuzzyCandidates);
    if (!fuzzy)
        return fuzzy.error();
    QList<qint64> keys = *exact;
    for (qint64 key : m_impl->bestByText(*fuzzy, prepared, options, std::max(kUnitsScoredInFull, options.limit))) {
        if (!keys.contains(key))
            keys.append(key);
    }
    auto units = m_impl->store.units(keys);
    if (!units)
        return units.error();

    QList<Match> matches;
    for (const store::StoredUnit &unit : *units) {
        std::optional<Match> match = m_impl->score(unit, prepared, query, options);
        if (match && match->score >= options.minimumScore)
            matches.append(std::move(*match));
    }
    std::stable_sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.score != b.score ? a.score > b.score : a.unit.key > b.unit.key;
    });
    if (matches.size() > options.limit)
        matches.resize(options.limit);
    return matches;
}

} // namespace terjime::memory
