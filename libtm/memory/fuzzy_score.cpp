// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/memory/fuzzy_score.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace terjime::memory {
namespace {

using TokenIds = std::vector<int>;

// Edit distance over token ids with adjacent transpositions (optimal string alignment): inserting, deleting or
// replacing a word costs one edit, and so does swapping two neighbours, which a translator fixes with one move.
// O(n·m) time, three rows of memory.
int editDistance(const TokenIds &a, const TokenIds &b)
{
    std::vector<int> beforePrevious(b.size() + 1);
    std::vector<int> previous(b.size() + 1);
    std::vector<int> current(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (size_t j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], beforePrevious[j - 2] + 1);
        }
        std::swap(beforePrevious, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// The words of a segment as ids from a dictionary shared by the two segments compared; numbers are all one id.
TokenIds wordIds(const QList<text::MatchToken> &tokens, std::unordered_map<QString, int> &dictionary)
{
    constexpr int kNumberId = 0;
    TokenIds ids;
    ids.reserve(size_t(tokens.size()));
    for (const text::MatchToken &token : tokens) {
        if (token.kind == text::MatchTokenKind::Number)
            ids.push_back(kNumberId);
        else if (token.kind == text::MatchTokenKind::Word) {
            ids.push_back(dictionary.try_emplace(token.folded, int(dictionary.size()) + 1).first->second);
        }
    }
    return ids;
}

// How many items one side has that the other lacks, counted on the side with more: max(|A∖B|, |B∖A|) for multisets.
int unmatched(QStringList a, QStringList b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    QStringList onlyA;
    QStringList onlyB;
    std::set_difference(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(onlyA));
    std::set_difference(b.cbegin(), b.cend(), a.cbegin(), a.cend(), std::back_inserter(onlyB));
    return int(std::max(onlyA.size(), onlyB.size()));
}

QStringList tokensOfKind(const QList<text::MatchToken> &tokens, text::MatchTokenKind kind)
{
    QStringList texts;
    for (const text::MatchToken &token : tokens) {
        if (token.kind == kind)
            texts.append(token.folded);
    }
    return texts;
}

QStringList codeKinds(const QList<core::InlineCode> &codes)
{
    QStringList kinds;
    for (const core::InlineCode &code : codes)
        kinds.append(QString::number(int(code.kind)));
    return kinds;
}

} // namespace

FuzzyScore fuzzyScore(const ScoringSegment &query, const ScoringSegment &candidate)
{
    FuzzyScore result;
    std::unordered_map<QString, int> dictionary;
    const TokenIds a = wordIds(query.tokens, dictionary);
    const TokenIds b = wordIds(candidate.tokens, dictionary);
    const size_t longer = std::max(a.size(), b.size());
    result.wordScore = longer == 0 ? 100 : int(100 * (longer - size_t(editDistance(a, b))) / longer);

    result.numberPenalty = std::min(
        kNumberPenaltyCap, kNumberPenalty * unmatched(tokensOfKind(query.tokens, text::MatchTokenKind::Number),
                                                      tokensOfKind(candidate.tokens, text::MatchTokenKind::Number)));
    result.punctuationPenalty =
        std::min(kPunctuationPenaltyCap,
                 kPunctuationPenalty * unmatched(tokensOfKind(query.tokens, text::MatchTokenKind::Punctuation),
                                                 tokensOfKind(candidate.tokens, text::MatchTokenKind::Punctuation)));
    result.codePenalty =
        std::min(kCodePenaltyCap, kCodePenalty * unmatched(codeKinds(query.codes), codeKinds(candidate.codes)));

    if (query.text == candidate.text && query.codes == candidate.codes) {
        result.score = 100;
        return result;
    }
    const int penalised = result.wordScore - result.numberPenalty - result.punctuationPenalty - result.codePenalty;
    result.score = std::clamp(penalised, 0, 99);
    return result;
}

} // namespace terjime::memory
