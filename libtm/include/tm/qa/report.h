// SPDX-License-Identifier: GPL-3.0-or-later
// Report writers for check results: text for people, JSON for scripts, SARIF for code scanning, JUnit for test
// dashboards, GitHub workflow commands for annotations.
#pragma once

#include "tm/qa/finding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace terjime::qa {

enum class ReportFormat { Text, Json, Sarif, Junit, Github };

// "text", "json", "sarif", "junit", "github" (case ignored); nullopt for anything else.
std::optional<ReportFormat> parseReportFormat(const QString &name);

// A unit that was checked, for reports that list every unit (JUnit has one test case per unit and rule).
struct CheckedUnit {
    QString id;
    qsizetype index = 0;
    core::SourceLocation where;
};

// Everything a report shows.
struct CheckReport {
    QList<Finding> findings;  // in input order; already filtered by baseline and configuration
    QList<CheckedUnit> units; // every unit checked, in input order
    QStringList rules;        // the ids of the rules that ran, in allRules() order
    qsizetype suppressed = 0; // findings left out because a baseline accepted them
    // The gate: findings at or above this severity fail the check; nullopt = never fail.
    std::optional<Severity> failOn = Severity::Error;
    QString toolVersion;

    // True when no finding reaches failOn.
    bool passed() const;
};

struct ReportOptions {
    // Translates a message format or a fixed report string (marked with core::N_) into the user's language.
    std::function<QString(const char *)> translate = [](const char *text) { return QString::fromUtf8(text); };
    bool colour = false; // text format only: ANSI colours for severities
    // SARIF and GitHub annotations name files relative to this directory (the repository root; the current
    // directory by default), with '/' separators.
    QString baseDirectory;
};

// The report as UTF-8 bytes, ending with a line break. Messages and fixed words go through options.translate; rule
// ids, severities in machine formats, keys and the JUnit class names do not. Per format:
// - Text: "FILE:LINE: error[rule] unit ID (lang): message" (unknown parts left out), then "    lang: «text»" per
//   evidence span, then the summary line ("3 errors, 1 warning, 2 infos in 40 units (5 accepted by the baseline):
//   check failed"; the baseline part only when it accepted something).
// - Json: {"findings": [...], "summary": {...}}, one finding object per line, keys in a fixed order. A finding has
//   rule, severity ("error"/"warning"/"info"), unit, lang, concept (terminology rules, "term-…", only), message,
//   evidence [{lang, start, end, text}], file and line (each left out when unknown), fingerprint. Evidence start and
//   end are Unicode code points of the variant's text (see Evidence::surrogatePairsBefore), not UTF-16 units.
//   summary: units, findings, errors, warnings, infos, suppressed, passed, fail_on ("error"/"warning"/"info"/
//   "never"), rules {id: count} for every rule that ran.
// - Sarif: SARIF 2.1.0 as GitHub code scanning reads it: one run; tool.driver Terjime with the rules that ran (and
//   any a finding names); one result per finding, level note for info, partialFingerprints {"terjime/v1": …}
//   (GitHub's upload action adds its own primaryLocationLineHash), properties {unit, lang, concept}. Files inside
//   baseDirectory are relative URIs against %SRCROOT%, others absolute file:// URIs; a finding without a file
//   (standard input) is located at the relative URI "stdin", because GitHub drops results without a location:
//   front ends that know which file was piped in should set Finding::where.file instead.
// - Junit: <testsuites><testsuite name="terjime check"> with one <testcase classname="FILE unit ID" name="RULE">
//   per unit and rule (units × rules, plus units that only a finding names; a finding joins a unit of its id and
//   index, in input order, preferring one in its own file). A test case with findings holds one
//   <failure type="RULE" message="messages joined by '; '"> whose text shows each finding as the text report does:
//   several <failure> elements in one test case are not read alike by all tools. failures = failed test cases.
// - Github: "::error file=F,line=L,title=terjime RULE (lang, unit ID)::message" per finding (::warning, ::notice for
//   info; file and line left out when unknown), escaped as the runner expects, then the summary line.
QByteArray writeReport(ReportFormat format, const CheckReport &report, const ReportOptions &options);

} // namespace terjime::qa
