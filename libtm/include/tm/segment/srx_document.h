// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace terjime::segment {

// One SRX rule: a break (or an exception, `breaks == false`) between text matching `beforeBreak` and text matching
// `afterBreak`. The patterns are kept as written in the file (Java regular expression syntax).
struct SrxRule {
    bool breaks = true;
    QString beforeBreak;
    QString afterBreak;
    int line = 0; // line of the <rule> element in its file, for error messages; 0 when built in code
};

struct SrxLanguageRule {
    QString name;
    QList<SrxRule> rules;
};

// Maps language codes matching `pattern` (a regular expression over the whole code, case-insensitive) to the
// language rule named `ruleName`.
struct SrxLanguageMap {
    QString pattern;
    QString ruleName;
};

// The header options of SRX 2.0 and of Okapi's extension (namespace http://okapi.sf.net/srx-extensions).
struct SrxOptions {
    bool cascade = true;
    bool segmentSubflows = true;
    // Okapi's useIcu4jBreakRules: ICU's sentence breaks are the base, and the rules add breaks or remove them.
    bool useIcuBreakRules = false;
    bool trimLeadingWhitespace = true;
    bool trimTrailingWhitespace = true;
};

// An SRX 2.0 rule set, as read from a file or built in.
struct SrxDocument {
    SrxOptions options;
    QList<SrxLanguageRule> languageRules;
    QList<SrxLanguageMap> languageMaps;

    const SrxLanguageRule *findLanguageRule(const QString &name) const;
    // The language rules that apply to `languageCode`, in order: every matching map when cascading, else the first.
    // A map naming an absent language rule is skipped.
    QList<const SrxLanguageRule *> rulesFor(const QString &languageCode) const;
};

} // namespace terjime::segment
