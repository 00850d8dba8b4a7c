// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

namespace terjime::align {
namespace {

// A pairwise bead below this confidence is one its pair is unsure of: the nearest alternative loses by less than the
// margin that gives 0.5 (pair_aligner.cpp), where align() flags a bead by default. Not tuned: on NTREX-128 0.7 moves
// one document up, 0.8 and above one down; below 0.41 the join of osce-vienna stands (docs/alignment.md).
constexpr double kUnsureBelow = 0.5;

// Segments of all texts as one numbering: text t's segment k is offset[t] + k.
class Groups {
public:
    explicit Groups(const QList<int> &sizes)
    {
        int total = 0;
        for (qsizetype t = 0; t < sizes.size(); ++t) {
            m_offset.push_back(total);
            for (int k = 0; k < sizes[t]; ++k)
                m_text.push_back(int(t));
            total += sizes[t];
        }
        m_parent.resize(std::size_t(total));
        std::iota(m_parent.begin(), m_parent.end(), 0);
        m_texts.resize(std::size_t(total));
        for (int id = 0; id < total; ++id)
            m_texts[std::size_t(id)] = std::uint64_t(1) << (m_text[std::size_t(id)] % 64);
    }

    int id(int text, int segment) const { return m_offset[std::size_t(text)] + segment; }
    int find(int id)
    {
        while (m_parent[std::size_t(id)] != id) {
            m_parent[std::size_t(id)] = m_parent[std::size_t(m_parent[std::size_t(id)])];
            id = m_parent[std::size_t(id)];
        }
        return id;
    }
    void join(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        m_parent[std::size_t(b)] = a;
        m_texts[std::size_t(a)] |= m_texts[std::size_t(b)];
    }
    // Whether the group of `id` holds a segment of `text`.
    bool holds(int id, int text) { return (m_texts[std::size_t(find(id))] >> (text % 64)) & 1U; }
    int size() const { return int(m_parent.size()); }

private:
    std::vector<int> m_offset;
    std::vector<int> m_text;
    std::vector<int> m_parent;
    std::vector<std::uint64_t> m_texts;
};

int choosePivot(const QList<int> &sizes, const QList<PairResult> &pairs)
{
    std::vector<double> cost(std::size_t(sizes.size()), 0);
    for (const PairResult &pair : pairs) {
        const double perSegment = pair.alignment.cost / double(sizes[pair.x] + sizes[pair.y] + 1);
        cost[std::size_t(pair.x)] += perSegment;
        cost[std::size_t(pair.y)] += perSegment;
    }
    return int(std::min_element(cost.begin(), cost.end()) - cost.begin());
}

QList<int> range(int start, int count)
{
    QList<int> out;
    for (int k = start; k < start + count; ++k)
        out.append(k);
    return out;
}

// Step 4: the groups read off as monotonic beads. Each bead starts from a group that comes first in every text it
// has segments in (or, where groups cross, the pivot's next one) and takes everything up to its last segment in
// every text, with the groups of what it takes, until nothing more is pulled in.
QList<Bead> readBeads(const QList<int> &sizes, Groups &groups, int pivot, const std::vector<double> &confidence,
                      const std::vector<bool> &disagreement, double flagBelow)
{
    const int texts = int(sizes.size());
    const int total = groups.size();
    std::vector<int> first(std::size_t(total) * std::size_t(texts), -1);
    std::vector<int> last(std::size_t(total) * std::size_t(texts), -1);
    auto slot = [&](int root, int text) { return std::size_t(root) * std::size_t(texts) + std::size_t(text); };
    for (int t = 0; t < texts; ++t) {
        for (int k = 0; k < sizes[t]; ++k) {
            const int root = groups.find(groups.id(t, k));
            if (first[slot(root, t)] < 0)
                first[slot(root, t)] = k;
            last[slot(root, t)] = k;
        }
    }
    QList<int> order = range(0, texts);
    std::stable_partition(order.begin(), order.end(), [&](int t) { return t == pivot; });

    QList<Bead> beads;
    std::vector<int> next(std::size_t(texts), 0);
    std::vector<int> taken(std::size_t(total), -1);
    for (;;) {
        int start = -1;
        for (int t : order) {
            if (next[std::size_t(t)] >= sizes[t])
                continue;
            const int root = groups.find(groups.id(t, next[std::size_t(t)]));
            bool front = true;
            for (int u = 0; u < texts; ++u)
                front = front && (first[slot(root, u)] < 0 || first[slot(root, u)] == next[std::size_t(u)]);
            if (start < 0 || front)
                start = root;
            if (front)
                break;
        }
        if (start < 0)
            break;
        const int beadNumber = int(beads.size());
        std::vector<int> end(next.begin(), next.end()); // one past the bead's last segment in each text
        std::vector<int> pending{start};
        taken[std::size_t(start)] = beadNumber;
        while (!pending.empty()) {
            const int root = pending.back();
            pending.pop_back();
            for (int u = 0; u < texts; ++u) {
                for (int k = end[std::size_t(u)]; k <= last[slot(root, u)]; ++k) {
                    const int other = groups.find(groups.id(u, k));
                    if (taken[std::size_t(other)] != beadNumber) {
                        taken[std::size_t(other)] = beadNumber;
                        pending.push_back(other);
                    }
                }
                end[std::size_t(u)] = std::max(end[std::size_t(u)], last[slot(root, u)] + 1);
            }
        }
        Bead bead;
        bead.confidence = 1;
        bool disagree = false;
        bool oversized = false;
        bool missing = false;
        for (int u = 0; u < texts; ++u) {
            const int count = end[std::size_t(u)] - next[std::size_t(u)];
            bead.segments.append(range(next[std::size_t(u)], count));
            oversized = oversized || count > 3;
            missing = missing || (count == 0 && sizes[u] > 0);
            for (int k = next[std::size_t(u)]; k < end[std::size_t(u)]; ++k) {
                const int id = groups.id(u, k);
                bead.confidence = std::min(bead.confidence, confidence[std::size_t(id)]);
                disagree = disagree || disagreement[std::size_t(groups.find(id))];
            }
            next[std::size_t(u)] = end[std::size_t(u)];
        }
        if (disagree)
            bead.confidence /= 2;
        bead.flagged = disagree || oversized || missing || bead.confidence < flagBelow;
        beads.append(bead);
    }
    return beads;
}

// What each pair says about each segment: the segments of the other text in its bead there.
class PairwisePartners {
public:
    PairwisePartners(const QList<int> &sizes, const QList<PairResult> &pairs) : m_texts(int(sizes.size()))
    {
        m_partners.resize(std::size_t(m_texts * m_texts));
        for (const PairResult &pair : pairs) {
            std::vector<Span> &ofX = m_partners[slot(pair.x, pair.y)];
            std::vector<Span> &ofY = m_partners[slot(pair.y, pair.x)];
            ofX.assign(std::size_t(sizes[pair.x]), {});
            ofY.assign(std::size_t(sizes[pair.y]), {});
            for (const PairBead &bead : pair.alignment.beads) {
                for (int k = bead.xStart; k < bead.xStart + bead.xCount; ++k)
                    ofX[std::size_t(k)] = {bead.yStart, bead.yCount};
                for (int l = bead.yStart; l < bead.yStart + bead.yCount; ++l)
                    ofY[std::size_t(l)] = {bead.xStart, bead.xCount};
            }
        }
    }

