// SPDX-License-Identifier: GPL-3.0-or-later
#include "numbers_check.h"

#include "tm/qa/rules.h"

namespace terjime::qa {

namespace {

using core::N_;

bool isDateOrTime(const text::NumericFact &fact)
{
    return fact.kind == text::NumericFact::Kind::Date || fact.kind == text::NumericFact::Kind::Time;
}

// The facts of one rule's kind, and their spans as evidence in `tag`'s text.
struct Side {
    QStringList values;
    QList<Evidence> evidence;
};

Side sideOf(const QList<text::NumericFact> &facts, bool dates, const QString &tag, const QString &text)
{
    Side side;
    for (const text::NumericFact &fact : facts) {
        if (isDateOrTime(fact) != dates)
            continue;
        // A time's words may lie outside its span ("3 p.m."): the 24-hour value says what was read.
        const QString written = text.mid(fact.start, fact.end - fact.start);
        const bool readDifferently = fact.kind == text::NumericFact::Kind::Time && written != fact.value;
        side.values.append(readDifferently ? QStringLiteral("%1 (%2)").arg(written, fact.value) : written);
        side.evidence.append(makeEvidence(tag, text, fact.start, fact.end));
    }
    return side;
}

void report(QStringView rule, const Side &missing, const Side &extra, const QString &targetTag, FindingSink &sink)
{
    if (missing.values.isEmpty() && extra.values.isEmpty())
        return;
    const QString separator = QStringLiteral(", ");
    QList<Evidence> evidence = missing.evidence + extra.evidence;
    if (extra.values.isEmpty())
        sink.add(rule, targetTag, N_("The translation lacks %1 from the source."), {missing.values.join(separator)},
                 evidence);
    else if (missing.values.isEmpty())
        sink.add(rule, targetTag, N_("The translation has %1, which the source does not."),
                 {extra.values.join(separator)}, evidence);
    else
        sink.add(rule, targetTag, N_("The translation has %1 where the source has %2."),
                 {extra.values.join(separator), missing.values.join(separator)}, evidence);
}

} // namespace

void checkNumbers(const QList<text::NumericFact> &sourceFacts, const QString &sourceTag, const QString &sourceText,
                  const QString &targetText, const QString &targetTag, core::LanguageTag targetLanguage,
                  FindingSink &sink)
{
    const QList<text::NumericFact> targetFacts = text::extractNumericFacts(targetText, targetLanguage);
    if (sourceFacts.isEmpty() && targetFacts.isEmpty())
        return;
    const text::NumericDifference difference = text::compareNumericFacts(sourceFacts, targetFacts);
    if (difference.empty())
        return;
    for (const bool dates : {false, true}) {
        const QStringView rule = dates ? rule::kDateMismatch : rule::kNumberMismatch;
        if (!sink.enabled(rule))
            continue;
        report(rule, sideOf(difference.missingInTarget, dates, sourceTag, sourceText),
               sideOf(difference.extraInTarget, dates, targetTag, targetText), targetTag, sink);
    }
}

} // namespace terjime::qa
