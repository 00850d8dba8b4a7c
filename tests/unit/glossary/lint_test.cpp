// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/glossary/lint.h"

#include <gtest/gtest.h>

#include <functional>

using namespace terjime::glossary;
using Kind = LintIssue::Kind;

namespace {

Term term(const char *text, TermStatus status = TermStatus::Preferred)
{
    return makeTerm(QString::fromUtf8(text), status);
}

// The clean reference concept: every language, one preferred term each, a forbidden variant in Turkmen.
Concept commission()
{
    Concept entry;
    entry.id = QStringLiteral("c1");
    entry.terms[QStringLiteral("en")] = {term("Interdepartmental Commission")};
    entry.terms[QStringLiteral("ru")] = {term("Межведомственная комиссия")};
    entry.terms[QStringLiteral("tk")] = {term("Pudagara komissiýa"),
                                         term("Pudaklararasy komissiýa", TermStatus::Deprecated)};
    return entry;
}

Concept osce()
{
    Concept entry;
    entry.id = QStringLiteral("c2");
    entry.terms[QStringLiteral("en")] = {term("OSCE")};
    entry.terms[QStringLiteral("ru")] = {term("ОБСЕ")};
    entry.terms[QStringLiteral("tk")] = {term("ÝHHG")};
    return entry;
}

QList<Kind> kinds(const QList<LintIssue> &issues)
{
    QList<Kind> out;
    for (const LintIssue &issue : issues)
        out.append(issue.kind);
    return out;
}

} // namespace

TEST(Lint, CleanGlossaryHasNoIssues)
{
    Glossary glossary;
    glossary.concepts = {commission(), osce()};
    EXPECT_TRUE(lint(glossary).isEmpty());
}

TEST(Lint, FindsEachKindOfProblem)
{
    struct Case {
        const char *name;
        std::function<void(Glossary &)> spoil;
        QList<Kind> expected;
        QString language;
    };
    const QList<Case> cases = {
        {"duplicate",
         [](Glossary &g) {
             g.concepts[0].terms[QStringLiteral("ru")].append(term("Межведомственная комиссия", TermStatus::Admitted));
         },
         {Kind::DuplicateTerm},
         QStringLiteral("ru")},
        {"missing language",
         [](Glossary &g) { g.concepts[1].terms.remove(QStringLiteral("tk")); },
         {Kind::MissingLanguage},
         QStringLiteral("tk")},
        {"two preferred",
         [](Glossary &g) { g.concepts[0].terms[QStringLiteral("en")].append(term("Inter-agency Commission")); },
         {Kind::TwoPreferredTerms},
         QStringLiteral("en")},
        {"term in two concepts",
         [](Glossary &g) {
             g.concepts[1].terms[QStringLiteral("ru")].append(term("МЕЖВЕДОМСТВЕННАЯ КОМИССИЯ", TermStatus::Admitted));
         },
         {Kind::TermInTwoConcepts},
         QStringLiteral("ru")},
        {"invalid status",
         [](Glossary &g) { g.concepts[1].terms[QStringLiteral("en")][0].rawStatus = QStringLiteral("nominal"); },
         {Kind::InvalidStatus},
         QStringLiteral("en")},
        {"empty term",
         [](Glossary &g) { g.concepts[1].terms[QStringLiteral("tk")].append(term("", TermStatus::Admitted)); },
         {Kind::EmptyTerm},
         QStringLiteral("tk")},
    };
    for (const Case &c : cases) {
        Glossary glossary;
        glossary.concepts = {commission(), osce()};
        c.spoil(glossary);
        const QList<LintIssue> issues = lint(glossary);
        EXPECT_EQ(kinds(issues), c.expected) << c.name;
        if (issues.size() == 1) {
            EXPECT_EQ(issues[0].language, c.language) << c.name;
            EXPECT_FALSE(issues[0].conceptId.isEmpty()) << c.name;
            EXPECT_FALSE(issues[0].message().contains(QLatin1Char('%'))) << issues[0].message().toStdString();
        }
    }
}

TEST(Lint, SameSpellingInTwoLanguagesIsNoConflict)
{
    Glossary glossary;
    Concept a = osce();
    Concept b = commission();
    b.terms[QStringLiteral("tk")] = {term("OSCE")}; // en "OSCE" in c2, tk "OSCE" in c1: different languages
    glossary.concepts = {a, b};
    EXPECT_TRUE(lint(glossary).isEmpty());
}

TEST(Lint, MessageNamesConceptsAndTerm)
{
    Glossary glossary;
    Concept a = osce();
    Concept b = commission();
    b.terms[QStringLiteral("en")].append(term("osce", TermStatus::Deprecated));
    glossary.concepts = {a, b};
    const QList<LintIssue> issues = lint(glossary);
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues[0].kind, Kind::TermInTwoConcepts);
    EXPECT_EQ(issues[0].message(), QStringLiteral("language en: the term \"osce\" is in concept c2 and in concept c1"));
}
