// SPDX-License-Identifier: GPL-3.0-or-later
// The text report: one compiler-style line per finding, its evidence indented below, a summary line last.
#include "report_support.h"

namespace terjime::qa::report {

namespace {

constexpr QStringView kReset = u"\x1b[0m";
constexpr QStringView kDim = u"\x1b[2m";

QStringView severityColour(Severity severity)
{
    switch (severity) {
    case Severity::Error: return u"\x1b[1;31m"; // bold red
    case Severity::Warning: return u"\x1b[33m"; // yellow
    case Severity::Info: return u"\x1b[36m";    // cyan
    }
    return {};
}

void appendLocation(QString &out, const core::SourceLocation &where)
{
    if (where.file.isEmpty() && where.line <= 0)
        return;
    out += where.file;
    if (where.line > 0) {
        if (!where.file.isEmpty())
            out += u':';
        out += QString::number(where.line);
    }
    out += u": ";
}

} // namespace

void appendFindingBlock(QString &out, const Finding &finding, const ReportOptions &options, bool colour)
{
    if (colour)
        out += severityColour(finding.severity);
    out += severityWord(finding.severity, options);
    if (colour) {
        out += kReset;
        out += kDim;
    }
    out += u'[';
    out += finding.rule;
    out += u']';
    if (colour)
        out += kReset;
    out += u' ';
    out += unitLabel(finding.unit, options);
    if (!finding.language.isEmpty()) {
        out += u" (";
        out += finding.language;
        out += u')';
    }
    out += u": ";
    out += finding.describe(options.translate);
    out += u'\n';
    for (const Evidence &evidence : finding.evidence) {
        out += u"    ";
        out += evidence.language;
        out += u": «";
        out += evidence.text;
        out += u"»\n";
    }
}

QByteArray writeText(const CheckReport &report, const ReportOptions &options)
{
    QString out;
    // A finding with its evidence is about 150 characters; growing once is cheaper than growing often.
    out.reserve(report.findings.size() * 160 + 160);
    for (const Finding &finding : report.findings) {
        appendLocation(out, finding.where);
        appendFindingBlock(out, finding, options, options.colour);
    }
    out += summaryLine(report, options);
    out += u'\n';
    return out.toUtf8();
}

} // namespace terjime::qa::report
