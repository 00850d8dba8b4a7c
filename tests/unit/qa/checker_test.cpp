// SPDX-License-Identifier: GPL-3.0-or-later
// The checks of terjime check on sentences of the kind the releases hold, one rule at a time.
#include "tm/qa/checker.h"
#include "tm/qa/rules.h"
#include "tm/store/sqlite_store.h"

#include "qt_printers.h"
#include "unit_builders.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace terjime;

namespace {

glossary::Term term(const char16_t *text, glossary::TermStatus status,
                    glossary::TermType type = glossary::TermType::FullForm)
{
    glossary::Term made = glossary::makeTerm(QString::fromUtf16(text), status);
    made.type = type;
    return made;
}

glossary::Glossary commissionGlossary()
{
    using glossary::TermStatus;
    glossary::Concept commission;
    commission.id = QStringLiteral("inst-001");
    commission.terms[QStringLiteral("en")] = {term(u"Interdepartmental Commission", TermStatus::Preferred),
                                              term(u"Interagency Commission", TermStatus::Deprecated)};
    commission.terms[QStringLiteral("ru")] = {term(u"Межведомственная комиссия", TermStatus::Preferred),
                                              term(u"Межведомственный совет", TermStatus::Deprecated)};
    commission.terms[QStringLiteral("tk")] = {term(u"Pudagara komissiýa", TermStatus::Preferred),
                                              term(u"Edaralara degişli toparlar", TermStatus::Deprecated)};
    glossary::Concept osce;
    osce.id = QStringLiteral("org-001");
    osce.terms[QStringLiteral("en")] = {
        term(u"Organization for Security and Co-operation in Europe", TermStatus::Preferred),
        term(u"OSCE", TermStatus::Admitted, glossary::TermType::Acronym)};
    osce.terms[QStringLiteral("ru")] = {term(u"ОБСЕ", TermStatus::Admitted, glossary::TermType::Acronym)};
    glossary::Concept plan;
    plan.id = QStringLiteral("traf-027");
    plan.terms[QStringLiteral("en")] = {
        term(u"National Action Plan to Combat Trafficking in Persons", TermStatus::Preferred),
        term(u"National Action Plan", TermStatus::Admitted)};
    plan.terms[QStringLiteral("ru")] = {term(u"Национальный план действий", TermStatus::Admitted)};
    glossary::Glossary made;
    made.concepts = {commission, osce, plan};
    return made;
}

class CheckerTest : public ::testing::Test {
protected:
    QList<qa::Finding> check(const core::TranslationUnit &unit, qa::CheckOptions options = {})
    {
        if (options.sourceLanguage.isEmpty())
            options.sourceLanguage = QStringLiteral("en");
        if (!checker || !options.severities.isEmpty() || !options.targetLanguages.isEmpty() ||
            options.referenceMemory) {
            auto created = qa::Checker::create(glossary, options);
            EXPECT_TRUE(created.ok());
            checker.emplace(std::move(*created));
        }
        auto findings = checker->check(unit, index++, {QStringLiteral("release.tmx"), 7, 0});
        EXPECT_TRUE(findings.ok());
        return findings.ok() ? *findings : QList<qa::Finding>{};
    }

    // "rule:lang" of each finding, in order.
    static QStringList rulesOf(const QList<qa::Finding> &findings)
    {
        QStringList rules;
        for (const qa::Finding &finding : findings)
            rules.append(finding.rule + u':' + finding.language);
        return rules;
    }

