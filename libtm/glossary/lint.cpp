// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/glossary/lint.h"

#include "tm/core/error.h"
#include "tm/text/folding.h"

#include <QHash>
#include <QSet>

namespace terjime::glossary {
namespace {

using Kind = LintIssue::Kind;

LintIssue issue(Kind kind, const Concept &entry, const QString &language, const QString &term, const char *format,
                QStringList arguments)
{
    return LintIssue{kind, entry.id, language, term, format, std::move(arguments)};
}

// Problems inside one language of one concept: empty, duplicated and unmappable terms, more than one preferred.
void lintLanguage(const Concept &entry, const QString &language, const QList<Term> &terms, QList<LintIssue> &out)
{
    QSet<QString> seen;
    int preferred = 0;
    for (const Term &term : terms) {
        if (term.text.trimmed().isEmpty()) {
            out.append(issue(Kind::EmptyTerm, entry, language, term.text,
                             core::N_("concept %1, language %2: a term is empty"), {entry.id, language}));
            continue;
        }
        if (seen.contains(term.text)) {
            out.append(issue(Kind::DuplicateTerm, entry, language, term.text,
                             core::N_("concept %1, language %2: the term \"%3\" appears twice"),
                             {entry.id, language, term.text}));
        }
        seen.insert(term.text);
        if (!term.rawStatus.isEmpty()) {
            out.append(issue(Kind::InvalidStatus, entry, language, term.text,
                             core::N_("concept %1, language %2: the term \"%3\" has an unknown status \"%4\""),
                             {entry.id, language, term.text, term.rawStatus}));
        }
        if (term.status == TermStatus::Preferred)
            ++preferred;
    }
    if (preferred > 1) {
        out.append(issue(Kind::TwoPreferredTerms, entry, language, {},
                         core::N_("concept %1, language %2: %3 terms are marked preferred; one is expected"),
                         {entry.id, language, QString::number(preferred)}));
    }
}

} // namespace

QString LintIssue::message() const
{
    return core::makeError(core::ErrorCode::InvalidArgument, format, arguments).message();
}

QList<LintIssue> lint(const Glossary &glossary)
{
    QList<LintIssue> out;
    const QStringList languages = glossary.languages();
    // Folded term per language → the first concept it was seen under. Keyed by language first because the same
    // spelling in two languages (an acronym such as OSCE) is not a conflict.
    QHash<QString, QHash<QString, QString>> owners;
    for (const Concept &entry : glossary.concepts) {
        for (const QString &language : languages) {
            if (!entry.terms.contains(language) || entry.terms.value(language).isEmpty()) {
                out.append(issue(Kind::MissingLanguage, entry, language, {}, core::N_("concept %1 has no term in %2"),
                                 {entry.id, language}));
            }
        }
        for (auto it = entry.terms.cbegin(); it != entry.terms.cend(); ++it) {
            lintLanguage(entry, it.key(), it.value(), out);
            QSet<QString> reported;
            for (const Term &term : it.value()) {
                const QString folded = text::foldForMatching(term.text);
                if (folded.trimmed().isEmpty())
                    continue;
                QHash<QString, QString> &byTerm = owners[it.key()];
                const auto owner = byTerm.constFind(folded);
                if (owner == byTerm.cend()) {
                    byTerm.insert(folded, entry.id);
                } else if (owner.value() != entry.id && !reported.contains(folded)) {
                    reported.insert(folded);
                    out.append(issue(Kind::TermInTwoConcepts, entry, it.key(), term.text,
                                     core::N_("language %1: the term \"%2\" is in concept %3 and in concept %4"),
                                     {it.key(), term.text, owner.value(), entry.id}));
                }
            }
        }
    }
    return out;
}

} // namespace terjime::glossary
