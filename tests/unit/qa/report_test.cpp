// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/qa/report.h"
#include "tm/qa/rules.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <iostream>

namespace {

using namespace terjime;
using qa::CheckReport;
using qa::Evidence;
using qa::Finding;
using qa::ReportFormat;
using qa::ReportOptions;
using qa::Severity;

// A variant whose evidence follows a character outside the BMP: UTF-16 offsets 11..36 are code points 10..35.
const QString kRussianVariant = QStringLiteral("😀 Решение Межведомственной комиссии принято.");
// Evidence that holds a character outside the BMP: UTF-16 7..12, code points 7..11.
const QString kTurkmenVariant = QStringLiteral("Býujet 😀 25 göterim");

Finding makeFinding(QStringView rule, Severity severity, const QString &unit, qsizetype unitIndex,
                    const QString &language, core::SourceLocation where)
{
    Finding finding;
    finding.rule = rule.toString();
    finding.severity = severity;
    finding.unit = unit;
    finding.unitIndex = unitIndex;
    finding.language = language;
    finding.where = std::move(where);
    finding.fingerprint = QStringLiteral("fp-") + rule.toString() + u'-' + unit;
    return finding;
}

qa::CheckedUnit makeUnit(const QString &id, qsizetype index, const QString &file, int line)
{
    return qa::CheckedUnit{id, index, core::SourceLocation{file, line, 0}};
}

// Three units in two files, four rules, five findings (three errors, a warning, an info), two more accepted by a
// baseline. Unit 12 has two term-missing findings: JUnit shows them as one failure.
CheckReport sampleReport()
{
    const QString release = QStringLiteral("release.tmx");
    const QString other = QStringLiteral("sub/other.tmx");
    CheckReport report;
    report.units = {makeUnit(QStringLiteral("12"), 0, release, 7), makeUnit(QStringLiteral("13"), 1, release, 15),
                    makeUnit(QStringLiteral("14"), 0, other, 3)};
    report.rules = {qa::rule::kTermMissing.toString(), qa::rule::kTermAdmitted.toString(),
                    qa::rule::kNumberMismatch.toString(), qa::rule::kQuotes.toString()};
    report.suppressed = 2;
    report.toolVersion = QStringLiteral("1.2.3");

    Finding missing = makeFinding(qa::rule::kTermMissing, Severity::Error, QStringLiteral("12"), 0,
                                  QStringLiteral("ru"), {release, 7, 0});
    missing.conceptId = QStringLiteral("interdepartmental-commission");
    missing.format = "The term “%1” has no allowed translation.";
    missing.arguments = {QStringLiteral("interdepartmental commission")};
    missing.evidence = {qa::makeEvidence(QStringLiteral("ru"), kRussianVariant, 11, 36)};

    Finding number = makeFinding(qa::rule::kNumberMismatch, Severity::Error, QStringLiteral("12"), 0,
                                 QStringLiteral("tk"), {release, 7, 0});
    number.format = "The number %1 differs from the source.";
    number.arguments = {QStringLiteral("25")};
    number.evidence = {qa::makeEvidence(QStringLiteral("tk"), kTurkmenVariant, 7, 12)};

    Finding budget = makeFinding(qa::rule::kTermMissing, Severity::Error, QStringLiteral("12"), 0, QStringLiteral("ru"),
                                 {release, 7, 0});
    budget.conceptId = QStringLiteral("state-budget");
    budget.format = "The term “%1” has no allowed translation.";
    budget.arguments = {QStringLiteral("state budget")};
    budget.fingerprint = QStringLiteral("fp-budget");

    Finding admitted = makeFinding(qa::rule::kTermAdmitted, Severity::Info, QStringLiteral("13"), 1,
                                   QStringLiteral("en"), {release, 15, 0});
    admitted.conceptId = QStringLiteral("budget");
    admitted.format = "An admitted term.";

    Finding quotes =
        makeFinding(qa::rule::kQuotes, Severity::Warning, QStringLiteral("14"), 0, QStringLiteral("ru"), {other, 0, 0});
    quotes.format = "Quotation marks: %1";
    quotes.arguments = {QStringLiteral("„Ministrlik“, 100%")};

    report.findings = {missing, number, budget, admitted, quotes};
    return report;
}

ReportOptions plainOptions()
{
    ReportOptions options;
    options.baseDirectory = QDir::currentPath();
    return options;
}

// Marks every string that went through translation.
ReportOptions markingOptions()
{
    ReportOptions options = plainOptions();
    options.translate = [](const char *text) { return QStringLiteral("T:") + QString::fromUtf8(text); };
    return options;
}

QString write(ReportFormat format, const CheckReport &report, const ReportOptions &options)
{
    const QByteArray bytes = qa::writeReport(format, report, options);
    EXPECT_TRUE(bytes.endsWith('\n'));
    return QString::fromUtf8(bytes);
}

QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document.object();
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> keySet(std::initializer_list<const char16_t *> keys)
{
    QSet<QString> set;
    for (const char16_t *key : keys)
        set.insert(QString::fromUtf16(key));
    return set;
}

TEST(ReportFormat, ParsesNamesIgnoringCase)
{
    EXPECT_EQ(qa::parseReportFormat(QStringLiteral("text")), ReportFormat::Text);
    EXPECT_EQ(qa::parseReportFormat(QStringLiteral("JSON")), ReportFormat::Json);
    EXPECT_EQ(qa::parseReportFormat(QStringLiteral("Sarif")), ReportFormat::Sarif);
    EXPECT_EQ(qa::parseReportFormat(QStringLiteral("junit")), ReportFormat::Junit);
    EXPECT_EQ(qa::parseReportFormat(QStringLiteral("github")), ReportFormat::Github);
    EXPECT_FALSE(qa::parseReportFormat(QStringLiteral("xml")));
    EXPECT_FALSE(qa::parseReportFormat(QString()));
    EXPECT_FALSE(qa::parseReportFormat(QStringLiteral(" text")));
}

TEST(CheckReport, PassesBelowTheGate)
{
    CheckReport report = sampleReport(); // errors, a warning, an info
    for (auto failOn :
         {std::optional(Severity::Error), std::optional(Severity::Warning), std::optional(Severity::Info)}) {
        report.failOn = failOn;
        EXPECT_FALSE(report.passed());
    }
    report.failOn = std::nullopt;
    EXPECT_TRUE(report.passed());

    report.findings.removeIf([](const Finding &finding) { return finding.severity == Severity::Error; });
    report.failOn = Severity::Error;
    EXPECT_TRUE(report.passed());
    report.failOn = Severity::Warning;
    EXPECT_FALSE(report.passed());
    report.failOn = Severity::Info;
    EXPECT_FALSE(report.passed());

    report.findings.clear();
    report.failOn = Severity::Info;
    EXPECT_TRUE(report.passed());
}

TEST(MakeEvidence, CountsCharactersOutsideTheBmpBeforeTheSpan)
{
    const Evidence evidence = qa::makeEvidence(QStringLiteral("ru"), kRussianVariant, 11, 36);
    EXPECT_EQ(evidence.text, QStringLiteral("Межведомственной комиссии"));
    EXPECT_EQ(evidence.start, 11);
    EXPECT_EQ(evidence.end, 36);
    EXPECT_EQ(evidence.surrogatePairsBefore, 1);
}

TEST(TextReport, OneLinePerFindingEvidenceBelowSummaryLast)
{
    const QString expected = QStringLiteral(
        "release.tmx:7: error[term-missing] unit 12 (ru): The term “interdepartmental commission” has no allowed "
        "translation.\n"
        "    ru: «Межведомственной комиссии»\n"
        "release.tmx:7: error[number-mismatch] unit 12 (tk): The number 25 differs from the source.\n"
        "    tk: «😀 25»\n"
        "release.tmx:7: error[term-missing] unit 12 (ru): The term “state budget” has no allowed translation.\n"
        "release.tmx:15: info[term-admitted] unit 13 (en): An admitted term.\n"
        "sub/other.tmx: warning[typography-quotes] unit 14 (ru): Quotation marks: „Ministrlik“, 100%\n"
        "3 errors, 1 warning, 1 info in 3 units (2 accepted by the baseline): check failed\n");
    EXPECT_EQ(write(ReportFormat::Text, sampleReport(), plainOptions()), expected);
}

TEST(TextReport, LeavesOutUnknownPartsAndTheEmptyBaseline)
{
    CheckReport report;
    report.units = {makeUnit(QStringLiteral("1"), 0, {}, 0)};
    report.rules = {qa::rule::kUntranslated.toString()};
    Finding finding = makeFinding(qa::rule::kUntranslated, Severity::Warning, QStringLiteral("1"), 0, {}, {});
    finding.format = "Same as the source.";
    report.findings = {finding};
    EXPECT_EQ(write(ReportFormat::Text, report, plainOptions()),
              QStringLiteral("warning[untranslated] unit 1: Same as the source.\n"
                             "0 errors, 1 warning, 0 infos in 1 unit: check passed\n"));
}

TEST(TextReport, ColoursSeveritiesAndDimsRulesOnlyWhenAsked)
{
    ReportOptions options = plainOptions();
    EXPECT_FALSE(write(ReportFormat::Text, sampleReport(), options).contains(u'\x1b'));
    options.colour = true;
    const QString text = write(ReportFormat::Text, sampleReport(), options);
    EXPECT_TRUE(
        text.contains(QStringLiteral("release.tmx:7: \x1b[1;31merror\x1b[0m\x1b[2m[term-missing]\x1b[0m unit 12")));
    EXPECT_TRUE(text.contains(QStringLiteral("\x1b[33mwarning\x1b[0m\x1b[2m[typography-quotes]\x1b[0m")));
    EXPECT_TRUE(text.contains(QStringLiteral("\x1b[36minfo\x1b[0m\x1b[2m[term-admitted]\x1b[0m")));
}

TEST(TextReport, TranslatesEveryFixedStringAndMessage)
{
    const QString text = write(ReportFormat::Text, sampleReport(), markingOptions());
    EXPECT_TRUE(text.startsWith(QStringLiteral(
        "release.tmx:7: T:error[term-missing] T:unit 12 (ru): T:The term “interdepartmental commission” has no")));
    EXPECT_TRUE(text.contains(QStringLiteral("sub/other.tmx: T:warning[typography-quotes] T:unit 14 (ru): T:Quo")));
    EXPECT_TRUE(text.contains(QStringLiteral("T:info[term-admitted] T:unit 13 (en): T:An admitted term.\n")));
    EXPECT_TRUE(text.endsWith(QStringLiteral("\nT:T:T:T:3 errors, T:1 warning, T:1 info in 3 units (2 accepted by the "
                                             "baseline): check failed\n")));
}

TEST(JsonReport, FindingsAndSummaryWithExactKeys)
{
    const QJsonObject root = parseJson(write(ReportFormat::Json, sampleReport(), markingOptions()));
    EXPECT_EQ(keysOf(root), keySet({u"findings", u"summary"}));
    const QJsonArray findings = root[u"findings"].toArray();
    ASSERT_EQ(findings.size(), 5);

    const QJsonObject missing = findings[0].toObject();
    EXPECT_EQ(keysOf(missing), keySet({u"rule", u"severity", u"unit", u"lang", u"message", u"concept", u"evidence",
                                       u"file", u"line", u"fingerprint"}));
    EXPECT_EQ(missing[u"rule"].toString(), QStringLiteral("term-missing"));
    EXPECT_EQ(missing[u"severity"].toString(), QStringLiteral("error"));
    EXPECT_EQ(missing[u"unit"].toString(), QStringLiteral("12"));
    EXPECT_EQ(missing[u"lang"].toString(), QStringLiteral("ru"));
    EXPECT_EQ(missing[u"message"].toString(),
              QStringLiteral("T:The term “interdepartmental commission” has no allowed translation."));
    EXPECT_EQ(missing[u"concept"].toString(), QStringLiteral("interdepartmental-commission"));
    EXPECT_EQ(missing[u"file"].toString(), QStringLiteral("release.tmx"));
    EXPECT_EQ(missing[u"line"].toInteger(), 7);
    EXPECT_EQ(missing[u"fingerprint"].toString(), QStringLiteral("fp-term-missing-12"));
    const QJsonArray evidence = missing[u"evidence"].toArray();
    ASSERT_EQ(evidence.size(), 1);
    const QJsonObject span = evidence[0].toObject();
    EXPECT_EQ(keysOf(span), keySet({u"lang", u"start", u"end", u"text"}));
    EXPECT_EQ(span[u"lang"].toString(), QStringLiteral("ru"));
    EXPECT_EQ(span[u"start"].toInteger(), 10); // code points: the emoji before it counts once
    EXPECT_EQ(span[u"end"].toInteger(), 35);
    EXPECT_EQ(span[u"text"].toString(), QStringLiteral("Межведомственной комиссии"));

    const QJsonObject number = findings[1].toObject();
    EXPECT_FALSE(number.contains(u"concept")); // not a terminology rule
    const QJsonObject numberSpan = number[u"evidence"].toArray()[0].toObject();
    EXPECT_EQ(numberSpan[u"start"].toInteger(), 7);
    EXPECT_EQ(numberSpan[u"end"].toInteger(), 11); // the emoji inside the span counts once

    const QJsonObject quotes = findings[4].toObject();
    EXPECT_EQ(quotes[u"severity"].toString(), QStringLiteral("warning"));
    EXPECT_EQ(quotes[u"file"].toString(), QStringLiteral("sub/other.tmx"));
    EXPECT_FALSE(quotes.contains(u"line"));
    EXPECT_EQ(findings[3].toObject()[u"severity"].toString(), QStringLiteral("info"));

    const QJsonObject summary = root[u"summary"].toObject();
    EXPECT_EQ(keysOf(summary), keySet({u"units", u"findings", u"errors", u"warnings", u"infos", u"suppressed",
                                       u"passed", u"fail_on", u"rules"}));
    EXPECT_EQ(summary[u"units"].toInteger(), 3);
    EXPECT_EQ(summary[u"findings"].toInteger(), 5);
    EXPECT_EQ(summary[u"errors"].toInteger(), 3);
    EXPECT_EQ(summary[u"warnings"].toInteger(), 1);
    EXPECT_EQ(summary[u"infos"].toInteger(), 1);
    EXPECT_EQ(summary[u"suppressed"].toInteger(), 2);
    EXPECT_EQ(summary[u"passed"], QJsonValue(false));
    EXPECT_EQ(summary[u"fail_on"].toString(), QStringLiteral("error"));
    const QJsonObject rules{{QStringLiteral("term-missing"), 2},
                            {QStringLiteral("term-admitted"), 1},
                            {QStringLiteral("number-mismatch"), 1},
                            {QStringLiteral("typography-quotes"), 1}};
    EXPECT_EQ(summary[u"rules"].toObject(), rules);
}

TEST(JsonReport, SummaryOfACleanRunListsTheRulesThatRan)
{
    CheckReport report;
    report.rules = {qa::rule::kDashes.toString()};
    report.failOn = std::nullopt;
    const QJsonObject summary = parseJson(write(ReportFormat::Json, report, plainOptions()))[u"summary"].toObject();
    EXPECT_EQ(summary[u"passed"], QJsonValue(true));
    EXPECT_EQ(summary[u"fail_on"].toString(), QStringLiteral("never"));
    EXPECT_EQ(summary[u"rules"].toObject(), (QJsonObject{{QStringLiteral("typography-dashes"), 0}}));
}

TEST(SarifReport, GithubCodeScanningShape)
{
    const QJsonObject log = parseJson(write(ReportFormat::Sarif, sampleReport(), markingOptions()));
    EXPECT_EQ(log[u"version"].toString(), QStringLiteral("2.1.0"));
    EXPECT_TRUE(log[u"$schema"].toString().startsWith(u"https://"));
    const QJsonArray runs = log[u"runs"].toArray();
    ASSERT_EQ(runs.size(), 1);
    const QJsonObject run = runs[0].toObject();

    const QJsonObject driver = run[u"tool"][u"driver"].toObject();
    EXPECT_EQ(driver[u"name"].toString(), QStringLiteral("Terjime"));
    EXPECT_EQ(driver[u"version"].toString(), QStringLiteral("1.2.3"));
    EXPECT_FALSE(driver.contains(u"informationUri"));
    const QJsonArray rules = driver[u"rules"].toArray();
    ASSERT_EQ(rules.size(), 4); // only the rules that ran, in report order
    QStringList ruleIds;
    for (const QJsonValue &rule : rules)
        ruleIds.append(rule[u"id"].toString());
    EXPECT_EQ(ruleIds, sampleReport().rules);
    const QString missingSummary =
        QStringLiteral("T:") + QString::fromUtf8(qa::findRule(qa::rule::kTermMissing)->summary);
    EXPECT_EQ(rules[0][u"shortDescription"][u"text"].toString(), missingSummary);
    EXPECT_EQ(rules[0][u"fullDescription"][u"text"].toString(), missingSummary);
    EXPECT_EQ(rules[0][u"help"][u"text"].toString(), missingSummary);
    EXPECT_EQ(rules[0][u"defaultConfiguration"][u"level"].toString(), QStringLiteral("error"));
    EXPECT_EQ(rules[1][u"defaultConfiguration"][u"level"].toString(), QStringLiteral("note"));
    EXPECT_EQ(rules[3][u"defaultConfiguration"][u"level"].toString(), QStringLiteral("warning"));

    const QJsonArray results = run[u"results"].toArray();
    ASSERT_EQ(results.size(), 5);
    const QStringList levels{QStringLiteral("error"), QStringLiteral("error"), QStringLiteral("error"),
                             QStringLiteral("note"), QStringLiteral("warning")};
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results[i].toObject();
        const qint64 ruleIndex = result[u"ruleIndex"].toInteger(-1);
        ASSERT_GE(ruleIndex, 0);
        ASSERT_LT(ruleIndex, rules.size());
        EXPECT_EQ(rules[ruleIndex][u"id"].toString(), result[u"ruleId"].toString());
        EXPECT_EQ(result[u"level"].toString(), levels[i]);
        EXPECT_TRUE(result[u"message"][u"text"].toString().startsWith(u"T:"));
        EXPECT_EQ(result[u"locations"].toArray().size(), 1);
    }

