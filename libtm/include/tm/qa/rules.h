// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue of checks: every rule a finding can carry, its default severity and what it means.
#pragma once

#include "tm/qa/finding.h"

#include <QString>
#include <QStringView>

#include <span>

namespace terjime::qa {

// Rule ids, one per kind of problem. Kept as constants so that a typo is a compile error.
namespace rule {
inline constexpr QStringView kTermMissing = u"term-missing";       // source concept, no allowed target term
inline constexpr QStringView kTermForbidden = u"term-forbidden";   // a deprecated term, any language
inline constexpr QStringView kTermSuperseded = u"term-superseded"; // a superseded term, any language
inline constexpr QStringView kTermAdmitted = u"term-admitted";     // an admitted term where a preferred one exists
inline constexpr QStringView kNumberMismatch = u"number-mismatch"; // numbers or percentages differ
inline constexpr QStringView kDateMismatch = u"date-mismatch";     // dates or times differ
inline constexpr QStringView kTargetMissing = u"target-missing";   // no variant in a target language
inline constexpr QStringView kTargetEmpty = u"target-empty";       // a target variant without text
inline constexpr QStringView kUntranslated = u"untranslated";      // the target repeats the source
inline constexpr QStringView kInconsistentTarget = u"inconsistent-target"; // one source, different targets
inline constexpr QStringView kInconsistentSource = u"inconsistent-source"; // one target, different sources
inline constexpr QStringView kQuotes = u"typography-quotes";               // quotes the language does not use, unpaired
inline constexpr QStringView kDashes = u"typography-dashes";               // a hyphen standing for a dash
inline constexpr QStringView kSpacing = u"typography-spacing"; // doubled, leading, trailing, before-punctuation space
inline constexpr QStringView kEndPunctuation = u"end-punctuation"; // the target ends differently from the source
} // namespace rule

struct RuleInfo {
    QStringView id;
    Severity defaultSeverity;
    const char *summary; // one line, English, marked with core::N_ for the catalog
};

// Every rule, in a fixed order (reports list them in this order).
std::span<const RuleInfo> allRules();
// The rule with this id, or nullptr.
const RuleInfo *findRule(QStringView id);

} // namespace terjime::qa
