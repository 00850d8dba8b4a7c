// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/glossary/term_recognizer.h"

#include <gtest/gtest.h>

using namespace terjime;
using glossary::Occurrence;
using glossary::TermStatus;

namespace {

glossary::Term term(const char *text, TermStatus status, glossary::TermType type = glossary::TermType::FullForm)
{
    glossary::Term t = glossary::makeTerm(QString::fromUtf8(text), status);
    t.type = type;
    return t;
}

// A small glossary of our own: one concept with a deprecated variant, acronyms, and look-alikes.
glossary::Glossary sample()
{
    glossary::Glossary g;
    glossary::Concept commission;
    commission.id = QStringLiteral("inst-001");
    commission.terms[QStringLiteral("en")] = {term("Interdepartmental Commission", TermStatus::Preferred),
                                              term("Interagency Commission", TermStatus::Deprecated)};
    commission.terms[QStringLiteral("ru")] = {term("Межведомственная комиссия", TermStatus::Preferred)};
    commission.terms[QStringLiteral("tk")] = {term("Pudagara komissiýa", TermStatus::Preferred)};
    glossary::Concept prosecutorOffice;
    prosecutorOffice.id = QStringLiteral("inst-002");
    prosecutorOffice.terms[QStringLiteral("ru")] = {term("Генеральная прокуратура", TermStatus::Preferred)};
    prosecutorOffice.terms[QStringLiteral("tk")] = {term("Baş prokuratura", TermStatus::Preferred)};
    glossary::Concept osce;
    osce.id = QStringLiteral("org-001");
    osce.terms[QStringLiteral("en")] = {term("OSCE", TermStatus::Admitted, glossary::TermType::Acronym)};
    osce.terms[QStringLiteral("tk")] = {term("ÝHHG", TermStatus::Admitted, glossary::TermType::Acronym)};
    osce.terms[QStringLiteral("ru")] = {term("ОБСЕ", TermStatus::Admitted, glossary::TermType::Acronym)};
    glossary::Concept plan;
    plan.id = QStringLiteral("traf-027");
    plan.terms[QStringLiteral("tk")] = {term("Hereketleriň milli meýilnamasy", TermStatus::Preferred)};
    g.concepts = {commission, prosecutorOffice, osce, plan};
    return g;
}

QStringList found(core::Language language, const QString &text)
{
    auto recognizer = glossary::TermRecognizer::create(sample(), core::LanguageTag(language));
    EXPECT_TRUE(recognizer.ok());
    QStringList out;
    for (const Occurrence &o : recognizer->find(text))
        out << o.conceptId + QLatin1Char('=') + o.surface;
    return out;
}

} // namespace

TEST(TermRecognizer, RussianMultiwordTermsInEveryCase)
{
    EXPECT_EQ(found(core::Language::Russian,
                    QStringLiteral("Заседание Межведомственной комиссии; члены МЕЖВЕДОМСТВЕННУЮ КОМИССИЮ; "
                                   "с Генеральной прокуратурой и ОБСЕ.")),
              (QStringList{QStringLiteral("inst-001=Межведомственной комиссии"),
                           QStringLiteral("inst-001=МЕЖВЕДОМСТВЕННУЮ КОМИССИЮ"),
                           QStringLiteral("inst-002=Генеральной прокуратурой"), QStringLiteral("org-001=ОБСЕ")}));
}

TEST(TermRecognizer, TurkmenSuffixChainsAndHyphenatedSuffixes)
{
    EXPECT_EQ(
        found(core::Language::Turkmen,
              QStringLiteral("Hereketleriň milli meýilnamasynyň taslamasy ÝHHG-niň we Baş prokuraturanyň "
                             "wekilleri bilen Pudagara komissiýada ara alnyp maslahatlaşyldy.")),
        (QStringList{QStringLiteral("traf-027=Hereketleriň milli meýilnamasynyň"), QStringLiteral("org-001=ÝHHG-niň"),
                     QStringLiteral("inst-002=Baş prokuraturanyň"), QStringLiteral("inst-001=Pudagara komissiýada")}));
}

