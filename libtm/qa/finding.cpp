// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/qa/finding.h"

namespace terjime::qa {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

std::optional<Severity> parseSeverity(const QString &name)
{
    for (Severity severity : {Severity::Info, Severity::Warning, Severity::Error}) {
        if (name.compare(severityName(severity), Qt::CaseInsensitive) == 0)
            return severity;
    }
    return std::nullopt;
}

QString Finding::message() const
{
    return describe([](const char *text) { return QString::fromUtf8(text); });
}

} // namespace terjime::qa
