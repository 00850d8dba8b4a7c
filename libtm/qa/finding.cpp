// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/qa/finding.h"

#include "tm/text/code_points.h"

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

Evidence makeEvidence(const QString &language, QStringView variantText, qsizetype start, qsizetype end)
{
    Q_ASSERT(0 <= start && start <= end && end <= variantText.size());
    text::CodePointCounter counter(variantText);
    return Evidence{language, start, end, variantText.sliced(start, end - start).toString(),
                    start - counter.toCodePoints(start)};
}

QString Finding::message() const
{
    return describe([](const char *text) { return QString::fromUtf8(text); });
}

} // namespace terjime::qa
