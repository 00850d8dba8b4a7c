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

// The report as UTF-8 bytes, ending with a line break.
QByteArray writeReport(ReportFormat format, const CheckReport &report, const ReportOptions &options);

} // namespace terjime::qa
