// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/glossary/glossary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace terjime::glossary {

// One problem `lint` found. The message is an untranslated format marked with core::N_ plus its arguments, like
// core::Error, so that a front end shows it in the user's language.
struct LintIssue {
    enum class Kind {
        DuplicateTerm,     // the same term text twice in one concept and language
        MissingLanguage,   // a concept has no term in a language the glossary uses elsewhere
        TwoPreferredTerms, // more than one preferred term in one language of a concept
        TermInTwoConcepts, // one term (compared folded, text::foldForMatching) under two concepts, same language
        InvalidStatus,     // a status string the reader could not map (Term::rawStatus)
        EmptyTerm,         // a term whose text is empty
    };
    Kind kind = Kind::DuplicateTerm;
    QString conceptId;
    QString language; // empty when the issue is not about one language
    QString term;     // empty when the issue is not about one term
    const char *format = "";
    QStringList arguments;

    // The message in English, arguments in place.
    QString message() const;
};

// Checks a glossary for the problems listed in LintIssue::Kind. The languages a concept must have are all the
// languages used anywhere in the glossary (Glossary::languages()). Issues come in concept order; within a concept,
// in language order. An empty list means the glossary is clean.
QList<LintIssue> lint(const Glossary &glossary);

} // namespace terjime::glossary