    const QJsonObject missing = results[0].toObject();
    EXPECT_EQ(missing[u"ruleIndex"].toInteger(), 0);
    const QJsonObject physical = missing[u"locations"][0][u"physicalLocation"].toObject();
    EXPECT_EQ(physical[u"artifactLocation"][u"uri"].toString(), QStringLiteral("release.tmx"));
    EXPECT_EQ(physical[u"artifactLocation"][u"uriBaseId"].toString(), QStringLiteral("%SRCROOT%"));
    EXPECT_EQ(physical[u"region"][u"startLine"].toInteger(), 7);
    EXPECT_EQ(missing[u"partialFingerprints"].toObject(),
              (QJsonObject{{QStringLiteral("terjime/v1"), QStringLiteral("fp-term-missing-12")}}));
    EXPECT_EQ(missing[u"properties"].toObject(),
              (QJsonObject{{QStringLiteral("unit"), QStringLiteral("12")},
                           {QStringLiteral("lang"), QStringLiteral("ru")},
                           {QStringLiteral("concept"), QStringLiteral("interdepartmental-commission")}}));
    EXPECT_EQ(results[1][u"ruleIndex"].toInteger(), 2);
    EXPECT_FALSE(results[1][u"properties"].toObject().contains(u"concept"));

    const QJsonObject quotes = results[4][u"locations"][0][u"physicalLocation"].toObject();
    EXPECT_EQ(quotes[u"artifactLocation"][u"uri"].toString(), QStringLiteral("sub/other.tmx"));
    EXPECT_FALSE(quotes.contains(u"region")); // the line is unknown

