// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_support.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace terjime::qa::report {

namespace {

using core::N_;

// English has two forms; a catalog with more (Russian) translates both into a form that fits any number
// ("ошибок: %1").
QString countPhrase(const ReportOptions &options, qsizetype count, const char *one, const char *many)
{
    return options.translate(count == 1 ? one : many).arg(count);
}

qsizetype codePointLength(QStringView text)
{
    qsizetype count = 0;
    for (QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

// An absolute, clean path, through symbolic links where the file or at least its folder exists (so that a file
// written later compares equal to a base directory that exists now).
QString absolutePath(const QString &path)
{
    const QFileInfo info(QDir::current(), path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : QDir(folder).filePath(info.fileName());
}

} // namespace

SeverityCounts countSeverities(const QList<Finding> &findings)
{
    SeverityCounts counts;
    for (const Finding &finding : findings) {
        switch (finding.severity) {
        case Severity::Error: ++counts.errors; break;
        case Severity::Warning: ++counts.warnings; break;
        case Severity::Info: ++counts.infos; break;
        }
    }
    return counts;
}

QString summaryLine(const CheckReport &report, const ReportOptions &options)
{
    const SeverityCounts counts = countSeverities(report.findings);
    const QString findings = countPhrase(options, counts.errors, N_("%1 error"), N_("%1 errors")) +
                             QStringLiteral(", ") +
                             countPhrase(options, counts.warnings, N_("%1 warning"), N_("%1 warnings")) +
                             QStringLiteral(", ") + countPhrase(options, counts.infos, N_("%1 info"), N_("%1 infos"));
    const qsizetype units = report.units.size();
    QString line = options.translate(units == 1 ? N_("%1 in %2 unit") : N_("%1 in %2 units"))
                       .arg(findings, QString::number(units));
    if (report.suppressed > 0) {
        line = options.translate(N_("%1 (%2 accepted by the baseline)")).arg(line, QString::number(report.suppressed));
    }
    return options.translate(report.passed() ? N_("%1: check passed") : N_("%1: check failed")).arg(line);
}

QString severityWord(Severity severity, const ReportOptions &options)
{
    switch (severity) {
    case Severity::Error: return options.translate(N_("error"));
    case Severity::Warning: return options.translate(N_("warning"));
    case Severity::Info: return options.translate(N_("info"));
    }
    return {};
}

QString unitLabel(const QString &unitId, const ReportOptions &options)
{
    return options.translate(N_("unit %1")).arg(unitId);
}

bool isTerminologyRule(QStringView rule)
{
    return rule.startsWith(u"term-");
}

QStringList reportedRules(const CheckReport &report)
{
    QStringList rules = report.rules;
    QHash<QString, qsizetype> known = ruleIndexes(rules);
    for (const Finding &finding : report.findings) {
        if (!known.contains(finding.rule)) {
            known.insert(finding.rule, rules.size());
            rules.append(finding.rule);
        }
    }
    return rules;
}

QHash<QString, qsizetype> ruleIndexes(const QStringList &rules)
{
    QHash<QString, qsizetype> indexes;
    indexes.reserve(rules.size());
    for (qsizetype i = 0; i < rules.size(); ++i)
        indexes.insert(rules[i], i);
    return indexes;
}

CodePointSpan codePointSpan(const Evidence &evidence)
{
    const qsizetype start = evidence.start - evidence.surrogatePairsBefore;
    return {start, start + codePointLength(evidence.text)};
}

ReportPaths::ReportPaths(const QString &baseDirectory)
    : m_base(absolutePath(baseDirectory.isEmpty() ? QDir::currentPath() : baseDirectory))
{
    if (!m_base.endsWith(u'/'))
        m_base.append(u'/');
}

const ReportPaths::Resolved &ReportPaths::resolve(const QString &file)
{
    auto found = m_cache.constFind(file);
    if (found != m_cache.constEnd())
        return *found;
    Resolved resolved;
    const QString path = absolutePath(file);
    resolved.inside = path.startsWith(m_base);
    if (resolved.inside) {
        resolved.path = path.sliced(m_base.size());
        QUrl relative;
        // A colon in the first segment would read as a scheme ("c:x.tmx"); "./" keeps the reference a path.
        const bool colonFirst = resolved.path.section(u'/', 0, 0).contains(u':');
        relative.setPath(colonFirst ? QStringLiteral("./") + resolved.path : resolved.path);
        resolved.uri = relative.toString(QUrl::FullyEncoded);
    } else {
        resolved.path = path;
        resolved.uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
    }
    return *m_cache.insert(file, resolved);
}

} // namespace terjime::qa::report
