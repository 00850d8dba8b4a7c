// SPDX-License-Identifier: GPL-3.0-or-later
// The configuration file a repository keeps for `terjime check`, so that a CI step is one line.
#pragma once

#include "tm/core/result.h"
#include "tm/qa/finding.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace terjime::qa {

// `.terjime.json`, JSON so that every editor and CI system can read and validate it:
//
//   {
//     "check": {
//       "glossaries": ["glossaries/*.tbx"],        paths or * ? patterns in the file name, relative to this file
//       "source": "en",
//       "targets": ["ru", "tk"],                   required target languages
//       "fail_on": "error",                        error | warning | info | never
//       "rules": {"typography-quotes": "off", "term-admitted": "warning"},
//       "ignore_units": ["sample-07", "legacy-*"], unit ids, * and ? allowed
//       "baseline": "terjime-baseline.json"        relative to this file
//     }
//   }
//
// Every key is optional; unknown keys are errors (a typo must not silently turn a check off).
struct CheckConfig {
    QString path;           // the file it was read from
    QStringList glossaries; // absolute paths, patterns expanded, sorted
    QString sourceLanguage;
    QStringList targetLanguages;
    std::optional<std::optional<Severity>> failOn; // unset: not configured; nullopt inside: never
    QHash<QString, std::optional<Severity>> severities;
    QStringList ignoredUnits; // patterns
    QString baseline;         // absolute path, empty when not configured
};

// Unit id patterns with * and ? (ignore_units, --ignore-unit), compiled once, since every unit is tested.
class UnitIdPatterns {
public:
    explicit UnitIdPatterns(const QStringList &patterns = {});
    // True when `unitId` matches one of the patterns as a whole.
    bool matches(const QString &unitId) const;

private:
    QList<QRegularExpression> m_patterns;
};

inline constexpr QStringView kCheckConfigFileName = u".terjime.json";

// Reads a configuration file. Errors name the file and, for JSON syntax errors, the line and column; a value of the
// wrong type or an unknown key, rule or severity names the key.
core::Result<CheckConfig> readCheckConfig(const QString &path);

// The configuration that applies in `directory`: `.terjime.json` there or in the nearest parent, stopping at the
// root of a git checkout (a folder holding `.git`) or the file system root. Empty when there is none.
QString findCheckConfig(const QString &directory);

} // namespace terjime::qa