    const QString base = run[u"originalUriBaseIds"][u"%SRCROOT%"][u"uri"].toString();
    EXPECT_TRUE(base.startsWith(u"file:///"));
    EXPECT_TRUE(base.endsWith(u'/'));
}

TEST(SarifReport, LocatesFilesOutsideTheBaseAndStandardInput)
{
    CheckReport report = sampleReport();
    report.findings[0].where.file = QStringLiteral("/nonexistent-terjime/rel ease.tmx");
    report.findings[1].where.file.clear();
    report.findings[1].where.line = 0;
    report.findings[2].rule = QStringLiteral("custom-rule"); // a rule the report did not list
    const QJsonObject run = parseJson(write(ReportFormat::Sarif, report, plainOptions()))[u"runs"][0].toObject();
    const QJsonArray results = run[u"results"].toArray();
    const QJsonObject outside = results[0][u"locations"][0][u"physicalLocation"][u"artifactLocation"].toObject();
    EXPECT_EQ(outside[u"uri"].toString(), QStringLiteral("file:///nonexistent-terjime/rel%20ease.tmx"));
    EXPECT_FALSE(outside.contains(u"uriBaseId"));
    const QJsonObject standardInput = results[1][u"locations"][0][u"physicalLocation"].toObject();
    EXPECT_EQ(standardInput[u"artifactLocation"][u"uri"].toString(), QStringLiteral("stdin"));
    EXPECT_FALSE(standardInput.contains(u"region"));
    const QJsonArray rules = run[u"tool"][u"driver"][u"rules"].toArray();
    ASSERT_EQ(rules.size(), 5);
    EXPECT_EQ(results[2][u"ruleIndex"].toInteger(), 4);
    EXPECT_EQ(rules[4][u"id"].toString(), QStringLiteral("custom-rule"));
}

