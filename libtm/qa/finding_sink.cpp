// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding_sink.h"

#include "tm/qa/checker.h"
#include "tm/qa/rules.h"

#include <QCryptographicHash>

#include <span>

namespace terjime::qa {

RuleSeverities::RuleSeverities(const QHash<QString, std::optional<Severity>> &overrides)
{
    for (const RuleInfo &rule : allRules()) {
        const auto overridden = overrides.constFind(rule.id.toString());
        m_severities.push_back(overridden == overrides.constEnd() ? rule.defaultSeverity : overridden.value());
    }
}

std::optional<Severity> RuleSeverities::of(QStringView rule) const
{
    const std::span<const RuleInfo> rules = allRules();
    for (std::size_t i = 0; i < rules.size(); ++i) {
        if (rules[i].id == rule)
            return m_severities[i];
    }
    return std::nullopt;
}

QString UnitUnderCheck::id() const
{
    return unitIdOf(unit, index);
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

FindingSink::~FindingSink() = default;

QByteArray FindingSink::textsDigest(const QString &language)
{
    auto found = m_digests.find(language);
    if (found == m_digests.end())
        found = m_digests.insert(language, textsDigestOf(m_unit.source.segment.text, m_unit.textOf(language)));
    return found.value();
}

void FindingSink::add(QStringView rule, const QString &language, const char *format, QStringList arguments,
                      QList<Evidence> evidence, const QString &conceptId)
{
    const std::optional<Severity> severity = m_severities.of(rule);
    if (!severity)
        return;
    Finding finding;
    // Rule ids are string literals (rules.h): the finding refers to them instead of copying.
    finding.rule = QString::fromRawData(rule.data(), rule.size());
    finding.severity = *severity;
    finding.unit = m_unit.id();
    finding.unitIndex = m_unit.index;
    finding.language = language;
    finding.conceptId = conceptId;
    finding.format = format;
    finding.arguments = std::move(arguments);
    finding.evidence = std::move(evidence);
    finding.where = m_unit.where;
    finding.fingerprint = fingerprintOf(finding, textsDigest(language));
    m_out.append(std::move(finding));
}

QByteArray textsDigestOf(const QString &sourceText, const QString &targetText)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(sourceText.toUtf8());
    hash.addData(QByteArrayView("\x1f", 1)); // cannot occur in NFC text: keeps "ab"+"c" apart from "a"+"bc"
    hash.addData(targetText.toUtf8());
    return hash.result();
}

QString fingerprintOf(const Finding &finding, const QByteArray &textsDigest)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const QString &part) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    add(finding.rule);
    add(finding.language);
    add(finding.conceptId);
    for (const Evidence &evidence : finding.evidence) {
        add(evidence.language);
        add(evidence.text);
    }
    hash.addData(textsDigest);
    return QString::fromLatin1(hash.result().toHex().left(32));
}

} // namespace terjime::qa
