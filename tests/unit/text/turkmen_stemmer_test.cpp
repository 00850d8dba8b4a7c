// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/text/turkmen_stemmer.h"

#include <gtest/gtest.h>

using terjime::text::TurkmenStemmer;

namespace {

struct Family {
    const char16_t *lemma;
    std::initializer_list<const char16_t *> forms; // every form must reduce to the lemma and match it
};

// Forms seen in ../shared/corpora (FLORES-200, NTREX-128, UDHR) unless marked "regular": those follow the rules in
// LANGUAGES.md but do not occur in the corpora.
const Family kFamilies[] = {
    {u"meýilnama",
     {u"meýilnamasy", u"meýilnamany", u"meýilnamanyň", u"meýilnamalar", u"meýilnamalaryna", u"meýilnamasyny",
      u"meýilnamaňyza", u"meýilnamasynyň" /* regular */, u"meýilnamalary" /* regular */,
      u"meýilnamalarynyň" /* regular */}},
    {u"ministrlik",
     {u"ministrligi", u"ministrligine", u"ministrliginiň", u"ministrliginden", u"ministrliginde" /* regular */,
      u"Ministrligi"}},
    {u"gulluk", {u"gullugy", u"gullugynyň"}},
    {u"komissiýa", {u"komissiýasy", u"komissiýasyny", u"komissiýasynyň", u"komissiýanyň" /* regular */}},
    {u"prokuratura", {u"prokuraturanyň", u"prokuraturasy" /* regular */}},
    {u"prokuror", {u"prokurory", u"prokuroryň", u"prokurorlar", u"prokurorlaryň", u"prokurorlardan"}},
    {u"ministr", {u"ministri", u"ministriniň", u"ministrler"}},
    {u"kitap", {u"kitaby"}},
    {u"Aşgabat", {u"Aşgabatdaky", u"AŞGABADYŇ" /* regular; headline capitals */}},
    {u"BMG", {u"BMG-niň"}},
    {u"ÝHHG", {u"ÝHHG-niň" /* LANGUAGES.md */}},
    {u"ÝUNISEF", {u"ÝUNISEF-iň" /* LANGUAGES.md */}},
    {u"ABŞ", {u"ABŞ-nyň", u"ABŞ-ny", u"ABŞ-da"}},
    {u"2025", {u"2025-nji" /* LANGUAGES.md; 2008-nji, 2016-njy in the corpora */}},
};

} // namespace

TEST(TurkmenStemmer, FormsReduceToTheirLemma)
{
    const TurkmenStemmer stemmer;
    for (const Family &family : kFamilies) {
        const QString lemma = QString::fromUtf16(family.lemma).toLower();
        for (const char16_t *form : family.forms) {
            const QStringList stems = stemmer.candidateStems(form);
            EXPECT_TRUE(stems.contains(lemma))
                << QString::fromUtf16(form).toStdString() << " -> " << stems.join(u' ').toStdString();
            EXPECT_TRUE(stemmer.sameLexeme(family.lemma, form)) << QString::fromUtf16(form).toStdString();
        }
    }
}

TEST(TurkmenStemmer, FormsOfOneLemmaMatchEachOther)
{
    const TurkmenStemmer stemmer;
    EXPECT_TRUE(stemmer.sameLexeme(u"meýilnamasy", u"meýilnamalarynyň"));
    EXPECT_TRUE(stemmer.sameLexeme(u"ministrligi", u"ministrliginde"));
    EXPECT_TRUE(stemmer.sameLexeme(u"gullugy", u"gullugynyň"));
    EXPECT_TRUE(stemmer.sameLexeme(u"komissiýasy", u"komissiýanyň"));
    EXPECT_TRUE(stemmer.sameLexeme(u"MEÝILNAMASY", u"meýilnamasy"));
}