struct JunitFailure {
    QString classname;
    QString name;
    QString type;
    QString message;
    QString details;
};

struct ParsedJunit {
    QXmlStreamAttributes suites;
    QXmlStreamAttributes suite;
    QList<std::pair<QString, QString>> testcases; // classname, name
    QList<JunitFailure> failures;
    bool wellFormed = false;
};

ParsedJunit parseJunit(const QString &text)
{
    ParsedJunit parsed;
    QXmlStreamReader xml(text);
    std::pair<QString, QString> testcase;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"testsuites") {
            parsed.suites = attributes;
        } else if (xml.name() == u"testsuite") {
            parsed.suite = attributes;
        } else if (xml.name() == u"testcase") {
            testcase = {attributes.value(QLatin1String("classname")).toString(),
                        attributes.value(QLatin1String("name")).toString()};
            parsed.testcases.append(testcase);
        } else if (xml.name() == u"failure") {
            JunitFailure failure{testcase.first, testcase.second, attributes.value(QLatin1String("type")).toString(),
                                 attributes.value(QLatin1String("message")).toString(), xml.readElementText()};
            parsed.failures.append(failure);
        }
    }
    parsed.wellFormed = !xml.hasError();
    return parsed;
}

TEST(JunitReport, OneTestCasePerUnitAndRuleOneFailureEach)
{
    const ParsedJunit junit = parseJunit(write(ReportFormat::Junit, sampleReport(), markingOptions()));
    ASSERT_TRUE(junit.wellFormed);
    EXPECT_EQ(junit.suites.value(QLatin1String("tests")), u"12"); // 3 units × 4 rules
    EXPECT_EQ(junit.suites.value(QLatin1String("failures")), u"4");
    EXPECT_EQ(junit.suite.value(QLatin1String("name")), u"terjime check");
    EXPECT_EQ(junit.suite.value(QLatin1String("tests")), u"12");
    EXPECT_EQ(junit.suite.value(QLatin1String("failures")), u"4");
    EXPECT_EQ(junit.suite.value(QLatin1String("errors")), u"0");

    ASSERT_EQ(junit.testcases.size(), 12);
    EXPECT_EQ(QSet(junit.testcases.begin(), junit.testcases.end()).size(), 12);
    EXPECT_EQ(junit.testcases[0], std::pair(QStringLiteral("release.tmx unit 12"), QStringLiteral("term-missing")));
    EXPECT_EQ(junit.testcases[11],
              std::pair(QStringLiteral("sub/other.tmx unit 14"), QStringLiteral("typography-quotes")));

    ASSERT_EQ(junit.failures.size(), 4);
    const JunitFailure &missing = junit.failures[0];
    EXPECT_EQ(missing.classname, QStringLiteral("release.tmx unit 12"));
    EXPECT_EQ(missing.name, QStringLiteral("term-missing"));
    EXPECT_EQ(missing.type, QStringLiteral("term-missing"));
    EXPECT_EQ(missing.message, QStringLiteral("T:The term “interdepartmental commission” has no allowed translation.; "
                                              "T:The term “state budget” has no allowed translation."));
    EXPECT_EQ(missing.details,
              QStringLiteral("T:error[term-missing] T:unit 12 (ru): T:The term “interdepartmental commission” has no "
                             "allowed translation.\n"
                             "    ru: «Межведомственной комиссии»\n"
                             "T:error[term-missing] T:unit 12 (ru): T:The term “state budget” has no allowed "
                             "translation.\n"));
    EXPECT_EQ(junit.failures[1].name, QStringLiteral("number-mismatch"));
    EXPECT_EQ(junit.failures[2].classname, QStringLiteral("release.tmx unit 13"));
    EXPECT_EQ(junit.failures[2].name, QStringLiteral("term-admitted"));
    EXPECT_EQ(junit.failures[3].classname, QStringLiteral("sub/other.tmx unit 14"));
}

