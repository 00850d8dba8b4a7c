// SPDX-License-Identifier: GPL-3.0-or-later
// Baselines: findings a team has accepted, recorded by fingerprint, so that a gate fails only on new ones.
#pragma once

#include "tm/core/result.h"
#include "tm/qa/finding.h"

#include <QList>
#include <QSet>
#include <QString>

namespace terjime::qa {

// A baseline file is JSON: {"terjime_baseline": 1, "accepted": [{"fingerprint", "rule", "unit", "lang",
// "message"}, …]}, sorted by fingerprint so that a regenerated file diffs cleanly. Only the fingerprint counts;
// the other fields are there for the people who review the file.
class Baseline {
public:
    Baseline() = default;
    // Errors name the file and the line and column of a JSON syntax error.
    static core::Result<Baseline> read(const QString &path);
    // Writes the findings' fingerprints, replacing the file atomically.
    static core::Status write(const QString &path, const QList<Finding> &findings);

    bool accepts(const Finding &finding) const { return m_fingerprints.contains(finding.fingerprint); }
    qsizetype size() const { return m_fingerprints.size(); }

private:
    QSet<QString> m_fingerprints;
};

} // namespace terjime::qa