TEST(TurkmenStemmer, CandidatesStartWithTheFoldedWord)
{
    const TurkmenStemmer stemmer;
    EXPECT_EQ(stemmer.candidateStems(u"Meýilnamasynyň").front(), QStringLiteral("meýilnamasynyň"));
    EXPECT_EQ(stemmer.candidateStems(u"gulluk"), QStringList{QStringLiteral("gulluk")});
    EXPECT_TRUE(stemmer.candidateStems(u"").isEmpty());
    const QStringList chain = stemmer.candidateStems(u"meýilnamalarynyň");
    for (const char16_t *stem : {u"meýilnamalary", u"meýilnamalar", u"meýilnama"})
        EXPECT_TRUE(chain.contains(QString::fromUtf16(stem))) << QString::fromUtf16(stem).toStdString();
}

TEST(TurkmenStemmer, HyphenatedSuffixesAfterAcronymsAndNumbers)
{
    const TurkmenStemmer stemmer;
    EXPECT_TRUE(stemmer.candidateStems(u"BMG-niň").contains(QStringLiteral("bmg")));
    EXPECT_TRUE(stemmer.candidateStems(u"ÝHHG-niň").contains(QStringLiteral("ýhhg")));
    EXPECT_TRUE(stemmer.candidateStems(u"2025-nji").contains(QStringLiteral("2025")));
    EXPECT_TRUE(stemmer.candidateStems(u"2019-njy").contains(QStringLiteral("2019")));
    EXPECT_TRUE(stemmer.candidateStems(u"15:00-da").contains(QStringLiteral("15:00")));
    EXPECT_TRUE(stemmer.candidateStems(u"20-den").contains(QStringLiteral("20")));
    EXPECT_TRUE(stemmer.sameLexeme(u"ÝB", u"ÝB-niň")); // a two-letter acronym still counts after a hyphen
    // Compounds and particles joined by a hyphen are not acronyms with suffixes.
    EXPECT_FALSE(stemmer.candidateStems(u"hem-de").contains(QStringLiteral("hem")));
    EXPECT_FALSE(stemmer.candidateStems(u"başa-baş").contains(QStringLiteral("başa")));
    EXPECT_TRUE(stemmer.candidateStems(u"premýer-ministriň").contains(QStringLiteral("premýer-ministr")));
}

TEST(TurkmenStemmer, LookAlikesAreNotTheSameLexeme)
{
    const TurkmenStemmer stemmer;
    const struct {
        const char16_t *a;
        const char16_t *b;
    } traps[] = {
        {u"prokuror", u"prokuratura"},
        {u"prokurory", u"prokuraturanyň"},
        {u"Baş prokuror", u"Baş prokuratura"},
        {u"ministr", u"ministrlik"},
        {u"ministri", u"ministrligi"},
        {u"ministrler", u"ministrlikler"},
        {u"on", u"ony"},   // "ten" and "him" (accusative of ol): "on" is too short to be a stem of "ony"
        {u"ýa", u"ýaşy"},  // "or" and "his age"
        {u"BMG", u"BMGT"}, // an acronym inside a longer one
        {u"meýilnama", u"meýilleşdirmek"},
        {u"gulluk", u"gullukçy"},
    };
    for (const auto &trap : traps)
        EXPECT_FALSE(stemmer.sameLexeme(trap.a, trap.b))
            << QString::fromUtf16(trap.a).toStdString() << " / " << QString::fromUtf16(trap.b).toStdString();
}

TEST(TurkmenStemmer, RespectsVowelHarmony)
{
    const TurkmenStemmer stemmer;
    // A front suffix is not peeled from a back-vowel word, nor a back one from a front-vowel word.
    EXPECT_FALSE(stemmer.candidateStems(u"komissiýa").contains(QStringLiteral("komissi")));
    EXPECT_FALSE(stemmer.candidateStems(u"gullukde").contains(QStringLiteral("gulluk")));
    EXPECT_FALSE(stemmer.candidateStems(u"ministrlikda").contains(QStringLiteral("ministrlik")));
    EXPECT_TRUE(stemmer.candidateStems(u"ministrlikde").contains(QStringLiteral("ministrlik")));
    // Never a stem below two letters.
    for (const QString &stem : stemmer.candidateStems(u"ona"))
        EXPECT_GE(stem.size(), 2) << stem.toStdString();
}
