// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers, percentages, dates and times of a target against its source (rules number-mismatch, date-mismatch).
#pragma once

#include "finding_sink.h"

#include "tm/core/language.h"
#include "tm/text/numeric_facts.h"

namespace terjime::qa {

// `sourceFacts` are the source's facts (extracted once per unit).
void checkNumbers(const QList<text::NumericFact> &sourceFacts, const QString &sourceTag, const QString &sourceText,
                  const QString &targetText, const QString &targetTag, core::LanguageTag targetLanguage,
                  FindingSink &sink);

} // namespace terjime::qa
