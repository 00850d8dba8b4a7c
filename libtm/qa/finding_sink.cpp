// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding_sink.h"

#include "tm/qa/rules.h"

#include <QCryptographicHash>

namespace terjime::qa {

RuleSeverities::RuleSeverities(const QHash<QString, std::optional<Severity>> &overrides)
{
    for (const RuleInfo &rule : allRules())
        m_severities.insert(rule.id.toString(), rule.defaultSeverity);
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        m_severities.insert(it.key(), it.value());
}

std::optional<Severity> RuleSeverities::of(QStringView rule) const
{
    const auto found = m_severities.constFind(rule.toString());
    return found == m_severities.constEnd() ? std::nullopt : found.value();
}

QString UnitUnderCheck::id() const
{
    return unit.id.isEmpty() ? QString::number(index) : unit.id;
}

QString UnitUnderCheck::textOf(const QString &language) const
{
    for (const core::Variant &variant : unit.variants) {
        if (variant.language == language)
            return variant.segment.text;
    }
    return {};
}

FindingSink::FindingSink(const RuleSeverities &severities, const UnitUnderCheck &unit, QList<Finding> &out)
    : m_severities(severities), m_unit(unit), m_out(out)
{}

void FindingSink::add(QStringView rule, const QString &language, const char *format, QStringList arguments,
                      QList<Evidence> evidence, const QString &conceptId)
{
    const std::optional<Severity> severity = m_severities.of(rule);
    if (!severity)
        return;
    Finding finding;
    finding.rule = rule.toString();
    finding.severity = *severity;
    finding.unit = m_unit.id();
    finding.unitIndex = m_unit.index;
    finding.language = language;
    finding.conceptId = conceptId;
    finding.format = format;
    finding.arguments = std::move(arguments);
    finding.evidence = std::move(evidence);
    finding.where = m_unit.where;
    finding.fingerprint = fingerprintOf(finding, m_unit.source.segment.text, m_unit.textOf(language));
    m_out.append(std::move(finding));
}

QString fingerprintOf(const Finding &finding, const QString &sourceText, const QString &targetText)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    // A separator that cannot occur in NFC text keeps "ab"+"c" apart from "a"+"bc".
    const auto add = [&hash](const QString &part) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    add(finding.rule);
    add(finding.language);
    add(finding.conceptId);
    add(sourceText);
    add(targetText);
    for (const Evidence &evidence : finding.evidence) {
        add(evidence.language);
        add(evidence.text);
    }
    return QString::fromLatin1(hash.result().toHex().left(32));
}

} // namespace terjime::qa
