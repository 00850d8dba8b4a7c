// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminology_check.h"

#include "tm/qa/rules.h"

#include <algorithm>

namespace terjime::qa {

namespace {

using core::N_;
using glossary::TermStatus;

// Where a language's terms sit in TerminologyCheck::m_terms; glossaries keep Turkmen terms in Latin, which Cyrillic
// Turkmen text is matched against.
std::size_t languageSlot(core::LanguageTag language)
{
    switch (language.language()) {
    case core::Language::Turkmen:
    case core::Language::TurkmenCyrillic: return 0;
    case core::Language::Russian: return 1;
    case core::Language::English: return 2;
    }
    return 2;
}

QString surfaceOf(const QString &text, const glossary::TermSpan &span)
{
    return text.mid(span.start, span.end - span.start);
}

QString quotedList(const QStringList &terms)
{
    QStringList quoted;
    for (const QString &term : terms)
        quoted.append(QStringLiteral("“%1”").arg(term));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

TerminologyCheck::TerminologyCheck(const glossary::Glossary &glossary) : m_glossary(glossary)
{
    m_terms.resize(std::size_t(glossary.concepts.size()));
    for (qsizetype c = 0; c < glossary.concepts.size(); ++c) {
        for (const core::Language language :
             {core::Language::Turkmen, core::Language::Russian, core::Language::English}) {
            const core::LanguageTag tag(language);
            LanguageTerms &terms = m_terms[std::size_t(c)][languageSlot(tag)];
            const QList<glossary::Term> listed = glossary.concepts[c].terms.value(tag.code());
            for (const glossary::Term &term : listed) {
                if (term.status == TermStatus::Preferred)
                    terms.preferred.append(term.text);
                if (term.type == glossary::TermType::Acronym || term.type == glossary::TermType::Abbreviation)
                    terms.shortForms.append(term.text);
            }
            terms.allowed = terms.preferred;
            for (const glossary::Term &term : listed) {
                if (term.status == TermStatus::Admitted)
                    terms.allowed.append(term.text);
            }
        }
    }
}

const TerminologyCheck::LanguageTerms *TerminologyCheck::termsOf(qsizetype conceptIndex,
                                                                 core::LanguageTag language) const
{
    if (conceptIndex < 0 || std::size_t(conceptIndex) >= m_terms.size())
        return nullptr;
    return &m_terms[std::size_t(conceptIndex)][languageSlot(language)];
}

core::Result<std::vector<glossary::TermSpan>> TerminologyCheck::occurrences(const QString &text,
                                                                            core::LanguageTag language)
{
    if (isEmpty())
        return std::vector<glossary::TermSpan>{};
    std::unique_ptr<glossary::TermRecognizer> &recognizer = m_recognizers[language.language()];
    if (!recognizer) {
        auto created = glossary::TermRecognizer::create(m_glossary, language);
        if (!created)
            return created.error();
        recognizer = std::make_unique<glossary::TermRecognizer>(std::move(*created));
    }
    return recognizer->locate(text); // a copy: the recogniser reuses its list, and a source's spans must stay
}

void TerminologyCheck::checkStatuses(const std::vector<glossary::TermSpan> &found, const QString &text,
                                     const QString &tag, core::LanguageTag language, FindingSink &sink) const
{
    for (const glossary::TermSpan &occurrence : found) {
        if (occurrence.status == TermStatus::Preferred)
            continue; // most of them: nothing to say
        const Evidence evidence = makeEvidence(tag, text, occurrence.start, occurrence.end);
        const QString surface = surfaceOf(text, occurrence);
        const QString &conceptId = m_glossary.concepts[occurrence.conceptIndex].id;
        const LanguageTerms *terms = termsOf(occurrence.conceptIndex, language);
        const QStringList preferred = terms ? terms->preferred : QStringList{};
        const QStringList allowed = terms ? terms->allowed : QStringList{};
        switch (occurrence.status) {
        case TermStatus::Deprecated:
            if (allowed.isEmpty())
                sink.add(rule::kTermForbidden, tag, N_("“%1” is a forbidden term (concept %2)."), {surface, conceptId},
                         {evidence}, conceptId);
            else
                sink.add(rule::kTermForbidden, tag, N_("“%1” is a forbidden term (concept %2); use %3."),
                         {surface, conceptId, quotedList(allowed)}, {evidence}, conceptId);
            break;
        case TermStatus::Superseded:
            sink.add(rule::kTermSuperseded, tag, N_("“%1” is a superseded term (concept %2); use %3."),
                     {surface, conceptId, quotedList(allowed)}, {evidence}, conceptId);
            break;
        case TermStatus::Admitted:
            // An acronym after the full name is how releases are written, not a lesser choice of term.
            if (!preferred.isEmpty() && !(terms && terms->shortForms.contains(occurrence.term->text)))
                sink.add(rule::kTermAdmitted, tag, N_("“%1” is admitted, but the glossary prefers %2 (concept %3)."),
                         {surface, quotedList(preferred), conceptId}, {evidence}, conceptId);
            break;
        case TermStatus::Preferred: break;
        }
    }
}

void TerminologyCheck::checkMissing(const std::vector<glossary::TermSpan> &inSource, const QString &sourceText,
                                    const QString &sourceTag, const std::vector<glossary::TermSpan> &inTarget,
                                    const QString &targetTag, core::LanguageTag targetLanguage, FindingSink &sink) const
{
    // A target that renders a concept with a forbidden or superseded term has its own finding for it.
    // Sentences hold a few concepts: a scan of a short list beats hashing.
    std::vector<qsizetype> seen;
    for (const glossary::TermSpan &occurrence : inTarget)
        seen.push_back(occurrence.conceptIndex);
    for (const glossary::TermSpan &occurrence : inSource) {
        if (std::find(seen.begin(), seen.end(), occurrence.conceptIndex) != seen.end())
            continue; // rendered in the target (a forbidden rendering has its own finding), or reported already
        seen.push_back(occurrence.conceptIndex);
        const LanguageTerms *terms = termsOf(occurrence.conceptIndex, targetLanguage);
        if (!terms || terms->allowed.isEmpty())
            continue; // the glossary has no approved rendering to require
        const QString &conceptId = m_glossary.concepts[occurrence.conceptIndex].id;
        sink.add(rule::kTermMissing, targetTag, N_("“%1” (concept %2) is not translated with %3."),
                 {surfaceOf(sourceText, occurrence), conceptId, quotedList(terms->allowed)},
                 {makeEvidence(sourceTag, sourceText, occurrence.start, occurrence.end)}, conceptId);
    }
}

} // namespace terjime::qa
