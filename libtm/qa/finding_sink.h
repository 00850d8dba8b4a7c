// SPDX-License-Identifier: GPL-3.0-or-later
// Where the checks of one unit put their findings: it fills in what every finding of the unit shares (unit id,
// position, location, severity, fingerprint), so that a check only says what it found.
#pragma once

#include "tm/core/translation_unit.h"
#include "tm/qa/finding.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace terjime::qa {

// The severity of each rule: its default unless the options override it; nullopt when the rule is off.
class RuleSeverities {
public:
    explicit RuleSeverities(const QHash<QString, std::optional<Severity>> &overrides);
    std::optional<Severity> of(QStringView rule) const;
    bool enabled(QStringView rule) const { return of(rule).has_value(); }

private:
    // In allRules() order: asked once per finding and per check, a scan of fifteen views costs less than hashing.
    std::vector<std::optional<Severity>> m_severities;
};

// The unit being checked and the variant serving as its source.
struct UnitUnderCheck {
    const core::TranslationUnit &unit;
    const core::Variant &source;
    qsizetype index = 0;
    core::SourceLocation where;

    // The unit's id in reports: its own id, or its position when it has none.
    QString id() const;
    // The text of the variant in `language` (a variant's tag as written), empty when there is none.
    QString textOf(const QString &language) const;
};

class FindingSink {
public:
    FindingSink(const RuleSeverities &severities, const UnitUnderCheck &unit, QList<Finding> &out);
    ~FindingSink();
    FindingSink(const FindingSink &) = delete;
    FindingSink &operator=(const FindingSink &) = delete;

    bool enabled(QStringView rule) const { return m_severities.enabled(rule); }
    // Adds a finding of `rule` about the variant in `language` unless the rule is off.
    void add(QStringView rule, const QString &language, const char *format, QStringList arguments,
             QList<Evidence> evidence, const QString &conceptId = {});

private:
    // The digest of the unit's source and of its text in `language`, computed once per unit and language.
    QByteArray textsDigest(const QString &language);

    const RuleSeverities &m_severities;
    const UnitUnderCheck &m_unit;
    QList<Finding> &m_out;
    QHash<QString, QByteArray> m_digests; // language → digest of source and target texts
};

// A finding's stable identity: a hash of its rule, language, concept, evidence, and a digest of the unit's source
// and target texts (textsDigest), so that it survives reordering, renumbering and moving units between files, and
// changes when the text it is about changes.
QString fingerprintOf(const Finding &finding, const QByteArray &textsDigest);
// The digest fingerprintOf takes.
QByteArray textsDigestOf(const QString &sourceText, const QString &targetText);

} // namespace terjime::qa