TEST(JunitReport, AFindingOfAnUnlistedUnitGetsItsOwnTestCases)
{
    CheckReport report = sampleReport();
    report.findings[4].unitIndex = 5; // not among report.units
    const ParsedJunit junit = parseJunit(write(ReportFormat::Junit, report, plainOptions()));
    ASSERT_TRUE(junit.wellFormed);
    EXPECT_EQ(junit.suite.value(QLatin1String("tests")), u"16");
    EXPECT_EQ(junit.suite.value(QLatin1String("failures")), u"4");
    EXPECT_EQ(junit.failures.size(), 4);
}

// Findings of a release point at their language's file; two files can hold units of the same id and position.
TEST(JunitReport, FindingsJoinTheirUnitByIdAndInputOrder)
{
    CheckReport report;
    report.units = {makeUnit(QStringLiteral("1"), 0, QStringLiteral("a.tmx"), 1),
                    makeUnit(QStringLiteral("1"), 0, QStringLiteral("b.tmx"), 1)};
    report.rules = {qa::rule::kTargetEmpty.toString()};
    Finding first = makeFinding(qa::rule::kTargetEmpty, Severity::Error, QStringLiteral("1"), 0, QStringLiteral("ru"),
                                {QStringLiteral("a.ru.txt"), 4, 0});
    first.format = "first";
    Finding second = first;
    second.where.file = QStringLiteral("b.tmx");
    second.format = "second";
    report.findings = {first, second};
    const ParsedJunit junit = parseJunit(write(ReportFormat::Junit, report, plainOptions()));
    ASSERT_TRUE(junit.wellFormed);
    EXPECT_EQ(junit.suite.value(QLatin1String("tests")), u"2");
    EXPECT_EQ(junit.suite.value(QLatin1String("failures")), u"2");
    ASSERT_EQ(junit.failures.size(), 2);
    EXPECT_EQ(junit.failures[0].classname, QStringLiteral("a.tmx unit 1"));
    EXPECT_EQ(junit.failures[0].message, QStringLiteral("first"));
    EXPECT_EQ(junit.failures[1].classname, QStringLiteral("b.tmx unit 1"));
    EXPECT_EQ(junit.failures[1].message, QStringLiteral("second"));
}

