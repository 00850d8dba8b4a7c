// SPDX-License-Identifier: GPL-3.0-or-later
// Private to the qa module: one writer per report format, and what they share (counts, the summary line, paths,
// code point offsets).
#pragma once

#include "tm/qa/report.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace terjime::qa::report {

QByteArray writeText(const CheckReport &report, const ReportOptions &options);
QByteArray writeJson(const CheckReport &report, const ReportOptions &options);
QByteArray writeSarif(const CheckReport &report, const ReportOptions &options);
QByteArray writeJunit(const CheckReport &report, const ReportOptions &options);
QByteArray writeGithub(const CheckReport &report, const ReportOptions &options);

struct SeverityCounts {
    qsizetype errors = 0;
    qsizetype warnings = 0;
    qsizetype infos = 0;
};
SeverityCounts countSeverities(const QList<Finding> &findings);

// "3 errors, 1 warning, 2 infos in 40 units (5 accepted by the baseline): check failed", translated, without a line
// break. The baseline part is left out when the baseline accepted nothing.
QString summaryLine(const CheckReport &report, const ReportOptions &options);

// The severity as a translated word ("error"), for people; machine formats use severityName().
QString severityWord(Severity severity, const ReportOptions &options);
// "unit 12", translated.
QString unitLabel(const QString &unitId, const ReportOptions &options);

// Appends a finding as the text report shows it, without its location: "error[term-missing] unit 12 (ru): message"
// and one indented line per evidence span ("    ru: «text»"). JUnit uses it for the details of a failure.
void appendFindingBlock(QString &out, const Finding &finding, const ReportOptions &options, bool colour);

// Terminology rules ("term-…") carry a glossary concept; reports show it only for them.
bool isTerminologyRule(QStringView rule);

// The rules a report lists: report.rules, then any rule that only a finding names (so that every finding has its
// rule in the list, e.g. SARIF's ruleIndex).
QStringList reportedRules(const CheckReport &report);
// Rule id → position in `rules`.
QHash<QString, qsizetype> ruleIndexes(const QStringList &rules);

// Evidence offsets in Unicode code points of the variant text (see Evidence::surrogatePairsBefore).
struct CodePointSpan {
    qsizetype start = 0;
    qsizetype end = 0;
};
CodePointSpan codePointSpan(const Evidence &evidence);

// Names input files relative to a base directory, with '/' separators, as SARIF and GitHub want them. Symbolic links
// are resolved where the file exists (GitHub cannot match a path through a link to a file in the repository). Each
// distinct file name is resolved once.
class ReportPaths {
public:
    // An empty base directory means the current directory.
    explicit ReportPaths(const QString &baseDirectory);

    struct Resolved {
        QString path;        // relative, '/'-separated, when inside the base directory; absolute otherwise
        bool inside = false; // the file lies in the base directory or below it
        QString uri;         // `path` as a URI: relative and percent-encoded, or an absolute file:// URI
    };
    const Resolved &resolve(const QString &file);
    // The base directory as an absolute path ending with '/'.
    const QString &base() const { return m_base; }

private:
    QString m_base;
    QHash<QString, Resolved> m_cache;
};

} // namespace terjime::qa::report
