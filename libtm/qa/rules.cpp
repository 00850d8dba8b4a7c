// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/qa/rules.h"

#include <array>

namespace terjime::qa {

namespace {

using core::N_;

constexpr std::array kRules{
    RuleInfo{rule::kTermMissing, Severity::Error,
             N_("A glossary concept of the source has none of its allowed terms in the target.")},
    RuleInfo{rule::kTermForbidden, Severity::Error, N_("A forbidden (deprecated) glossary term is used.")},
    RuleInfo{rule::kTermSuperseded, Severity::Warning, N_("A superseded glossary term is used.")},
    RuleInfo{rule::kTermAdmitted, Severity::Info, N_("An admitted term is used where the glossary prefers another.")},
    RuleInfo{rule::kNumberMismatch, Severity::Error, N_("Numbers or percentages differ between source and target.")},
    RuleInfo{rule::kDateMismatch, Severity::Error, N_("Dates or times differ between source and target.")},
    RuleInfo{rule::kTargetMissing, Severity::Error, N_("The unit has no translation in a target language.")},
    RuleInfo{rule::kTargetEmpty, Severity::Error, N_("The translation is empty.")},
    RuleInfo{rule::kUntranslated, Severity::Warning, N_("The translation is the same as the source.")},
    RuleInfo{rule::kInconsistentTarget, Severity::Warning, N_("The same source is translated in different ways.")},
    RuleInfo{rule::kInconsistentSource, Severity::Warning, N_("The same translation is given to different sources.")},
    RuleInfo{rule::kQuotes, Severity::Warning, N_("Quotation marks that the language does not use, or unpaired.")},
    RuleInfo{rule::kDashes, Severity::Warning, N_("A hyphen stands where the language uses a dash.")},
    RuleInfo{rule::kSpacing, Severity::Warning,
             N_("Doubled, leading or trailing spaces, or a space before punctuation.")},
    RuleInfo{rule::kEndPunctuation, Severity::Warning, N_("The translation ends with different punctuation.")},
};

} // namespace

std::span<const RuleInfo> allRules()
{
    return kRules;
}

const RuleInfo *findRule(QStringView id)
{
    for (const RuleInfo &info : kRules) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

} // namespace terjime::qa
