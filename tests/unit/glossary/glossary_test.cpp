// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/glossary/glossary.h"

#include <gtest/gtest.h>

using namespace terjime::glossary;

TEST(Glossary, NormalizesLanguageCodes)
{
    const struct {
        const char *input;
        const char *expected;
    } cases[] = {{"EN", "en"}, {" ru ", "ru"}, {"en_US", "en-us"}, {"tk-TM", "tk-tm"}, {"", ""}};
    for (const auto &c : cases)
        EXPECT_EQ(normalizeLanguageCode(QString::fromUtf8(c.input)), QString::fromUtf8(c.expected)) << c.input;
}

TEST(Glossary, ParsesStatusStrings)
{
    const struct {
        const char *input;
        std::optional<TermStatus> expected;
    } cases[] = {
        {"preferredTerm-admn-sts", TermStatus::Preferred},
        {"admittedTerm-admn-sts", TermStatus::Admitted},
        {"deprecatedTerm-admn-sts", TermStatus::Deprecated},
        {"supersededTerm-admn-sts", TermStatus::Superseded},
        {"preferred", TermStatus::Preferred},
        {"Deprecated", TermStatus::Deprecated},
        {"legal", TermStatus::Admitted},
        {"legalTerm-admn-sts", TermStatus::Admitted},
        {"notRecommended", TermStatus::Deprecated},
        {"obsolete", TermStatus::Superseded},
        {"standardizedTerm-admn-sts", TermStatus::Preferred},
        {"not an allowed value", std::nullopt},
        {"", std::nullopt},
    };
    for (const auto &c : cases)
        EXPECT_EQ(parseTermStatus(QString::fromUtf8(c.input)), c.expected) << c.input;
    for (TermStatus status :
         {TermStatus::Preferred, TermStatus::Admitted, TermStatus::Deprecated, TermStatus::Superseded})
        EXPECT_EQ(parseTermStatus(termStatusName(status)), status);
}

TEST(Glossary, TermTypesRoundTrip)
{
    for (TermType type : {TermType::FullForm, TermType::Acronym, TermType::Abbreviation, TermType::Other})
        EXPECT_EQ(parseTermType(termTypeName(type)), type);
    EXPECT_EQ(parseTermType(QStringLiteral("shortForm")), TermType::Other);
}

TEST(Glossary, CaseSensitivityDefaultsByTermType)
{
    Term acronym = makeTerm(QStringLiteral("ÝHHG"));
    acronym.type = TermType::Acronym;
    EXPECT_TRUE(acronym.isCaseSensitive());
    acronym.caseSensitive = false;
    EXPECT_FALSE(acronym.isCaseSensitive());
    Term full = makeTerm(QStringLiteral("Pudagara komissiýa"));
    EXPECT_FALSE(full.isCaseSensitive());
    EXPECT_FALSE(full.exactOnly);
}

TEST(Glossary, CleanTextCollapsesSpaceAndComposes)
{
    EXPECT_EQ(cleanText(QString::fromUtf8("  Межведомственная\n\t комиссия ")),
              QString::fromUtf8("Межведомственная комиссия"));
    EXPECT_EQ(cleanText(QString::fromUtf8("y\u0301")), QString::fromUtf8("ý"));
}

TEST(Glossary, LanguagesAreTheUnionSorted)
{
    Glossary glossary;
    Concept a;
    a.terms[QStringLiteral("tk")].append(makeTerm(QStringLiteral("ÝHHG")));
    a.terms[QStringLiteral("en")].append(makeTerm(QStringLiteral("OSCE")));
    Concept b;
    b.terms[QStringLiteral("ru")].append(makeTerm(QStringLiteral("ОБСЕ")));
    glossary.concepts = {a, b};
    EXPECT_EQ(glossary.languages(), (QStringList{QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("tk")}));
}