    glossary::Glossary glossary = commissionGlossary();
    std::optional<qa::Checker> checker;
    qsizetype index = 0;
};

core::TranslationUnit trilingual(const char16_t *en, const char16_t *ru, const char16_t *tk, const char *id = "u")
{
    return makeUnit({{QStringLiteral("en"), QString::fromUtf16(en)},
                     {QStringLiteral("ru"), QString::fromUtf16(ru)},
                     {QStringLiteral("tk"), QString::fromUtf16(tk)}},
                    QString::fromUtf8(id));
}

TEST_F(CheckerTest, CleanUnitWithInflectedPreferredTermsHasNoFinding)
{
    EXPECT_EQ(rulesOf(check(trilingual(u"The Interdepartmental Commission met in Ashgabat.",
                                       u"Заседание Межведомственной комиссии прошло в Ашхабаде.",
                                       u"Pudagara komissiýanyň mejlisi Aşgabatda geçirildi."))),
              QStringList{});
}

TEST_F(CheckerTest, ConceptTranslatedWithOtherWordsIsMissing)
{
    const QList<qa::Finding> findings = check(trilingual(u"The Interdepartmental Commission met in Ashgabat.",
                                                         u"Заседание рабочей группы прошло в Ашхабаде.",
                                                         u"Pudagara komissiýanyň mejlisi Aşgabatda geçirildi."));
    ASSERT_EQ(rulesOf(findings), QStringList{QStringLiteral("term-missing:ru")});
    const qa::Finding &missing = findings.front();
    EXPECT_EQ(missing.conceptId, QStringLiteral("inst-001"));
    EXPECT_EQ(missing.severity, qa::Severity::Error);
    EXPECT_EQ(missing.unit, QStringLiteral("u"));
    EXPECT_EQ(missing.where.line, 7);
    ASSERT_EQ(missing.evidence.size(), 1);
    EXPECT_EQ(missing.evidence.front().language, QStringLiteral("en"));
    EXPECT_EQ(missing.evidence.front().text, QStringLiteral("Interdepartmental Commission"));
    EXPECT_TRUE(missing.message().contains(QStringLiteral("“Межведомственная комиссия”")))
        << missing.message().toStdString();
}

TEST_F(CheckerTest, ForbiddenTermIsReportedInstedOfMissingAndAlsoInTheSource)
{
    const QList<qa::Finding> findings = check(trilingual(u"The Interagency Commission met in Ashgabat.",
                                                         u"Заседание Межведомственного совета прошло в Ашхабаде.",
                                                         u"Pudagara komissiýanyň mejlisi Aşgabatda geçirildi."));
    EXPECT_EQ(rulesOf(findings),
              (QStringList{QStringLiteral("term-forbidden:en"), QStringLiteral("term-forbidden:ru")}));
    EXPECT_TRUE(findings.back().message().contains(QStringLiteral("use “Межведомственная комиссия”")))
        << findings.back().message().toStdString();
}

TEST_F(CheckerTest, AdmittedFullFormIsInfoButAnAcronymIsNot)
{
    const QList<qa::Finding> findings =
        check(trilingual(u"The OSCE supports the National Action Plan.",
                         u"ОБСЕ поддерживает Национальный план действий.", u"ÝHHG Milli meýilnamany goldaýar."));
    ASSERT_EQ(rulesOf(findings), QStringList{QStringLiteral("term-admitted:en")});
    EXPECT_EQ(findings.front().severity, qa::Severity::Info);
    EXPECT_EQ(findings.front().conceptId, QStringLiteral("traf-027"));
}

TEST_F(CheckerTest, RequiredTargetsMayBeMissingOrEmpty)
{
    qa::CheckOptions options;
    options.targetLanguages = {QStringLiteral("ru"), QStringLiteral("tk")};
    const auto unit = makeUnit({{QStringLiteral("en"), QStringLiteral("The meeting was closed.")},
                                {QStringLiteral("ru"), QStringLiteral("  ")}});
    EXPECT_EQ(rulesOf(check(unit, options)),
              (QStringList{QStringLiteral("target-missing:tk"), QStringLiteral("target-empty:ru")}));
}

TEST_F(CheckerTest, CopiedSourceIsUntranslatedUnlessItIsOneWord)
{
    EXPECT_EQ(rulesOf(check(makeUnit({{QStringLiteral("en"), QStringLiteral("The meeting was closed.")},
                                      {QStringLiteral("ru"), QStringLiteral("The meeting was closed.")}}))),
              QStringList{QStringLiteral("untranslated:ru")});
    EXPECT_EQ(rulesOf(check(makeUnit({{QStringLiteral("en"), QStringLiteral("UNICEF")},
                                      {QStringLiteral("tk"), QStringLiteral("UNICEF")}}))),
              QStringList{});
}

TEST_F(CheckerTest, InconsistencyIsReportedOnTheLaterUnitOnly)
{
    EXPECT_EQ(rulesOf(check(trilingual(u"The meeting was closed.", u"Заседание закрыто.", u"Mejlis ýapyldy.", "a"))),
              QStringList{});
    const QList<qa::Finding> later =
        check(trilingual(u"The meeting was closed.", u"Совещание закрыто.", u"Mejlis ýapyldy.", "b"));
    ASSERT_EQ(rulesOf(later), QStringList{QStringLiteral("inconsistent-target:ru")});
    EXPECT_EQ(later.front().arguments.front(), QStringLiteral("a"));
    EXPECT_EQ(rulesOf(check(trilingual(u"The session was closed.", u"Заседание закрыто.", u"Maslahat ýapyldy.", "c"))),
              QStringList{QStringLiteral("inconsistent-source:ru")});
}

TEST_F(CheckerTest, ReferenceMemoryWithAnotherTranslationIsInconsistent)
{
    QTemporaryDir dir;
    auto memory = store::openSqliteStore(dir.filePath(QStringLiteral("tm.sqlite")), store::OpenMode::CreateIfMissing);
    ASSERT_TRUE(memory.ok());
    ASSERT_TRUE((*memory)
                    ->store({makeUnit({{QStringLiteral("en"), QStringLiteral("The meeting was closed.")},
                                       {QStringLiteral("ru"), QStringLiteral("Заседание закрыто.")}})})
                    .ok());
    qa::CheckOptions options;
    options.referenceMemory = memory->get();
    EXPECT_EQ(rulesOf(check(makeUnit({{QStringLiteral("en"), QStringLiteral("The meeting was closed.")},
                                      {QStringLiteral("ru"), QStringLiteral("Совещание закрыто.")}}),
                            options)),
              QStringList{QStringLiteral("inconsistent-target:ru")});
    EXPECT_EQ(rulesOf(check(makeUnit({{QStringLiteral("en"), QStringLiteral("The meeting was closed.")},
                                      {QStringLiteral("ru"), QStringLiteral("Заседание закрыто.")}}),
                            options)),
              QStringList{});
}

TEST_F(CheckerTest, RussianQuotesDashesAndSpaces)
{
    EXPECT_EQ(
        rulesOf(check(makeUnit({{QStringLiteral("en"), QStringLiteral("The “Safe Migration” project began.")},
                                {QStringLiteral("ru"), QStringLiteral("Начался проект \"Безопасная миграция\".")}}))),
        QStringList{QStringLiteral("typography-quotes:ru")});
    EXPECT_EQ(rulesOf(check(makeUnit({{QStringLiteral("en"), QStringLiteral("The project began.")},
                                      {QStringLiteral("ru"), QStringLiteral("Проект - начался .")}}))),
              (QStringList{QStringLiteral("typography-dashes:ru"), QStringLiteral("typography-spacing:ru")}));
    EXPECT_EQ(
        rulesOf(check(makeUnit({{QStringLiteral("en"), QStringLiteral("The new project began.")},
                                {QStringLiteral("ru"), QStringLiteral("Начался  проект «Безопасная миграция.")}}))),
        (QStringList{QStringLiteral("typography-quotes:ru"), QStringLiteral("typography-spacing:ru")}));
}

TEST_F(CheckerTest, GuillemetsAreForeignInEnglishButTurkmenUsesStraightQuotes)
{
    qa::CheckOptions options;
    options.sourceLanguage = QStringLiteral("ru");
    EXPECT_EQ(
        rulesOf(check(makeUnit({{QStringLiteral("ru"), QStringLiteral("Начался проект «Безопасная миграция».")},
                                {QStringLiteral("en"), QStringLiteral("The «Safe Migration» project began.")},
                                {QStringLiteral("tk"), QStringLiteral("\"Howpsuz migrasiýa\" taslamasy başlandy.")}}),
                      options)),
        QStringList{QStringLiteral("typography-quotes:en")});
}

TEST_F(CheckerTest, FinalPunctuationMustAgreeButADatelineAbbreviationMayStandForNone)
{
    EXPECT_EQ(rulesOf(check(makeUnit({{QStringLiteral("en"), QStringLiteral("Will the plan be adopted?")},
                                      {QStringLiteral("ru"), QStringLiteral("Будет ли принят план.")}}))),
              QStringList{QStringLiteral("end-punctuation:ru")});
    EXPECT_EQ(rulesOf(check(makeUnit({{QStringLiteral("en"), QStringLiteral("Ashgabat, 1 April 2025")},
                                      {QStringLiteral("ru"), QStringLiteral("Ашхабад, 1 апреля 2025 г.")}}))),
              QStringList{});
    EXPECT_EQ(rulesOf(check(makeUnit({{QStringLiteral("en"), QStringLiteral("Commission Reviews the Plan")},
                                      {QStringLiteral("tk"), QStringLiteral("Komissiýa meýilnamany seljerdi.")}}))),
              QStringList{QStringLiteral("end-punctuation:tk")});
}

TEST_F(CheckerTest, NumbersAndDatesAreComparedAfterNormalisation)
{
    EXPECT_EQ(rulesOf(check(trilingual(u"On 1 April 2025 the commission approved 1,250 grants worth $2.5 million.",
                                       u"1 апреля 2025 года комиссия одобрила 1 250 грантов на 2,5 млн долларов.",
                                       u"2025-nji ýylyň 1-nji aprelinde komissiýa 2,5 million dollarlyk 1 250 "
                                       u"grant tassyklady."))),
              QStringList{});
    EXPECT_EQ(rulesOf(check(trilingual(u"On 1 April 2025 the commission approved 1,250 grants.",
                                       u"2 апреля 2025 года комиссия одобрила 1 250 грантов.",
                                       u"2025-nji ýylyň 1-nji aprelinde komissiýa 1 520 grant tassyklady."))),
              (QStringList{QStringLiteral("date-mismatch:ru"), QStringLiteral("number-mismatch:tk")}));
}

TEST_F(CheckerTest, RulesCanBeTurnedOffOrReRated)
{
    qa::CheckOptions options;
    options.severities.insert(QStringLiteral("untranslated"), qa::Severity::Error);
    options.severities.insert(QStringLiteral("typography-dashes"), std::nullopt);
    const QList<qa::Finding> findings =
        check(makeUnit({{QStringLiteral("en"), QStringLiteral("The project - at last - began.")},
                        {QStringLiteral("ru"), QStringLiteral("The project - at last - began.")}}),
              options);
    ASSERT_EQ(rulesOf(findings), QStringList{QStringLiteral("untranslated:ru")});
    EXPECT_EQ(findings.front().severity, qa::Severity::Error);
    EXPECT_FALSE(checker->enabledRules().contains(QStringLiteral("typography-dashes")));
    EXPECT_FALSE(
        qa::Checker::create(glossary, {QStringLiteral("en"), {}, {{QStringLiteral("no-such-rule"), {}}}, nullptr})
            .ok());
}

TEST_F(CheckerTest, FingerprintFollowsTheTextNotThePosition)
{
    const auto unit = [](const char *id) {
        return makeUnit({{QStringLiteral("en"), QStringLiteral("The project began.")},
                         {QStringLiteral("ru"), QStringLiteral("Проект - начался.")}},
                        QString::fromUtf8(id));
    };
    const QString first = check(unit("a")).front().fingerprint;
    index = 40;
    EXPECT_EQ(check(unit("b")).front().fingerprint, first);
    const auto changed = makeUnit({{QStringLiteral("en"), QStringLiteral("The project began.")},
                                   {QStringLiteral("ru"), QStringLiteral("Проект - стартовал.")}});
    EXPECT_NE(check(changed).front().fingerprint, first);
    EXPECT_EQ(first.size(), 32);
}

} // namespace