TEST(TermRecognizer, LookAlikesAndAcronymsInsideOtherWordsDoNotMatch)
{
    EXPECT_TRUE(found(core::Language::Turkmen, QStringLiteral("Baş prokuror çykyş etdi.")).isEmpty());
    EXPECT_TRUE(found(core::Language::Russian, QStringLiteral("Генеральный прокурор выступил.")).isEmpty());
    EXPECT_TRUE(found(core::Language::English,
                      QStringLiteral("See www.osce.org/ashgabat or write to info@osce.org; OSCEtalk; osce."))
                    .isEmpty());
}

TEST(TermRecognizer, EnglishPossessivesCaseAndDeprecatedTerms)
{
    auto recognizer = glossary::TermRecognizer::create(sample(), core::LanguageTag(core::Language::English));
    ASSERT_TRUE(recognizer.ok());
    const QString text = QStringLiteral("The OSCE's experts met the INTERAGENCY COMMISSION and the "
                                        "interdepartmental commissions.");
    const auto occurrences = recognizer->find(text);
    ASSERT_EQ(occurrences.size(), 3);
    EXPECT_EQ(occurrences[0].surface, QStringLiteral("OSCE's"));
    EXPECT_EQ(occurrences[1].status, TermStatus::Deprecated);
    EXPECT_EQ(occurrences[1].term, QStringLiteral("Interagency Commission"));
    EXPECT_EQ(occurrences[2].surface, QStringLiteral("interdepartmental commissions"));
    EXPECT_EQ(occurrences[2].tier, Occurrence::Tier::Morphological);
    EXPECT_EQ(text.mid(occurrences[2].start, occurrences[2].end - occurrences[2].start), occurrences[2].surface);
}

TEST(TermRecognizer, TurkmenCyrillicIsMatchedThroughTransliteration)
{
    EXPECT_EQ(found(core::Language::TurkmenCyrillic, QStringLiteral("Пудагара комиссиясы йыгнанды.")),
              QStringList{QStringLiteral("inst-001=Пудагара комиссиясы")});
    EXPECT_EQ(found(core::Language::TurkmenCyrillic, QStringLiteral("Баш прокуратураның иши")),
              QStringList{QStringLiteral("inst-002=Баш прокуратураның")});
}

TEST(TermRecognizer, FindInInputMapsOffsetsBackToTheUsersText)
{
    auto recognizer = glossary::TermRecognizer::create(sample(), core::LanguageTag(core::Language::Turkmen));
    ASSERT_TRUE(recognizer.ok());
    // "Baş" with a decomposed ş: the surface comes out in NFC, the offsets point into the input as given.
    const QString input = QStringLiteral("Wekiller Bas\u0327 prokuraturanyň işine gatnaşdy.");
    const auto occurrences = recognizer->findInInput(input);
    ASSERT_EQ(occurrences.size(), 1);
    EXPECT_EQ(occurrences[0].surface, QStringLiteral("Baş prokuraturanyň"));
    EXPECT_EQ(occurrences[0].start, 9);
    EXPECT_EQ(input.mid(occurrences[0].start, occurrences[0].end - occurrences[0].start),
              QStringLiteral("Bas\u0327 prokuraturanyň"));
}