TEST(JunitReport, EscapesMarkupAndCharactersXmlCannotCarry)
{
    CheckReport report;
    report.units = {makeUnit(QStringLiteral("<1>"), 0, QStringLiteral("a&b.tmx"), 1)};
    report.rules = {qa::rule::kQuotes.toString()};
    Finding finding = makeFinding(qa::rule::kQuotes, Severity::Warning, QStringLiteral("<1>"), 0, QStringLiteral("ru"),
                                  {QStringLiteral("a&b.tmx"), 1, 0});
    finding.format = "%1";
    finding.arguments = {QStringLiteral("\"x\" & <y>\tline\nnext") + QChar(0x01) + QChar(0xd800) +
                         QStringLiteral("😀 ]]>")};
    report.findings = {finding};
    const ParsedJunit junit = parseJunit(write(ReportFormat::Junit, report, plainOptions()));
    ASSERT_TRUE(junit.wellFormed);
    ASSERT_EQ(junit.failures.size(), 1);
    EXPECT_EQ(junit.failures[0].classname, QStringLiteral("a&b.tmx unit <1>"));
    EXPECT_EQ(junit.failures[0].message, QStringLiteral("\"x\" & <y>\tline\nnext\uFFFD\uFFFD😀 ]]>"));
    EXPECT_TRUE(junit.failures[0].details.contains(QStringLiteral("\"x\" & <y>\tline\nnext\uFFFD\uFFFD😀 ]]>")));
}

