// SPDX-License-Identifier: GPL-3.0-or-later
// Terminology against a glossary (rules term-missing, term-forbidden, term-superseded, term-admitted).
#pragma once

#include "finding_sink.h"

#include "tm/core/language.h"
#include "tm/core/result.h"
#include "tm/glossary/glossary.h"
#include "tm/glossary/term_recognizer.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <map>
#include <memory>
#include <vector>

namespace terjime::qa {

// One recognizer per language, created when a language is first met, and what each concept allows per language.
class TerminologyCheck {
public:
    explicit TerminologyCheck(const glossary::Glossary &glossary);

    // The concepts the source variant holds; then, for each target, checkTarget() compares with them.
    // `tag` is the variant's tag as written; `language` its parsed form.
    // The occurrences are spans (no strings are copied for the many that raise no finding); TermSpan::conceptIndex
    // is a position in the glossary given to the constructor.
    core::Result<std::vector<glossary::TermSpan>> occurrences(const QString &text, core::LanguageTag language);

    // Forbidden, superseded and admitted-where-preferred terms of one variant (source or target).
    void checkStatuses(const std::vector<glossary::TermSpan> &found, const QString &text, const QString &tag,
                       core::LanguageTag language, FindingSink &sink) const;
    // term-missing: concepts of the source that the target does not render with an allowed term.
    void checkMissing(const std::vector<glossary::TermSpan> &inSource, const QString &sourceText,
                      const QString &sourceTag, const std::vector<glossary::TermSpan> &inTarget,
                      const QString &targetTag, core::LanguageTag targetLanguage, FindingSink &sink) const;

    bool isEmpty() const { return m_glossary.concepts.isEmpty(); }

private:
    // What a concept offers in one language (the glossary's code: "tk", "ru", "en").
    struct LanguageTerms {
        QStringList preferred;
        QStringList allowed;    // preferred first, then admitted
        QStringList shortForms; // acronyms and abbreviations: a legitimate alternative to a full preferred form
    };
    const LanguageTerms *termsOf(qsizetype conceptIndex, core::LanguageTag language) const;

    const glossary::Glossary &m_glossary;
    // Per concept (in glossary order), the terms in Turkmen, Russian and English (see languageSlot()).
    std::vector<std::array<LanguageTerms, 3>> m_terms;
    std::map<core::Language, std::unique_ptr<glossary::TermRecognizer>> m_recognizers;
};

} // namespace terjime::qa
