// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminology_check.h"

#include "tm/qa/rules.h"

#include <QSet>

namespace terjime::qa {

namespace {

using core::N_;
using glossary::TermStatus;

QString glossaryCode(core::LanguageTag language)
{
    return language.isTurkmen() ? QStringLiteral("tk") : language.code();
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
    for (const glossary::Concept &entry : glossary.concepts) {
        QHash<QString, LanguageTerms> &languages = m_terms[entry.id];
        for (auto it = entry.terms.begin(); it != entry.terms.end(); ++it) {
            LanguageTerms &terms = languages[it.key()];
            for (const glossary::Term &term : it.value()) {
                if (term.status == TermStatus::Preferred)
                    terms.preferred.append(term.text);
                if (term.type == glossary::TermType::Acronym || term.type == glossary::TermType::Abbreviation)
                    terms.shortForms.append(term.text);
            }
            terms.allowed = terms.preferred;
            for (const glossary::Term &term : it.value()) {
                if (term.status == TermStatus::Admitted)
                    terms.allowed.append(term.text);
            }
        }
    }
}

const TerminologyCheck::LanguageTerms *TerminologyCheck::termsOf(const QString &conceptId,
                                                                 core::LanguageTag language) const
{
    const auto entry = m_terms.constFind(conceptId);
    if (entry == m_terms.constEnd())
        return nullptr;
    const auto terms = entry->constFind(glossaryCode(language));
    return terms == entry->constEnd() ? nullptr : &terms.value();
}

core::Result<QList<glossary::Occurrence>> TerminologyCheck::occurrences(const QString &text, core::LanguageTag language)
{
    if (isEmpty())
        return QList<glossary::Occurrence>{};
    std::unique_ptr<glossary::TermRecognizer> &recognizer = m_recognizers[language.language()];
    if (!recognizer) {
        auto created = glossary::TermRecognizer::create(m_glossary, language);
        if (!created)
            return created.error();
        recognizer = std::make_unique<glossary::TermRecognizer>(std::move(*created));
    }
    return recognizer->find(text);
}

void TerminologyCheck::checkStatuses(const QList<glossary::Occurrence> &found, const QString &text, const QString &tag,
                                     core::LanguageTag language, FindingSink &sink) const
{
    for (const glossary::Occurrence &occurrence : found) {
        const Evidence evidence = makeEvidence(tag, text, occurrence.start, occurrence.end);
        const LanguageTerms *terms = termsOf(occurrence.conceptId, language);
        const QStringList preferred = terms ? terms->preferred : QStringList{};
        const QStringList allowed = terms ? terms->allowed : QStringList{};
        switch (occurrence.status) {
        case TermStatus::Deprecated:
            if (allowed.isEmpty())
                sink.add(rule::kTermForbidden, tag, N_("“%1” is a forbidden term (concept %2)."),
                         {occurrence.surface, occurrence.conceptId}, {evidence}, occurrence.conceptId);
            else
                sink.add(rule::kTermForbidden, tag, N_("“%1” is a forbidden term (concept %2); use %3."),
                         {occurrence.surface, occurrence.conceptId, quotedList(allowed)}, {evidence},
                         occurrence.conceptId);
            break;
        case TermStatus::Superseded:
            sink.add(rule::kTermSuperseded, tag, N_("“%1” is a superseded term (concept %2); use %3."),
                     {occurrence.surface, occurrence.conceptId, quotedList(allowed)}, {evidence}, occurrence.conceptId);
            break;
        case TermStatus::Admitted:
            // An acronym after the full name is how releases are written, not a lesser choice of term.
            if (!preferred.isEmpty() && !(terms && terms->shortForms.contains(occurrence.term)))
                sink.add(rule::kTermAdmitted, tag, N_("“%1” is admitted, but the glossary prefers %2 (concept %3)."),
                         {occurrence.surface, quotedList(preferred), occurrence.conceptId}, {evidence},
                         occurrence.conceptId);
            break;
        case TermStatus::Preferred: break;
        }
    }
}

void TerminologyCheck::checkMissing(const QList<glossary::Occurrence> &inSource, const QString &sourceText,
                                    const QString &sourceTag, const QList<glossary::Occurrence> &inTarget,
                                    const QString &targetTag, core::LanguageTag targetLanguage, FindingSink &sink) const
{
    // A target that renders a concept with a forbidden or superseded term has its own finding for it.
    QSet<QString> rendered;
    for (const glossary::Occurrence &occurrence : inTarget)
        rendered.insert(occurrence.conceptId);
    QSet<QString> reported;
    for (const glossary::Occurrence &occurrence : inSource) {
        if (rendered.contains(occurrence.conceptId) || reported.contains(occurrence.conceptId))
            continue;
        const LanguageTerms *terms = termsOf(occurrence.conceptId, targetLanguage);
        if (!terms || terms->allowed.isEmpty())
            continue; // the glossary has no approved rendering to require
        reported.insert(occurrence.conceptId);
        sink.add(rule::kTermMissing, targetTag, N_("“%1” (concept %2) is not translated with %3."),
                 {occurrence.surface, occurrence.conceptId, quotedList(terms->allowed)},
                 {makeEvidence(sourceTag, sourceText, occurrence.start, occurrence.end)}, occurrence.conceptId);
    }
}

} // namespace terjime::qa
