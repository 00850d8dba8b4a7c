// SPDX-License-Identifier: GPL-3.0-or-later
#include "bead_cost.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>

namespace terjime::align {
namespace {

// Priors of the bead shapes, as -log(probability), in kShapes order. Releases and their translations mostly keep
// sentence for sentence; joins and splits are the next most common, dropped sentences rarer.
constexpr std::array<double, kShapes.size()> kPriors{0.163, 4.2, 4.2, 3.0, 3.0, 4.6, 5.3, 5.3};
// A shared anchor of full weight is worth this much; the bonus of one bead is capped so that a run of numbers in
// one sentence cannot pull the whole path.
constexpr double kAnchorBonus = 2.0;
constexpr double kAnchorCap = 3.0;
// Anchors of a bead that find no partner on the other side are evidence that the bead joins what is not a
// translation (a sentence that should have been left out on its own). Bounded for the same reason.
constexpr double kMismatchPenalty = 1.0;
constexpr double kMismatchCap = 3.0;
// Words and their dictionary translations in the two sides of a bead. What counts is the share of the words with a
// known translation that find it on the other side (their coverage), not how many do: a count would grow with the
// size of the bead and pay for joining sentences. A share of kWordChance is what unrelated sentences reach by chance
// (common words, a noisy entry); above it the bead gains up to kWordWeight, below it loses a little. Beads with few
// known words weigh less: one word found or missed says little.
constexpr double kWordWeight = 8.0;
constexpr double kWordChance = 0.1;
constexpr double kWordsForFullWeight = 6.0;
// Cognates (evidence.h) are bounded on their own: a bead full of loanwords gains at most what one number does, and
// loses at most 1 for cognates left unmatched (only keys the other text holds somewhere reach the coster). On
// NTREX-128 a penalty of 0.5 measured lower, 1.5 and 2 the same; caps of 0.5 and 2 the same or lower.
constexpr double kCognateCap = 1.0;
constexpr double kCognateMismatch = 1.0;
constexpr double kCognateMismatchCap = 1.0;
// Joining segments of two paragraphs into one bead: possible (paragraphs are not always kept), but unlikely.
constexpr double kParagraphPenalty = 2.5;

// The keyed items (anchors, word links) of segments [start, start + count), sorted by key. `items` reads a
// segment's own sorted list. A single segment's list is read where it is (most beads are 1-1, and copying their
// anchors cost as much as comparing them); several are gathered into `scratch`.
template <typename Item, typename Segments, typename Items>
std::span<const Item> collect(const Segments &text, int start, int count, Items items, std::vector<Item> &scratch)
{
    if (count == 1) {
        const QList<Item> &own = items(text[start]);
        return {own.constData(), std::size_t(own.size())};
    }
    scratch.clear();
    for (int k = start; k < start + count; ++k)
        scratch.insert(scratch.end(), items(text[k]).cbegin(), items(text[k]).cend());
    std::sort(scratch.begin(), scratch.end(), [](const Item &a, const Item &b) { return a.key < b.key; });
    return scratch;
}

// The anchors of a bead, matched and not, with cognates apart.
struct AnchorTally {
    double matchedWeight = 0;
    double unmatchedWeight = 0;
    double matchedCognates = 0;
    double unmatchedCognates = 0;