TEST(GithubReport, AnnotationsWithEscapedValuesThenSummary)
{
    const QString expected = QStringLiteral(
        "::error file=release.tmx,line=7,title=terjime term-missing (ru%2C unit 12)::The term “interdepartmental "
        "commission” has no allowed translation.\n"
        "::error file=release.tmx,line=7,title=terjime number-mismatch (tk%2C unit 12)::The number 25 differs from "
        "the source.\n"
        "::error file=release.tmx,line=7,title=terjime term-missing (ru%2C unit 12)::The term “state budget” has no "
        "allowed translation.\n"
        "::notice file=release.tmx,line=15,title=terjime term-admitted (en%2C unit 13)::An admitted term.\n"
        "::warning file=sub/other.tmx,title=terjime typography-quotes (ru%2C unit 14)::Quotation marks: "
        "„Ministrlik“, 100%25\n"
        "3 errors, 1 warning, 1 info in 3 units (2 accepted by the baseline): check failed\n");
    EXPECT_EQ(write(ReportFormat::Github, sampleReport(), plainOptions()), expected);
}

TEST(GithubReport, EscapesLineBreaksPercentColonsAndCommas)
{
    CheckReport report;
    report.units = {makeUnit(QStringLiteral("a:1"), 0, QStringLiteral("dir/odd,name:1.tmx"), 2)};
    report.rules = {qa::rule::kSpacing.toString()};
    Finding finding = makeFinding(qa::rule::kSpacing, Severity::Warning, QStringLiteral("a:1"), 0, QStringLiteral("tk"),
                                  {QStringLiteral("dir/odd,name:1.tmx"), 2, 0});
    finding.format = "%1";
    finding.arguments = {QStringLiteral("50%: one, two\r\nthree")};
    report.findings = {finding};
    EXPECT_EQ(
        write(ReportFormat::Github, report, plainOptions()),
        QStringLiteral("::warning file=dir/odd%2Cname%3A1.tmx,line=2,title=terjime typography-spacing (tk%2C unit "
                       "a%3A1)::50%25: one, two%0D%0Athree\n"
                       "0 errors, 1 warning, 0 infos in 1 unit: check passed\n"));
    EXPECT_TRUE(write(ReportFormat::Github, report, markingOptions())
                    .startsWith(QStringLiteral("::warning file=dir/odd%2Cname%3A1.tmx,line=2,title=terjime "
                                               "typography-spacing (tk%2C T%3Aunit a%3A1)::T:50%25")));
}

TEST(GithubReport, AnnotationWithoutAFileBelongsToTheRun)
{
    CheckReport report = sampleReport();
    report.findings = {report.findings[3]};
    report.findings[0].where = {};
    EXPECT_TRUE(write(ReportFormat::Github, report, plainOptions())
                    .startsWith(QStringLiteral("::notice title=terjime term-admitted (en%2C unit 13)::An admitted")));
}

} // namespace