// locate() reports what find() does, by reference: the span, the concept's position and the term itself.
TEST(TermRecognizer, LocateReportsWhatFindDoesWithoutCopies)
{
    auto recognizer = glossary::TermRecognizer::create(sample(), core::LanguageTag(core::Language::Turkmen));
    ASSERT_TRUE(recognizer.ok());
    const QString text = QStringLiteral("ÝHHG-niň wekilleri Hereketleriň milli meýilnamasyny we Baş prokuraturanyň "
                                        "işini ara alyp maslahatlaşdy; ÝHHG-niň we Pudagara komissiýanyň.");
    // Twice: the second time every spelling is known to the recogniser's caches.
    for (int pass = 0; pass < 2; ++pass) {
        const QList<Occurrence> occurrences = recognizer->find(text);
        const std::vector<glossary::TermSpan> spans = recognizer->locate(text);
        ASSERT_EQ(qsizetype(spans.size()), occurrences.size());
        ASSERT_EQ(spans.size(), 5u);
        for (std::size_t i = 0; i < spans.size(); ++i) {
            const glossary::TermSpan &span = spans[i];
            const Occurrence &occurrence = occurrences[qsizetype(i)];
            EXPECT_EQ(span.start, occurrence.start);
            EXPECT_EQ(span.end, occurrence.end);
            EXPECT_EQ(text.mid(span.start, span.end - span.start), occurrence.surface);
            EXPECT_EQ(recognizer->glossary().concepts[span.conceptIndex].id, occurrence.conceptId);
            ASSERT_NE(span.term, nullptr);
            EXPECT_EQ(span.term->text, occurrence.term);
            EXPECT_EQ(
                &recognizer->glossary().concepts[span.conceptIndex].terms[QStringLiteral("tk")].at(span.termIndex),
                span.term);
            EXPECT_EQ(span.status, occurrence.status);
            EXPECT_EQ(span.tier, occurrence.tier);
        }
        EXPECT_EQ(occurrences[0].surface, QStringLiteral("ÝHHG-niň"));
        EXPECT_EQ(occurrences[1].surface, QStringLiteral("Hereketleriň milli meýilnamasyny"));
    }
}

// The cache of analysed spellings is emptied between texts once it holds 200,000 spellings (a long-running check
// meets ever new words): what is found before and after must be the same.
TEST(TermRecognizer, FindsTheSameAfterItsSpellingCacheWasEmptied)
{
    auto recognizer = glossary::TermRecognizer::create(sample(), core::LanguageTag(core::Language::Russian));
    ASSERT_TRUE(recognizer.ok());
    const QString text = QStringLiteral("Межведомственной комиссии и Генеральной прокуратуре, ОБСЕ.");
    auto described = [&] {
        QStringList out;
        for (const glossary::TermSpan &span : recognizer->locate(text))
            out << recognizer->glossary().concepts[span.conceptIndex].id + u'=' +
                       text.mid(span.start, span.end - span.start);
        return out;
    };
    const QStringList before = described();
    ASSERT_EQ(before.size(), 3);
    for (int i = 0; i < 201000; ++i) // ever new spellings, one text each
        recognizer->locate(QStringLiteral("слово%1").arg(i, 0, 36));
    EXPECT_EQ(described(), before);
    EXPECT_EQ(described(), before); // and again, from the refilled cache
}

// A word that is the first word of more terms than a spelling's marks can count (8,191) still finds each of them.
TEST(TermRecognizer, AWordThatStartsThousandsOfTermsFindsEachOfThem)
{
    auto letters = [](int n) {
        QString word;
        for (int k = 0; k < 3; ++k, n /= 26)
            word += QChar(u'a' + n % 26);
        return word;
    };
    glossary::Glossary many;
    const int count = 9000;
    for (int i = 0; i < count; ++i) {
        glossary::Concept concept_;
        concept_.id = QStringLiteral("m%1").arg(i);
        concept_.terms[QStringLiteral("en")] = {
            term(qPrintable(QStringLiteral("commission ") + letters(i)), TermStatus::Preferred)};
        many.concepts.append(concept_);
    }
    auto recognizer = glossary::TermRecognizer::create(many, core::LanguageTag(core::Language::English));
    ASSERT_TRUE(recognizer.ok());
    for (const int i : {0, 4321, count - 1}) {
        const QString text = QStringLiteral("The Commission ") + letters(i) + QStringLiteral(" met.");
        const auto spans = recognizer->locate(text);
        ASSERT_EQ(spans.size(), 1u) << i;
        EXPECT_EQ(spans[0].conceptIndex, i);
        EXPECT_EQ(text.mid(spans[0].start, spans[0].end - spans[0].start), QStringLiteral("Commission ") + letters(i));
    }
}
