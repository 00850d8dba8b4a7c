// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/qa/checker.h"

#include "consistency_check.h"
#include "finding_sink.h"
#include "numbers_check.h"
#include "terminology_check.h"
#include "typography_check.h"

#include "tm/qa/rules.h"
#include "tm/text/match_tokens.h"
#include "tm/text/numeric_facts.h"

#include <algorithm>
#include <optional>

namespace terjime::qa {

namespace {

using core::N_;

// Worth calling untranslated when a target repeats it: more than one word with letters (a lone name, acronym or
// number is often the same in every language).
bool isTranslatableText(const QString &text)
{
    int words = 0;
    for (const QStringView word : QStringView(text).split(u' ', Qt::SkipEmptyParts)) {
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); }))
            ++words;
    }
    return words > 1;
}

bool containsDigit(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

std::optional<core::LanguageTag> supportedLanguage(const QString &tag)
{
    auto parsed = core::LanguageTag::parse(tag);
    if (parsed)
        return *parsed;
    // A regional tag of a supported language ("en-GB", "ru-RU") is checked by that language's conventions.
    auto primary = core::LanguageTag::parse(text::primaryLanguage(tag));
    return primary ? std::optional<core::LanguageTag>(*primary) : std::nullopt;
}

} // namespace

struct Checker::Impl {
    Impl(const glossary::Glossary &checkedGlossary, CheckOptions checkOptions)
        : glossary(checkedGlossary), options(std::move(checkOptions)), severities(this->options.severities),
          terminology(this->glossary), consistency(this->options.referenceMemory)
    {}

    core::Result<QList<Finding>> check(const core::TranslationUnit &unit, qsizetype index,
                                       const core::SourceLocation &where);
    QList<const core::Variant *> targetsOf(const core::TranslationUnit &unit, const core::Variant &source,
                                           FindingSink &sink) const;
    core::Status checkTarget(const UnitUnderCheck &unit, const core::Variant &target, const QString &sourceSimplified,
                             const std::vector<glossary::TermSpan> &sourceTerms,
                             const QList<text::NumericFact> &sourceFacts,
                             std::optional<core::LanguageTag> sourceLanguage, FindingSink &sink);

    bool numbersChecked() const
    {
        return severities.enabled(rule::kNumberMismatch) || severities.enabled(rule::kDateMismatch);
    }

    const glossary::Glossary glossary;
    const CheckOptions options;
    const RuleSeverities severities;
    TerminologyCheck terminology;
    ConsistencyCheck consistency;
};

QList<const core::Variant *> Checker::Impl::targetsOf(const core::TranslationUnit &unit, const core::Variant &source,
                                                      FindingSink &sink) const
{
    QList<const core::Variant *> targets;
    if (options.targetLanguages.isEmpty()) {
        for (const core::Variant &variant : unit.variants) {
            if (&variant != &source && !core::languageMatches(variant.language, options.sourceLanguage))
                targets.append(&variant);
        }
        return targets;
    }
    for (const QString &language : options.targetLanguages) {
        if (const core::Variant *variant = unit.variant(language))
            targets.append(variant);
        else
            sink.add(rule::kTargetMissing, language, N_("No translation into %1."), {language}, {});
    }
    return targets;
}

