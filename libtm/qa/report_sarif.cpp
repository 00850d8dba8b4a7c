// SPDX-License-Identifier: GPL-3.0-or-later
// The SARIF 2.1.0 report, in the subset GitHub code scanning reads (docs.github.com, "SARIF support for code
// scanning"): one run, the rules that ran, one result per finding.
#include "json_stream.h"
#include "report_support.h"

#include "tm/qa/rules.h"

#include <QUrl>

namespace terjime::qa::report {

namespace {

// The schema GitHub's documentation names; the OASIS one is equivalent.
constexpr QStringView kSchema = u"https://json.schemastore.org/sarif-2.1.0.json";
constexpr QStringView kSourceRoot = u"%SRCROOT%";
// partialFingerprints key of Finding::fingerprint; the version changes when the fingerprint's recipe does.
constexpr QStringView kFingerprintKey = u"terjime/v1";
// Where a finding without a file (its input was standard input) is said to be: GitHub shows no result without a
// location. Front ends that know the file behind standard input should put it in Finding::where instead.
constexpr QStringView kStandardInputUri = u"stdin";

QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("note");
    }
    return {};
}

// {"text": …}, SARIF's message object.
void writeText(JsonStream &json, QStringView name, const QString &text)
{
    json.key(name);
    json.beginObject();
    json.member(u"text", text);
    json.endObject();
}

// GitHub requires shortDescription, fullDescription and help; the catalogue has one summary per rule.
void writeRuleDescriptor(JsonStream &json, const QString &id, const ReportOptions &options)
{
    const RuleInfo *info = findRule(id);
    const QString summary = info ? options.translate(info->summary) : id;
    json.beginObject(JsonStream::Layout::OneLine);
    json.member(u"id", id);
    writeText(json, u"shortDescription", summary);
    writeText(json, u"fullDescription", summary);
    writeText(json, u"help", summary);
    if (info) {
        json.key(u"defaultConfiguration");
        json.beginObject();
        json.member(u"level", sarifLevel(info->defaultSeverity));
        json.endObject();
    }
    json.endObject();
}

void writeTool(JsonStream &json, const QStringList &rules, const CheckReport &report, const ReportOptions &options)
{
    json.key(u"tool");
    json.beginObject();
    json.key(u"driver");
    json.beginObject();
    json.member(u"name", u"Terjime");
    if (!report.toolVersion.isEmpty())
        json.member(u"version", report.toolVersion);
    json.key(u"rules");
    json.beginArray();
    for (const QString &id : rules)
        writeRuleDescriptor(json, id, options);
    json.endArray();
    json.endObject();
    json.endObject();
}

// Relative URIs are percent-encoded paths against %SRCROOT%; files outside it get an absolute file:// URI.
void writeArtifactLocation(JsonStream &json, const QString &file, ReportPaths &paths)
{
    json.key(u"artifactLocation");
    json.beginObject();
    if (file.isEmpty()) {
        json.member(u"uri", kStandardInputUri);
    } else if (const ReportPaths::Resolved &resolved = paths.resolve(file); resolved.inside) {
        json.member(u"uri", resolved.uri);
        json.member(u"uriBaseId", kSourceRoot);
    } else {
        json.member(u"uri", resolved.uri);
    }
    json.endObject();
}

void writeLocations(JsonStream &json, const core::SourceLocation &where, ReportPaths &paths)
{
    json.key(u"locations");
    json.beginArray();
    json.beginObject();
    json.key(u"physicalLocation");
    json.beginObject();
    writeArtifactLocation(json, where.file, paths);
    if (where.line > 0) {
        json.key(u"region");
        json.beginObject();
        json.member(u"startLine", where.line);
        json.endObject();
    }
    json.endObject();
    json.endObject();
    json.endArray();
}

void writeResult(JsonStream &json, const Finding &finding, qsizetype ruleIndex, const ReportOptions &options,
                 ReportPaths &paths)
{
    json.beginObject(JsonStream::Layout::OneLine);
    json.member(u"ruleId", finding.rule);
    json.member(u"ruleIndex", qint64(ruleIndex));
    json.member(u"level", sarifLevel(finding.severity));
    writeText(json, u"message", finding.describe(options.translate));
    writeLocations(json, finding.where, paths);
    json.key(u"partialFingerprints");
    json.beginObject();
    json.member(kFingerprintKey, finding.fingerprint);
    json.endObject();
    json.key(u"properties");
    json.beginObject();
    json.member(u"unit", finding.unit);
    json.member(u"lang", finding.language);
    if (isTerminologyRule(finding.rule))
        json.member(u"concept", finding.conceptId);
    json.endObject();
    json.endObject();
}

} // namespace

QByteArray writeSarif(const CheckReport &report, const ReportOptions &options)
{
    const QStringList rules = reportedRules(report);
    const QHash<QString, qsizetype> ruleIndex = ruleIndexes(rules);
    ReportPaths paths(options.baseDirectory);

    // About 450 characters per result.
    JsonStream json(report.findings.size() * 450 + 4096);
    json.beginObject();
    json.member(u"$schema", kSchema);
    json.member(u"version", u"2.1.0");
    json.key(u"runs");
    json.beginArray();
    json.beginObject();
    writeTool(json, rules, report, options);
    json.key(u"originalUriBaseIds");
    json.beginObject();
    json.key(kSourceRoot);
    json.beginObject();
    json.member(u"uri", QUrl::fromLocalFile(paths.base()).toString(QUrl::FullyEncoded));
    json.endObject();
    json.endObject();
    json.key(u"results");
    json.beginArray();
    for (const Finding &finding : report.findings)
        writeResult(json, finding, ruleIndex.value(finding.rule), options, paths);
    json.endArray();
    json.endObject();
    json.endArray();
    json.endObject();
    return json.finish();
}

} // namespace terjime::qa::report