    // A name on one side that is a cognate on the other is a cognate: the weaker reading.
    void matched(const Anchor &a, const Anchor &b)
    {
        (a.cognate || b.cognate ? matchedCognates : matchedWeight) += std::min(a.weight, b.weight);
    }
    void unmatched(const Anchor &anchor) { (anchor.cognate ? unmatchedCognates : unmatchedWeight) += anchor.weight; }
};

const QList<Anchor> &anchorsOf(const SegmentEvidence &segment)
{
    return segment.anchors;
}

const QList<WordLink> &linksOf(const SegmentWords &segment)
{
    return segment.links;
}

} // namespace

int shapeIndex(int x, int y)
{
    for (std::size_t k = 0; k < kShapes.size(); ++k)
        if (kShapes[k].x == x && kShapes[k].y == y)
            return int(k);
    return -1;
}

BeadCoster::BeadCoster(const TextEvidence &x, const TextEvidence &y, PairWords words, double ratio, double variance)
    : m_x(x), m_y(y), m_words(words)
{
    m_xPrefix.assign(1, 0);
    m_yPrefix.assign(1, 0);
    for (const SegmentEvidence &segment : x)
        m_xPrefix.push_back(m_xPrefix.back() + segment.length);
    for (const SegmentEvidence &segment : y)
        m_yPrefix.push_back(m_yPrefix.back() + segment.length);
    // The ratio of the two texts' lengths is the best estimate of the pair's ratio: it is this document's
    // translation, whatever the languages' averages.
    m_ratio = ratio > 0 ? ratio : double(m_yPrefix.back() + 1) / double(m_xPrefix.back() + 1);
    m_variance = variance > 0 ? variance : kGaleChurchVariance;
}

double BeadCoster::lengthCost(double xLength, double yLength) const
{
    const double mean = (xLength * m_ratio + yLength) / 2;
    if (mean <= 0)
        return 0;
    const double delta = std::abs(yLength - xLength * m_ratio) / std::sqrt(mean * m_variance);
    const double z = delta / std::sqrt(2.0);
    // -log(2 (1 - Φ(δ))) = -log erfc(δ/√2), with its asymptote where erfc underflows.
    if (z > 20)
        return z * z + std::log(z * std::sqrt(M_PI));
    return -std::log(std::erfc(z));
}

double BeadCoster::anchorBonus(int xStart, int xCount, int yStart, int yCount) const
{
    const std::span<const Anchor> xAnchors = collect(m_x, xStart, xCount, anchorsOf, m_xScratch);
    const std::span<const Anchor> yAnchors = collect(m_y, yStart, yCount, anchorsOf, m_yScratch);
    // Cognates are tallied apart: bounded on their own, so that a sentence full of loanwords cannot outweigh a number.
    AnchorTally tally;
    auto a = xAnchors.begin();
    auto b = yAnchors.begin();
    while (a != xAnchors.end() && b != yAnchors.end()) {
        if (a->key < b->key) {
            tally.unmatched(*a++);
        } else if (b->key < a->key) {
            tally.unmatched(*b++);
        } else {
            tally.matched(*a, *b);
            ++a;
            ++b;
        }
    }
    for (; a != xAnchors.end(); ++a)
        tally.unmatched(*a);
    for (; b != yAnchors.end(); ++b)
        tally.unmatched(*b);
    return kAnchorBonus * (std::min(tally.matchedWeight, kAnchorCap) + std::min(tally.matchedCognates, kCognateCap)) -
           kMismatchPenalty * std::min(tally.unmatchedWeight, kMismatchCap) -
           kCognateMismatch * std::min(tally.unmatchedCognates, kCognateMismatchCap);
}

double BeadCoster::wordBonus(int xStart, int xCount, int yStart, int yCount) const
{
    if (!m_words.x || !m_words.y)
        return 0;
    double xKnown = 0;
    for (int k = xStart; k < xStart + xCount; ++k)
        xKnown += (*m_words.x)[k].known;
    double yKnown = 0;
    for (int k = yStart; k < yStart + yCount; ++k)
        yKnown += (*m_words.y)[k].known;
    if (xKnown <= 0 || yKnown <= 0)
        return 0;
    const std::span<const WordLink> xLinks = collect(*m_words.x, xStart, xCount, linksOf, m_xLinks);
    const std::span<const WordLink> yLinks = collect(*m_words.y, yStart, yCount, linksOf, m_yLinks);
    // Words found, not links: a word with two translations on the other side is found once. Links sort by their x
    // word first, so an x word's matches are consecutive; the y words found are gathered and counted once each.
    double xFound = 0;
    std::uint64_t lastX = ~std::uint64_t(0);
    m_yFound.clear();
    auto a = xLinks.begin();
    auto b = yLinks.begin();
    while (a != xLinks.end() && b != yLinks.end()) {
        if (a->key < b->key) {
            ++a;
        } else if (b->key < a->key) {
            ++b;
        } else {
            if ((a->key >> 32) != lastX) {
                lastX = a->key >> 32;
                xFound += a->weight;
            }
            m_yFound.push_back({b->key & 0xffffffffU, b->weight});
            ++a;
            ++b;
        }
    }
    std::sort(m_yFound.begin(), m_yFound.end(), [](const WordLink &p, const WordLink &q) { return p.key < q.key; });
    double yFound = 0;
    for (std::size_t k = 0; k < m_yFound.size(); ++k)
        if (k == 0 || m_yFound[k].key != m_yFound[k - 1].key)
            yFound += m_yFound[k].weight;
    const double coverage = (std::min(1.0, xFound / xKnown) + std::min(1.0, yFound / yKnown)) / 2;
    const double reliability = std::min(1.0, (xKnown + yKnown) / kWordsForFullWeight);
    return kWordWeight * (coverage - kWordChance) * reliability;
}

double BeadCoster::paragraphPenalty(const TextEvidence &text, int start, int count) const
{
    if (count < 2)
        return 0;
    const int first = text[start].paragraph;
    const int last = text[start + count - 1].paragraph;
    return first >= 0 && last >= 0 && first != last ? kParagraphPenalty : 0;
}

double BeadCoster::cost(int xStart, int xCount, int yStart, int yCount) const
{
    double total = kPriors[std::size_t(shapeIndex(xCount, yCount))];
    if (xCount == 0 || yCount == 0)
        return total;
    const double xLength = double(m_xPrefix[std::size_t(xStart + xCount)] - m_xPrefix[std::size_t(xStart)]);
    const double yLength = double(m_yPrefix[std::size_t(yStart + yCount)] - m_yPrefix[std::size_t(yStart)]);
    total += lengthCost(xLength, yLength);
    total -= anchorBonus(xStart, xCount, yStart, yCount);
    total -= wordBonus(xStart, xCount, yStart, yCount);
    total += paragraphPenalty(m_x, xStart, xCount) + paragraphPenalty(m_y, yStart, yCount);
    return total;
}

} // namespace terjime::align