    // Whether the pairs of a third text say that segment `segment` of `text` has no translation in `other`: its
    // pair with the third text gives it a translation there, and the third text's pair with `other` leaves all of
    // that translation alone. (A segment the third text lacks too says nothing: it has no translation to ask about.)
    bool lacksTranslation(int text, int segment, int other) const
    {
        for (int third = 0; third < m_texts; ++third) {
            if (third == text || third == other)
                continue;
            const Span through = m_partners[slot(text, third)][std::size_t(segment)];
            bool lacking = through.count > 0;
            for (int k = through.start; lacking && k < through.start + through.count; ++k)
                lacking = m_partners[slot(third, other)][std::size_t(k)].count == 0;
            if (lacking)
                return true;
        }
        return false;
    }

private:
    struct Span {
        int start = 0;
        int count = 0;
    };
    std::size_t slot(int text, int other) const { return std::size_t(text * m_texts + other); }

    int m_texts;
    std::vector<std::vector<Span>> m_partners; // [text * texts + other][segment of text]
};

} // namespace

QList<Bead> reconcile(const QList<int> &sizes, const QList<PairResult> &pairs, double flagBelow)
{
    Groups groups(sizes);
    const int pivot = choosePivot(sizes, pairs);
    const PairwisePartners partners(sizes, pairs);
    std::vector<double> confidence(std::size_t(groups.size()), 1.0);
    auto linkAll = [&](const PairResult &pair, const PairBead &bead) {
        for (int k = 0; k < bead.xCount; ++k)
            for (int l = 0; l < bead.yCount; ++l)
                groups.join(groups.id(pair.x, bead.xStart + k), groups.id(pair.y, bead.yStart + l));
    };
    auto lowerConfidence = [&](const PairResult &pair, const PairBead &bead) {
        for (int k = 0; k < bead.xCount; ++k) {
            double &here = confidence[std::size_t(groups.id(pair.x, bead.xStart + k))];
            here = std::min(here, bead.confidence);
        }
        for (int l = 0; l < bead.yCount; ++l) {
            double &here = confidence[std::size_t(groups.id(pair.y, bead.yStart + l))];
            here = std::min(here, bead.confidence);
        }
    };
    // Step 2's exception: a join of a pivot's pair that the pair is unsure of gives up a segment at its edge that the
    // two other pairs agree has no translation on the other side (see PairwisePartners::lacksTranslation). A pair on
    // its own prices a sentence one translation lacks, next to one whose length it could complete, as a join (prior
    // 3.0 against 4.2 for a sentence left alone); a third language can tell. What is left of the join stays a bead;
    // the segment given up is linked by the other pairs.
    auto withoutUntranslated = [&](const PairResult &pair, PairBead bead) {
        if (bead.xCount == 0 || bead.yCount == 0 || bead.confidence >= kUnsureBelow)
            return bead;
        auto trim = [&](int text, int &start, int &count, int other) {
            if (count > 1 && partners.lacksTranslation(text, start + count - 1, other))
                --count;
            if (count > 1 && partners.lacksTranslation(text, start, other)) {
                ++start;
                --count;
            }
        };
        trim(pair.x, bead.xStart, bead.xCount, pair.y);
        trim(pair.y, bead.yStart, bead.yCount, pair.x);
        return bead;
    };
    for (const PairResult &pair : pairs) {
        if (pair.x != pivot && pair.y != pivot)
            continue;
        for (const PairBead &bead : pair.alignment.beads) {
            lowerConfidence(pair, bead);
            linkAll(pair, withoutUntranslated(pair, bead));
        }
    }
    std::vector<bool> disagreement(std::size_t(groups.size()), false);
    for (const PairResult &pair : pairs) {
        if (pair.x == pivot || pair.y == pivot)
            continue;
        for (const PairBead &bead : pair.alignment.beads) {
            if (bead.xCount == 0 || bead.yCount == 0)
                continue;
            bool fillsGap = true;
            for (int k = 0; k < bead.xCount; ++k)
                fillsGap = fillsGap && !groups.holds(groups.id(pair.x, bead.xStart + k), pair.y);
            for (int l = 0; l < bead.yCount; ++l)
                fillsGap = fillsGap && !groups.holds(groups.id(pair.y, bead.yStart + l), pair.x);
            if (fillsGap) {
                lowerConfidence(pair, bead);
                linkAll(pair, bead);
                continue;
            }
            for (int k = 0; k < bead.xCount; ++k) {
                for (int l = 0; l < bead.yCount; ++l) {
                    const int a = groups.find(groups.id(pair.x, bead.xStart + k));
                    const int b = groups.find(groups.id(pair.y, bead.yStart + l));
                    if (a != b)
                        disagreement[std::size_t(a)] = disagreement[std::size_t(b)] = true;
                }
            }
        }
    }
    // Joins after the disagreement marks were set would hide them: carry each mark to its group's root.
    for (int id = 0; id < groups.size(); ++id)
        if (disagreement[std::size_t(id)])
            disagreement[std::size_t(groups.find(id))] = true;
    return readBeads(sizes, groups, pivot, confidence, disagreement, flagBelow);
}

} // namespace terjime::align
