// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/qa/report.h"

#include "report_support.h"

#include <array>
#include <utility>

namespace terjime::qa {

namespace {

constexpr std::array<std::pair<QStringView, ReportFormat>, 5> kFormatNames{{
    {u"text", ReportFormat::Text},
    {u"json", ReportFormat::Json},
    {u"sarif", ReportFormat::Sarif},
    {u"junit", ReportFormat::Junit},
    {u"github", ReportFormat::Github},
}};

} // namespace

std::optional<ReportFormat> parseReportFormat(const QString &name)
{
    for (const auto &[formatName, format] : kFormatNames) {
        if (name.compare(formatName, Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

bool CheckReport::passed() const
{
    if (!failOn)
        return true;
    for (const Finding &finding : findings) {
        if (finding.severity >= *failOn)
            return false;
    }
    return true;
}

QByteArray writeReport(ReportFormat format, const CheckReport &report, const ReportOptions &options)
{
    switch (format) {
    case ReportFormat::Text: return report::writeText(report, options);
    case ReportFormat::Json: return report::writeJson(report, options);
    case ReportFormat::Sarif: return report::writeSarif(report, options);
    case ReportFormat::Junit: return report::writeJunit(report, options);
    case ReportFormat::Github: return report::writeGithub(report, options);
    }
    return {};
}

} // namespace terjime::qa
