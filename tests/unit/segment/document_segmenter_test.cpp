// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/segment/document_segmenter.h"

#include <gtest/gtest.h>

using namespace terjime;

namespace {
QStringList sentences(core::Language language, const QString &text)
{
    auto segmenter = segment::DocumentSegmenter::create(core::LanguageTag(language));
    EXPECT_TRUE(segmenter.ok());
    QStringList out;
    for (const segment::Segment &s : segmenter->segment(text))
        out << s.text;
    return out;
}
} // namespace

TEST(DocumentSegmenter, SplitsAReleaseIntoHeadlineDatelineSentencesAndItems)
{
    const QString release = QStringLiteral(
        "Turkmenistan Hosts OSCE Seminar\n\nAshgabat, 1 April 2025\n\n"
        "The seminar opened at 10 a.m. at the Ministry of Foreign Affairs. Mr. A. Gurbanov chaired it.\n\n"
        "Topics included:\n\n•        victim identification;\n\n•        the National Action Plan.\n");
    auto segmenter = segment::DocumentSegmenter::create(core::LanguageTag(core::Language::English));
    ASSERT_TRUE(segmenter.ok());
    const auto segments = segmenter->segment(release);
    QStringList texts;
    for (const auto &s : segments)
        texts << s.text;
    EXPECT_EQ(texts,
              (QStringList{QStringLiteral("Turkmenistan Hosts OSCE Seminar"), QStringLiteral("Ashgabat, 1 April 2025"),
                           QStringLiteral("The seminar opened at 10 a.m. at the Ministry of Foreign Affairs."),
                           QStringLiteral("Mr. A. Gurbanov chaired it."), QStringLiteral("Topics included:"),
                           QStringLiteral("victim identification;"), QStringLiteral("the National Action Plan.")}));
    ASSERT_EQ(segments.size(), 7);
    EXPECT_EQ(segments[3].paragraph, 2);
    EXPECT_EQ(segments[3].index, 3);
    EXPECT_EQ(segments[6].paragraph, 5);
    EXPECT_EQ(release.mid(segments[6].range.start, segments[6].range.end - segments[6].range.start),
              QStringLiteral("the National Action Plan."));
}

TEST(DocumentSegmenter, RussianAbbreviationsAndDates)
{
    EXPECT_EQ(sentences(core::Language::Russian,
                        QStringLiteral("20 июня 2025 г. Правительство утвердило план на 2025–2029 гг. Особое "
                                       "внимание уделено детям. Заседание прошло в г. Вене под руководством "
                                       "А. Гурбанова.")),
              (QStringList{QStringLiteral("20 июня 2025 г. Правительство утвердило план на 2025–2029 гг."),
                           QStringLiteral("Особое внимание уделено детям."),
                           QStringLiteral("Заседание прошло в г. Вене под руководством А. Гурбанова.")}));
}

TEST(DocumentSegmenter, TurkmenInitialsOrdinalsAndAbbreviations)
{
    EXPECT_EQ(sentences(core::Language::Turkmen,
                        QStringLiteral("Maslahat 2025-nji ýylyň 1-nji aprelinde geçirildi. Oňa S.Toýlyýew we "
                                       "A. Gurbanow gatnaşdy. Okuw, maslahat we ş.m. çäreler meýilleşdirildi.")),
              (QStringList{QStringLiteral("Maslahat 2025-nji ýylyň 1-nji aprelinde geçirildi."),
                           QStringLiteral("Oňa S.Toýlyýew we A. Gurbanow gatnaşdy."),
                           QStringLiteral("Okuw, maslahat we ş.m. çäreler meýilleşdirildi.")}));
}

TEST(DocumentSegmenter, LineBreaksInWrappedProseBecomeSpaces)
{
    EXPECT_EQ(sentences(core::Language::English,
                        QStringLiteral("The delegation of Turkmenistan attended the conference held in the\n"
                                       "Hofburg in Vienna. It presented the National Action Plan.")),
              (QStringList{QStringLiteral("The delegation of Turkmenistan attended the conference held in the Hofburg "
                                          "in Vienna."),
                           QStringLiteral("It presented the National Action Plan.")}));
    EXPECT_EQ(
        sentences(core::Language::Turkmen, QStringLiteral("Türkmenistan adam söwdasynyň pidalaryny goramak ulgamyny\n"
                                                          "berkitmäge aýratyn üns berýär.")),
        QStringList{QStringLiteral("Türkmenistan adam söwdasynyň pidalaryny goramak ulgamyny berkitmäge "
                                   "aýratyn üns berýär.")});
}

TEST(DocumentSegmenter, ShortLinesWithoutPunctuationAreLinesOfTheirOwn)
{
    // Web pages leave captions and image placeholders on lines of their own.
    EXPECT_EQ(
        sentences(core::Language::English, QStringLiteral("img\nimg\nPhoto: the opening session\nThe forum opened.")),
        (QStringList{QStringLiteral("img"), QStringLiteral("img"), QStringLiteral("Photo: the opening session"),
                     QStringLiteral("The forum opened.")}));
}

TEST(DocumentSegmenter, SegmentInputMapsRangesBackToTheUsersText)
{
    // "ü" and "ş" arrive decomposed; the texts come out in NFC, the ranges point into the input as given.
    const QString input = QStringLiteral("Tu\u0308rkmenistan maslahata gatnas\u0327dy. Maslahat tamamlandy.");
    auto segmenter = segment::DocumentSegmenter::create(core::LanguageTag(core::Language::Turkmen));
    ASSERT_TRUE(segmenter.ok());
    const auto segments = segmenter->segmentInput(input);
    ASSERT_EQ(segments.size(), 2);
    EXPECT_EQ(segments[0].text, QStringLiteral("Türkmenistan maslahata gatnaşdy."));
    EXPECT_EQ(segments[0].range.start, 0);
    EXPECT_EQ(segments[0].range.end, input.indexOf(QLatin1Char('.')) + 1);
    EXPECT_EQ(input.mid(segments[1].range.start, segments[1].range.end - segments[1].range.start),
              QStringLiteral("Maslahat tamamlandy."));
}
