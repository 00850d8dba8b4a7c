// SPDX-License-Identifier: GPL-3.0-or-later
#include "pair_aligner.h"

#include "bead_cost.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace terjime::align {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr int kInitialBand = 24;
// A bead is as confident as the margin (in cost) by which the nearest alternative loses: a margin of this much
// gives 0.5.
constexpr double kEvenMargin = 1.0;
// The median squared length deviation of 1-1 beads as a share of their variance. It would be 0.455 for normal
// deviations; those of translations have heavier tails (a sentence rendered freely, a name spelled out), so the
// median sits lower. Measured, not derived: the NTREX score is flat between 0.11 and 0.18.
constexpr double kMedianSquareShare = 0.15;
// Gale and Church's variance counts as this many 1-1 beads of the document: it decides only in the shortest texts.
constexpr double kVariancePriorBeads = 2;
// Below this, rounding and the odd comma decide; no translation keeps lengths that closely. (The upper bound, four
// times Gale and Church's, is for a first pass gone wrong: its 1-1 beads then say little about the translation.)
constexpr double kMinVariance = 1.0;

// The dynamic programme over the cells (i, j) with |j - centre(i)| <= band, centre(i) the diagonal from (0, 0) to
// (n, m). Each cell keeps its best cost and the shape of the last bead on the best path to it.
class BandedSearch {
public:
    BandedSearch(const BeadCoster &coster, int n, int m, int band) : m_coster(coster), m_n(n), m_m(m), m_band(band)
    {
        const std::size_t width = std::size_t(2 * band + 1);
        m_cost.assign(std::size_t(n + 1) * width, kInfinity);
        m_shape.assign(std::size_t(n + 1) * width, std::uint8_t(0xff));
    }

    // Fills the band; false when (n, m) cannot be reached (never happens for a band that covers the end).
    bool run()
    {
        set(0, 0, 0, 0xff);
        for (int i = 0; i <= m_n; ++i) {
            const int lo = std::max(0, centre(i) - m_band);
            const int hi = std::min(m_m, centre(i) + m_band);
            for (int j = lo; j <= hi; ++j) {
                if (i == 0 && j == 0)
                    continue;
                double best = kInfinity;
                std::uint8_t bestShape = 0xff;
                for (std::size_t s = 0; s < kShapes.size(); ++s) {
                    const int pi = i - kShapes[s].x;
                    const int pj = j - kShapes[s].y;
                    if (pi < 0 || pj < 0)
                        continue;
                    const double before = at(pi, pj);
                    if (before == kInfinity)
                        continue;
                    const double total = before + m_coster.cost(pi, kShapes[s].x, pj, kShapes[s].y);
                    if (total < best) {
                        best = total;
                        bestShape = std::uint8_t(s);
                    }
                }
                set(i, j, best, bestShape);
            }
        }
        return at(m_n, m_m) < kInfinity;
    }

    // The best path as beads, and whether it touches the edge of the band (so a wider band might find better).
    QList<PairBead> path(bool &touchesEdge) const
    {
        QList<PairBead> beads;
        touchesEdge = false;
        int i = m_n;
        int j = m_m;
        while (i > 0 || j > 0) {
            const Shape shape = kShapes[m_shape[index(i, j)]];
            const int lo = centre(i) - m_band;
            const int hi = centre(i) + m_band;
            if ((j == lo && lo > 0) || (j == hi && hi < m_m))
                touchesEdge = true;
            i -= shape.x;
            j -= shape.y;
            beads.append({i, shape.x, j, shape.y, 0, 0});
        }
        std::reverse(beads.begin(), beads.end());
        return beads;
    }

    double total() const { return at(m_n, m_m); }

private:
    int centre(int i) const { return m_n == 0 ? 0 : int(std::int64_t(i) * m_m / m_n); }
    std::size_t index(int i, int j) const
    {
        return std::size_t(i) * std::size_t(2 * m_band + 1) + std::size_t(j - centre(i) + m_band);
    }
    double at(int i, int j) const
    {
        const int offset = j - centre(i);
        return offset < -m_band || offset > m_band ? kInfinity : m_cost[index(i, j)];
    }
    void set(int i, int j, double cost, std::uint8_t shape)
    {
        m_cost[index(i, j)] = cost;
        m_shape[index(i, j)] = shape;
    }

    const BeadCoster &m_coster;
    int m_n;
    int m_m;
    int m_band;
    std::vector<double> m_cost;
    std::vector<std::uint8_t> m_shape;
};

// The cheapest way to cover the block of `bead` with smaller beads; infinity when there is none (1-0, 0-1).
double bestSplit(const BeadCoster &coster, const PairBead &bead)
{
    const int a = bead.xCount;
    const int b = bead.yCount;
    std::vector<double> cost(std::size_t((a + 1) * (b + 1)), kInfinity);
    for (int i = 0; i <= a; ++i) {
        for (int j = 0; j <= b; ++j) {
            if (i == 0 && j == 0) {
                cost[0] = 0;
                continue;
            }
            for (const Shape &shape : kShapes) {
                if (shape.x > i || shape.y > j || (shape.x == a && shape.y == b))
                    continue;
                const double before = cost[std::size_t((i - shape.x) * (b + 1) + (j - shape.y))];
                if (before < kInfinity) {
                    const double total =
                        before + coster.cost(bead.xStart + i - shape.x, shape.x, bead.yStart + j - shape.y, shape.y);
                    double &here = cost[std::size_t(i * (b + 1) + j)];
                    here = std::min(here, total);
                }
            }
        }
    }
    return cost.empty() ? kInfinity : cost.back();
}

