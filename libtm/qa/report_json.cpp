// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON report, for scripts: {"findings": [...], "summary": {...}}.
#include "json_stream.h"
#include "report_support.h"

namespace terjime::qa::report {

namespace {

QString failOnName(const std::optional<Severity> &failOn)
{
    return failOn ? severityName(*failOn) : QStringLiteral("never");
}

void writeEvidence(JsonStream &json, const QList<Evidence> &evidence)
{
    json.beginArray();
    for (const Evidence &span : evidence) {
        const CodePointSpan offsets = codePointSpan(span);
        json.beginObject();
        json.member(u"lang", span.language);
        json.member(u"start", qint64(offsets.start));
        json.member(u"end", qint64(offsets.end));
        json.member(u"text", span.text);
        json.endObject();
    }
    json.endArray();
}

void writeFinding(JsonStream &json, const Finding &finding, const ReportOptions &options)
{
    json.beginObject(JsonStream::Layout::OneLine);
    json.member(u"rule", finding.rule);
    json.member(u"severity", severityName(finding.severity));
    json.member(u"unit", finding.unit);
    json.member(u"lang", finding.language);
    if (isTerminologyRule(finding.rule))
        json.member(u"concept", finding.conceptId);
    json.member(u"message", finding.describe(options.translate));
    json.key(u"evidence");
    writeEvidence(json, finding.evidence);
    if (!finding.where.file.isEmpty())
        json.member(u"file", finding.where.file);
    if (finding.where.line > 0)
        json.member(u"line", finding.where.line);
    json.member(u"fingerprint", finding.fingerprint);
    json.endObject();
}

void writeSummary(JsonStream &json, const CheckReport &report)
{
    const SeverityCounts counts = countSeverities(report.findings);
    const QStringList rules = reportedRules(report);
    const QHash<QString, qsizetype> ruleIndex = ruleIndexes(rules);
    QList<qsizetype> perRule(rules.size(), 0);
    for (const Finding &finding : report.findings)
        ++perRule[ruleIndex.value(finding.rule)];

    json.beginObject();
    json.member(u"units", qint64(report.units.size()));
    json.member(u"findings", qint64(report.findings.size()));
    json.member(u"errors", qint64(counts.errors));
    json.member(u"warnings", qint64(counts.warnings));
    json.member(u"infos", qint64(counts.infos));
    json.member(u"suppressed", qint64(report.suppressed));
    json.member(u"passed", report.passed());
    json.member(u"fail_on", failOnName(report.failOn));
    json.key(u"rules");
    json.beginObject(JsonStream::Layout::OneLine);
    for (qsizetype i = 0; i < rules.size(); ++i)
        json.member(rules[i], qint64(perRule[i]));
    json.endObject();
    json.endObject();
}

} // namespace

QByteArray writeJson(const CheckReport &report, const ReportOptions &options)
{
    // About 300 characters per finding with one evidence span.
    JsonStream json(report.findings.size() * 300 + 1024);
    json.beginObject();
    json.key(u"findings");
    json.beginArray();
    for (const Finding &finding : report.findings)
        writeFinding(json, finding, options);
    json.endArray();
    json.key(u"summary");
    writeSummary(json, report);
    json.endObject();
    return json.finish();
}

} // namespace terjime::qa::report
