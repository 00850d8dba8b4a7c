// SPDX-License-Identifier: GPL-3.0-or-later
// Typography of a target against its language's conventions and its source: quotation marks, dashes, spaces and
// final punctuation (rules typography-quotes, typography-dashes, typography-spacing, end-punctuation).
#pragma once

#include "finding_sink.h"

#include "tm/core/language.h"

namespace terjime::qa {

// Conventions, from ../shared/design/LANGUAGES.md and the corpora:
//  - quotes: Russian uses « » and „ “ inside, so a straight " or an English ” is foreign; English uses “ ” or
//    straight quotes, so « » is foreign; Turkmen text uses « », “ ” and straight quotes (all common in real text).
//    In every language the opening and closing marks of a pair must balance, and straight quotes come in pairs;
//  - a hyphen-minus with white space on both sides stands for a dash (— in Russian, – in English and Turkmen);
//  - no run of two spaces, no space before , . ; : ! ?, and no leading or trailing space the source does not have;
//  - the target ends with the same kind of punctuation as the source (. ! ? : ; …, "..." being …), after closing
//    quotes and brackets are set aside; a headline without final punctuation stays without.
void checkTypography(const QString &sourceText, const QString &targetText, const QString &targetTag,
                     core::LanguageTag targetLanguage, FindingSink &sink);

} // namespace terjime::qa