// How much cheaper two neighbouring beads are than one bead joining them; infinity when the join is not a shape.
double mergeMargin(const BeadCoster &coster, const PairBead &first, const PairBead &second)
{
    const int x = first.xCount + second.xCount;
    const int y = first.yCount + second.yCount;
    if (shapeIndex(x, y) < 0)
        return kInfinity;
    return coster.cost(first.xStart, x, first.yStart, y) - first.cost - second.cost;
}

void scoreBeads(const BeadCoster &coster, QList<PairBead> &beads)
{
    for (PairBead &bead : beads)
        bead.cost = coster.cost(bead.xStart, bead.xCount, bead.yStart, bead.yCount);
    for (qsizetype k = 0; k < beads.size(); ++k) {
        double margin = bestSplit(coster, beads[k]) - beads[k].cost;
        if (k > 0)
            margin = std::min(margin, mergeMargin(coster, beads[k - 1], beads[k]));
        if (k + 1 < beads.size())
            margin = std::min(margin, mergeMargin(coster, beads[k], beads[k + 1]));
        if (margin == kInfinity)
            margin = 10;
        beads[k].confidence = 1 / (1 + std::exp(-(margin - kEvenMargin)));
    }
}

// The length model of the 1-1 beads of a first alignment. Their ratio, because sentences one text has and the other
// lacks distort the ratio of the whole texts, most in short documents. Their variance, because how closely one
// translation keeps to the lengths of its original varies from document to document far more than Gale and Church's
// single figure allows: a close translation makes a merged or split sentence stand out in lengths that a loose one
// would forgive. The variance is robust (the median of the squared deviations, so that the wrong 1-1 beads of the
// first pass do not widen it) and shrunk towards Gale and Church's by the number of beads it rests on.
struct LengthModel {
    double ratio = 0; // 0 when there are too few 1-1 beads to tell
    double variance = 0;
};

LengthModel oneToOneModel(const TextEvidence &x, const TextEvidence &y, const QList<PairBead> &beads)
{
    long long xLength = 0;
    long long yLength = 0;
    std::vector<std::pair<double, double>> lengths;
    for (const PairBead &bead : beads) {
        if (bead.xCount == 1 && bead.yCount == 1 && x[bead.xStart].length > 0 && y[bead.yStart].length > 0) {
            xLength += x[bead.xStart].length;
            yLength += y[bead.yStart].length;
            lengths.emplace_back(x[bead.xStart].length, y[bead.yStart].length);
        }
    }
    LengthModel model;
    if (lengths.size() < 2 || xLength == 0)
        return model;
    model.ratio = double(yLength + 1) / double(xLength + 1);
    std::vector<double> squares;
    squares.reserve(lengths.size());
    for (const auto &[xl, yl] : lengths) {
        const double delta = yl - xl * model.ratio;
        squares.push_back(delta * delta / ((xl * model.ratio + yl) / 2));
    }
    std::nth_element(squares.begin(), squares.begin() + std::ptrdiff_t(squares.size() / 2), squares.end());
    const double median = squares[squares.size() / 2];
    const double estimate = std::clamp(median / kMedianSquareShare, kMinVariance, kGaleChurchVariance * 4);
    const double n = double(lengths.size());
    model.variance = (kVariancePriorBeads * kGaleChurchVariance + n * estimate) / (kVariancePriorBeads + n);
    return model;
}

PairAlignment search(const BeadCoster &coster, int n, int m)
{
    // The band must at least reach the corners (0, 0) and (n, m) from the diagonal, which it always does, and let a
    // text with nothing on one side through.
    int band = std::max(kInitialBand, n == 0 || m == 0 ? std::max(n, m) + 1 : 0);
    PairAlignment result;
    for (;;) {
        BandedSearch banded(coster, n, m, band);
        // A band narrower than the slope of a very lopsided pair may not reach the end: widen it.
        if (!banded.run()) {
            band *= 2;
            continue;
        }
        bool touchesEdge = false;
        result.beads = banded.path(touchesEdge);
        result.cost = banded.total();
        if (!touchesEdge || band > m)
            break;
        band *= 2;
    }
    return result;
}

} // namespace

PairAlignment alignPair(const TextEvidence &x, const TextEvidence &y, PairWords words)
{
    const BeadCoster first(x, y, words);
    PairAlignment result = search(first, int(x.size()), int(y.size()));
    if (const LengthModel model = oneToOneModel(x, y, result.beads); model.ratio > 0) {
        const BeadCoster second(x, y, words, model.ratio, model.variance);
        result = search(second, int(x.size()), int(y.size()));
        scoreBeads(second, result.beads);
    } else {
        scoreBeads(first, result.beads);
    }
    return result;
}

} // namespace terjime::align
