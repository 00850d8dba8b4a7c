// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile.h"

#include "bead_shapes.h"
#include "qt_printers.h"

#include <gtest/gtest.h>

using terjime::align::Bead;
using terjime::align::PairBead;
using terjime::align::PairResult;
using terjime::align::reconcile;

using terjime::align::testing::shapes;

namespace {

// A pairwise bead: x[xStart, xStart + xCount) ↔ y[yStart, yStart + yCount) with the pair's confidence in it.
PairBead bead(int xStart, int xCount, int yStart, int yCount, double confidence)
{
    return {xStart, xCount, yStart, yCount, 0, confidence};
}

// A sure 1-1 bead.
PairBead sure(int x, int y)
{
    return bead(x, 1, y, 1, 1.0);
}

// Three texts (0 en, 1 ru, 2 tk) of 3, 3 and 4 segments: en 1 and 2 are one ru sentence (ru 1), ru 2 is a sentence
// en lacks, and tk has en 1 and en 2 apart (tk 1, tk 2) and ru 2 as tk 3. en–ru and ru–tk are right; en–tk joins tk 3,
// the sentence en lacks, to en 2, as a pair on its own prices it. The en–tk pair costs least, so tk is the pivot.
QList<PairResult> pairsWithEnTkJoin(double joinConfidence)
{
    PairResult enRu{0, 1, {}};
    enRu.alignment.beads = {sure(0, 0), bead(1, 2, 1, 1, 0.8), bead(3, 0, 2, 1, 0.8)};
    enRu.alignment.cost = 9;
    PairResult enTk{0, 2, {}};
    enTk.alignment.beads = {sure(0, 0), sure(1, 1), bead(2, 1, 2, 2, joinConfidence)};
    enTk.alignment.cost = 3;
    PairResult ruTk{1, 2, {}};
    ruTk.alignment.beads = {sure(0, 0), bead(1, 1, 1, 2, 0.9), sure(2, 3)};
    ruTk.alignment.cost = 4;
    return {enRu, enTk, ruTk};
}

} // namespace

TEST(Reconcile, AnUnsureJoinGivesUpASentenceTheOtherPairsSayHasNoTranslation)
{
    // tk 3's translation in ru (ru 2) has none in en, by the en–ru pair: tk 3 leaves en 2's join and goes with ru 2.
    const QList<Bead> beads = reconcile({3, 3, 4}, pairsWithEnTkJoin(0.4), 0.5);
    EXPECT_EQ(shapes(beads), (QStringList{"0|0|0", "1,2|1|1,2", "|2|3"}));
    EXPECT_TRUE(beads.back().flagged); // en has nothing here: a translator should see it
}

TEST(Reconcile, ASureJoinStands)
{
    // The same pairs with a join the en–tk pair is sure of: the pivot's pairs hold, and all of it is one bead.
    const QList<Bead> beads = reconcile({3, 3, 4}, pairsWithEnTkJoin(0.9), 0.5);
    EXPECT_EQ(shapes(beads), (QStringList{"0|0|0", "1,2|1,2|1,2,3"}));
}

TEST(Reconcile, ASentenceTheThirdTextLacksSaysNothing)
{
    // The ru–tk pair leaves tk 2 alone: ru has no translation of it to ask en about, so nothing speaks against the
    // en–tk join of tk 1 and tk 2 to en 1, however unsure.
    PairResult enRu{0, 1, {}};
    enRu.alignment.beads = {sure(0, 0), sure(1, 1)};
    enRu.alignment.cost = 1;
    PairResult enTk{0, 2, {}};
    enTk.alignment.beads = {sure(0, 0), bead(1, 1, 1, 2, 0.3)};
    enTk.alignment.cost = 1;
    PairResult ruTk{1, 2, {}};
    ruTk.alignment.beads = {sure(0, 0), sure(1, 1), bead(2, 0, 2, 1, 0.6)};
    ruTk.alignment.cost = 1;
    const QList<Bead> beads = reconcile({2, 2, 3}, {enRu, enTk, ruTk}, 0.5);
    EXPECT_EQ(shapes(beads), (QStringList{"0|0|0", "1|1|1,2"}));
}