core::Status Checker::Impl::checkTarget(const UnitUnderCheck &unit, const core::Variant &target,
                                        const QString &sourceSimplified,
                                        const std::vector<glossary::TermSpan> &sourceTerms,
                                        const QList<text::NumericFact> &sourceFacts,
                                        std::optional<core::LanguageTag> sourceLanguage, FindingSink &sink)
{
    const QString &tag = target.language;
    const QString &text = target.segment.text;
    const QString &sourceText = unit.source.segment.text;
    const QString simplified = text.simplified();
    if (simplified.isEmpty()) {
        sink.add(rule::kTargetEmpty, tag, N_("The translation into %1 is empty."), {tag}, {});
        return core::Done{};
    }
    if (simplified == sourceSimplified && isTranslatableText(sourceText))
        sink.add(rule::kUntranslated, tag, N_("The translation is the same as the source."), {}, {});
    if (const std::optional<core::LanguageTag> language = supportedLanguage(tag)) {
        auto targetTerms = terminology.occurrences(text, *language);
        if (!targetTerms)
            return targetTerms.error();
        terminology.checkStatuses(*targetTerms, text, tag, *language, sink);
        if (sourceLanguage)
            terminology.checkMissing(sourceTerms, sourceText, unit.source.language, *targetTerms, tag, *language, sink);
        // Without a digit on either side there are only spelled-out numbers, which are never required: nothing to
        // compare, and most sentences are spared the scan.
        const bool sourceHasDigits = std::any_of(sourceFacts.begin(), sourceFacts.end(),
                                                 [](const text::NumericFact &fact) { return !fact.spelledOut; });
        if (sourceLanguage && numbersChecked() && (sourceHasDigits || containsDigit(text)))
            checkNumbers(sourceFacts, unit.source.language, sourceText, text, tag, *language, sink);
        checkTypography(sourceText, text, tag, *language, sink);
    }
    return consistency.check(unit.id(), {unit.source.language, sourceText, sourceSimplified, tag, text, simplified},
                             sink);
}

core::Result<QList<Finding>> Checker::Impl::check(const core::TranslationUnit &unit, qsizetype index,
                                                  const core::SourceLocation &where)
{
    QList<Finding> findings;
    const core::Variant *source = unit.variant(options.sourceLanguage);
    if (!source)
        return findings;
    const UnitUnderCheck underCheck{unit, *source, index, where};
    FindingSink sink(severities, underCheck, findings);
    const QList<const core::Variant *> targets = targetsOf(unit, *source, sink);

    const std::optional<core::LanguageTag> sourceLanguage = supportedLanguage(source->language);
    std::vector<glossary::TermSpan> sourceTerms;
    QList<text::NumericFact> sourceFacts;
    if (sourceLanguage) {
        auto found = terminology.occurrences(source->segment.text, *sourceLanguage);
        if (!found)
            return found.error();
        sourceTerms = std::move(*found);
        terminology.checkStatuses(sourceTerms, source->segment.text, source->language, *sourceLanguage, sink);
        const bool digits = containsDigit(source->segment.text) ||
                            std::any_of(targets.begin(), targets.end(), [](const core::Variant *target) {
                                return containsDigit(target->segment.text);
                            });
        if (numbersChecked() && digits)
            sourceFacts = text::extractNumericFacts(source->segment.text, *sourceLanguage);
    }
    const QString sourceSimplified = source->segment.text.simplified();
    for (const core::Variant *target : targets) {
        if (auto status =
                checkTarget(underCheck, *target, sourceSimplified, sourceTerms, sourceFacts, sourceLanguage, sink);
            !status)
            return status.error();
    }
    return findings;
}

QString unitIdOf(const core::TranslationUnit &unit, qsizetype index)
{
    return unit.id.isEmpty() ? QString::number(index) : unit.id;
}

core::Result<Checker> Checker::create(const glossary::Glossary &glossary, CheckOptions options)
{
    for (auto it = options.severities.begin(); it != options.severities.end(); ++it) {
        if (!findRule(it.key()))
            return core::makeError(core::ErrorCode::InvalidArgument, N_("Unknown rule “%1”."), {it.key()});
    }
    if (options.sourceLanguage.isEmpty())
        return core::makeError(core::ErrorCode::InvalidArgument, N_("The source language is not known."));
    return Checker(std::make_unique<Impl>(glossary, std::move(options)));
}

Checker::Checker(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Checker::~Checker() = default;
Checker::Checker(Checker &&) noexcept = default;
Checker &Checker::operator=(Checker &&) noexcept = default;

core::Result<QList<Finding>> Checker::check(const core::TranslationUnit &unit, qsizetype index,
                                            const core::SourceLocation &where)
{
    return m_impl->check(unit, index, where);
}

QStringList Checker::enabledRules() const
{
    QStringList ids;
    for (const RuleInfo &rule : allRules()) {
        if (m_impl->severities.enabled(rule.id))
            ids.append(rule.id.toString());
    }
    return ids;
}

} // namespace terjime::qa
