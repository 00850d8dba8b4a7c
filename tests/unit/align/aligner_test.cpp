// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/align/aligner.h"
#include "tm/align/bead_units.h"

#include "bead_shapes.h"
#include "qt_printers.h"

#include <gtest/gtest.h>

using terjime::align::AlignText;
using terjime::align::Bead;
using terjime::core::Language;
using terjime::core::LanguageTag;

using terjime::align::testing::shapes;

namespace {

AlignText text(Language language, std::initializer_list<const char16_t *> segments)
{
    AlignText out{LanguageTag(language), {}, {}};
    for (const char16_t *segment : segments)
        out.segments.append(QString::fromUtf16(segment));
    return out;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

const AlignText kEnglish =
    text(Language::English,
         {
             u"Cabinet of Ministers Reviews the Cotton Harvest",
             u"On 14 October 2024, the Cabinet of Ministers of Turkmenistan heard a report on the cotton harvest.",
             u"Deputy Chairman A. Gurbanov reported that the farmers of Ahal province had delivered 265,500 tonnes.",
             u"This is 2.5 per cent more than planned.",
             u"More than 1,250 machines are working in the fields, and the factories are operating around the clock.",
             u"The President thanked the farmers of Ahal and Lebap for their hard work.",
         });
const AlignText kRussian = text(
    Language::Russian,
    {
        u"Кабинет Министров рассмотрел ход сбора хлопка",
        u"14 октября 2024 г. Кабинет Министров Туркменистана заслушал доклад о ходе сбора хлопка.",
        u"Заместитель Председателя А. Гурбанов сообщил, что земледельцы Ахалского велаята сдали 265 500 тонн, что на "
        u"2,5 процента больше запланированного.",
        u"На полях работают более 1 250 машин, а заводы работают круглосуточно.",
        u"Президент поблагодарил земледельцев Ахала и Лебапа за самоотверженный труд.",
    });
const AlignText kTurkmen = text(
    Language::Turkmen,
    {
        u"Ministrler Kabineti pagta ýygymynyň barşyna garady",
        u"2024-nji ýylyň 14-nji oktýabrynda Türkmenistanyň Ministrler Kabineti pagta ýygymy baradaky hasabaty diňledi.",
        u"Orunbasar A.Gurbanow Ahal welaýatynyň daýhanlarynyň 265 500 tonna pagta tabşyrandyklaryny habar berdi.",
        u"Bu meýilnamadakydan 2,5 göterim köpdür.",
        u"Meýdanlarda 1 250-den gowrak kombaýn işleýär.",
        u"Kärhanalar gije-gündiz işleýär.",
        u"Prezident Ahal we Lebap welaýatlarynyň daýhanlaryna yhlasly zähmeti üçin minnetdarlyk bildirdi.",
        u"Mejlisde beýleki meseleler hem ara alnyp maslahatlaşyldy.",
    });

} // namespace

TEST(Aligner, ThreeLanguagesWithJoinsSplitsAndAnAddedSentence)
{
    const auto beads = terjime::align::align({kEnglish, kRussian, kTurkmen});
    ASSERT_TRUE(beads.ok()) << beads.error().message().toStdString();
    // 1-1-1 title and first sentence; en 2 sentences ↔ ru 1 ↔ tk 2 (2-1, 1-2); en 1 ↔ ru 1 ↔ tk 2 (1-2);
    // a Turkmen sentence the others lack (0-1).
    EXPECT_EQ(shapes(*beads), list({"0|0|0", "1|1|1", "2,3|2|2,3", "4|3|4,5", "5|4|6", "||7"}));
    for (const Bead &bead : *beads) {
        EXPECT_GE(bead.confidence, 0.0);
        EXPECT_LE(bead.confidence, 1.0);
    }
    EXPECT_GT(beads->front().confidence, 0.5);
    EXPECT_FALSE(beads->front().flagged);
}

TEST(Aligner, TwoLanguages)
{
    const auto beads = terjime::align::align({kEnglish, kRussian});
    ASSERT_TRUE(beads.ok());
    EXPECT_EQ(shapes(*beads), list({"0|0", "1|1", "2,3|2", "4|3", "5|4"}));
}

TEST(Aligner, NumbersDecideWhichSentenceIsMissing)
{
    // Same lengths everywhere: only the numbers tell that the Russian text lacks the first sentence, not the second.
    const AlignText english =
        text(Language::English,
             {
                 u"The Interdepartmental Commission Reports on Its Work in 2024",
                 u"The commission presented its annual report to the Cabinet of Ministers on 20 January 2025.",
                 u"The interdepartmental commission met 12 times in 2023 to review the national plan.",
                 u"The interdepartmental commission met 15 times in 2024 to review the national plan.",
                 u"It reviewed 340 cases of forced labour and 25 cases of trafficking in persons.",
             });
    const AlignText russian = text(
        Language::Russian, {
                               u"Межведомственная комиссия отчиталась о работе за 2024 год",
                               u"Комиссия представила свой годовой отчет Кабинету Министров 20 января 2025 года.",
                               u"Межведомственная комиссия провела 15 заседаний в 2024 году по национальному плану.",
                               u"Она рассмотрела 340 дел о принудительном труде и 25 дел о торговле людьми.",
                           });
    const auto beads = terjime::align::align({english, russian});
    ASSERT_TRUE(beads.ok());
    EXPECT_EQ(shapes(*beads), list({"0|0", "1|1", "2|", "3|2", "4|3"}));
    EXPECT_TRUE(beads->at(2).flagged) << "a sentence only one language has needs review";
}

TEST(Aligner, NamesAcrossScriptsDecideWhichSentenceIsMissing)
{
    const AlignText english = text(
        Language::English, {
                               u"On Monday the delegation of the ministry was received by Mr. Meredov in the capital.",
                               u"On Tuesday the delegation of the ministry was received by Ms. Atayeva in the capital.",
                               u"The talks on cooperation in the field of migration were constructive and friendly.",
                           });
    const AlignText turkmen = text(
        Language::Turkmen, {
                               u"Sişenbe güni ministrligiň wekiliýetini paýtagtda hanym Ataýewa kabul etdi.",
                               u"Migrasiýa ulgamyndaky hyzmatdaşlyk baradaky gepleşikler netijeli we dostlukly geçdi.",
                           });
    const auto beads = terjime::align::align({english, turkmen});
    ASSERT_TRUE(beads.ok());
    EXPECT_EQ(shapes(*beads), list({"0|", "1|0", "2|1"}));
}

TEST(Aligner, EmptyTextsAndErrors)
{
    const AlignText empty{LanguageTag(Language::Russian), {}, {}};
    const auto beads = terjime::align::align({kEnglish, empty});
    ASSERT_TRUE(beads.ok());
    EXPECT_EQ(beads->size(), kEnglish.segments.size());
    EXPECT_FALSE(terjime::align::align({kEnglish}).ok());
    AlignText badParagraphs = kRussian;
    badParagraphs.paragraphs = {0};
    EXPECT_FALSE(terjime::align::align({kEnglish, badParagraphs}).ok());
}

TEST(Aligner, ParagraphsAreEvidence)
{
    // By length the short English sentence could join either neighbour: the paragraphs say which.
    AlignText english = text(Language::English, {u"The meeting was held in the capital on Friday.", u"It was short.",
                                                 u"The next meeting will take place in summer."});
    AlignText russian = text(Language::Russian, {u"Заседание прошло в столице в пятницу и было кратким.",
                                                 u"Следующее заседание пройдёт летом и будет кратким."});
    russian.paragraphs = {0, 1};
    english.paragraphs = {0, 0, 1};
    auto beads = terjime::align::align({english, russian});
    ASSERT_TRUE(beads.ok());
    EXPECT_EQ(shapes(*beads), list({"0,1|0", "2|1"}));
    english.paragraphs = {0, 1, 1};
    beads = terjime::align::align({english, russian});
    ASSERT_TRUE(beads.ok());
    EXPECT_EQ(shapes(*beads), list({"0|0", "1,2|1"}));
}

TEST(BeadUnits, OneUnitPerBeadWithScoreFlagAndContext)
{
    const auto beads = terjime::align::align({kEnglish, kRussian, kTurkmen});
    ASSERT_TRUE(beads.ok());
    const QList<AlignText> texts{kEnglish, kRussian, kTurkmen};
    const auto units = terjime::align::beadsToUnits(texts, *beads);
    ASSERT_EQ(units.size(), beads->size());
    const auto &joined = units[2];
    ASSERT_EQ(joined.variants.size(), 3);
    EXPECT_EQ(joined.variant(u"en")->segment.text, kEnglish.segments[2] + u' ' + kEnglish.segments[3]);
    EXPECT_EQ(joined.variant(u"ru")->segment.text, kRussian.segments[2]);
    EXPECT_EQ(joined.sourceLanguage, QStringLiteral("en"));
    EXPECT_EQ(joined.propertyValue(u"prev"), kEnglish.segments[1]);
    EXPECT_EQ(joined.propertyValue(u"next"), kEnglish.segments[4]);
    EXPECT_FALSE(joined.propertyValue(terjime::align::kScoreProperty).isEmpty());
    const auto &added = units.back();
    ASSERT_EQ(added.variants.size(), 1);
    EXPECT_EQ(added.variants.front().language, QStringLiteral("tk"));
    EXPECT_EQ(added.propertyValue(terjime::align::kFlagProperty), QStringLiteral("true"));
    EXPECT_EQ(added.propertyValue(u"prev"), kEnglish.segments.back());
    EXPECT_TRUE(added.propertyValue(u"next").isEmpty());
}
