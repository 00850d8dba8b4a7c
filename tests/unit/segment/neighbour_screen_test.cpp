// SPDX-License-Identifier: GPL-3.0-or-later
#include "neighbour_screen.h"

#include "tm/segment/document_segmenter.h"

#include <gtest/gtest.h>

#include <QString>

using terjime::segment::analyzeRegex;
using terjime::segment::Neighbours;
using terjime::segment::NeighbourScreen;

namespace {

// The screen answers for all runs at once what each run's neighbours answer alone, at every position of real text,
// including the ends of the text, where a run that needs characters there must be refused.
TEST(NeighbourScreen, AgreesWithEveryRunsOwnNeighbours)
{
    const terjime::segment::SrxDocument rules = terjime::segment::builtinRules();
    const QString texts[] = {
        QStringLiteral("В 2019 г. Межведомственная комиссия (МВК) провела т. е. 12 заседаний… «Итоги» — здесь."),
        QStringLiteral("Mr. J. Smith, Ph.D., arrived at 3 p.m. (see fig. 2). Then he left!  \n  a) next"),
        QStringLiteral("Hereketleriň milli meýilnamasy b.e. 2025-nji ýylyň 1-nji aprelinde tassyklandy. ÝHHG-niň"),
        QStringLiteral("."),
        QString(),
    };
    for (const char *language : {"ru", "en", "tk"}) {
        std::vector<Neighbours> runs;
        NeighbourScreen screen;
        for (const auto *languageRule : rules.rulesFor(QString::fromLatin1(language))) {
            for (const auto &rule : languageRule->rules) {
                runs.push_back(Neighbours::of(analyzeRegex(rule.beforeBreak), analyzeRegex(rule.afterBreak)));
                screen.add(runs.back());
            }
        }
        ASSERT_GT(runs.size(), 10u);
        for (const QString &text : texts) {
            for (qsizetype position = 0; position <= text.size(); ++position) {
                const std::uint64_t allowed = screen.allowed(text, position);
                for (std::size_t r = 0; r < std::min<std::size_t>(runs.size(), NeighbourScreen::kMaxRuns); ++r)
                    EXPECT_EQ((allowed >> r & 1) != 0, runs[r].allow(text, position))
                        << language << " run " << r << " at " << position << " of " << text.toStdString();
            }
        }
    }
}

} // namespace
