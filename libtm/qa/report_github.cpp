// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub Actions workflow commands: one annotation per finding ("::error file=…,line=…,title=…::message"), then
// the summary as a plain log line. GitHub shows a limited number of annotations per step (10 of each kind at the
// time of writing); the rest stay in the log, and the summary counts them all.
#include "report_support.h"

namespace terjime::qa::report {

namespace {

QStringView command(Severity severity)
{
    switch (severity) {
    case Severity::Error: return u"::error";
    case Severity::Warning: return u"::warning";
    case Severity::Info: return u"::notice";
    }
    return {};
}

// The escaping GitHub's runner undoes: in the message, %, CR and LF; in property values also ':' and ','.
void appendEscaped(QString &out, QStringView text, bool property)
{
    for (QChar c : text) {
        if (c == u'%')
            out += u"%25";
        else if (c == u'\r')
            out += u"%0D";
        else if (c == u'\n')
            out += u"%0A";
        else if (property && c == u':')
            out += u"%3A";
        else if (property && c == u',')
            out += u"%2C";
        else
            out += c;
    }
}

void appendProperty(QString &out, bool &first, QStringView name, QStringView value)
{
    out += first ? u' ' : u',';
    first = false;
    out += name;
    out += u'=';
    appendEscaped(out, value, true);
}

// "terjime term-missing (ru, unit 12)"
QString title(const Finding &finding, const ReportOptions &options)
{
    QString text = QStringLiteral("terjime ") + finding.rule + QStringLiteral(" (");
    if (!finding.language.isEmpty())
        text += finding.language + QStringLiteral(", ");
    text += unitLabel(finding.unit, options);
    text += u')';
    return text;
}

} // namespace

QByteArray writeGithub(const CheckReport &report, const ReportOptions &options)
{
    ReportPaths paths(options.baseDirectory);
    QString out;
    out.reserve(report.findings.size() * 160 + 160);
    for (const Finding &finding : report.findings) {
        out += command(finding.severity);
        bool first = true;
        // Without a file the annotation belongs to the workflow run rather than to a file.
        if (!finding.where.file.isEmpty())
            appendProperty(out, first, u"file", paths.resolve(finding.where.file).path);
        if (finding.where.line > 0)
            appendProperty(out, first, u"line", QString::number(finding.where.line));
        appendProperty(out, first, u"title", title(finding, options));
        out += u"::";
        appendEscaped(out, finding.describe(options.translate), false);
        out += u'\n';
    }
    out += summaryLine(report, options);
    out += u'\n';
    return out.toUtf8();
}

} // namespace terjime::qa::report
