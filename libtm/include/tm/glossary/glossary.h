// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace terjime::glossary {

// How a terminologist rates a term (TBX administrativeStatus). Deprecated means forbidden: a checker flags it.
enum class TermStatus { Preferred, Admitted, Deprecated, Superseded };

// TBX termType, reduced to the distinctions matching needs; every other TBX value ("shortForm", "phrase"…) is Other.
enum class TermType { FullForm, Acronym, Abbreviation, Other };

// One designation of a concept in one language. All text is NFC with runs of white space collapsed to one space
// (readers guarantee it; writers apply it again so that export is a fixed point).
struct Term {
    QString text;
    TermStatus status = TermStatus::Admitted;
    // The status string a reader found but could not map (status then stays Admitted). Kept so that lint can report
    // it and a writer can write it back unchanged; empty when the status was understood or absent.
    QString rawStatus;
    QString partOfSpeech; // as in the file ("noun", "verb"…); empty when not given
    TermType type = TermType::FullForm;
    // The file's termType value when it maps to Other ("synonym", "shortForm"…), so that a writer keeps it.
    QString rawType;
    // Matching options. Unset means the default: acronyms match case-sensitively, everything else ignores case.
    std::optional<bool> caseSensitive;
    bool exactOnly = false; // true: no morphological matching, only the form as written (after case handling)
    QStringList notes;

    bool isCaseSensitive() const { return caseSensitive.value_or(type == TermType::Acronym); }
    friend bool operator==(const Term &, const Term &) = default;
};

// A concept entry (TBX termEntry / conceptEntry): the terms of every language that designate one concept.
struct Concept {
    QString id;
    QString subjectField;
    QString definition;
    QStringList notes;
    // Language code (lower-case BCP 47, see normalizeLanguageCode) → terms in file order. Languages without terms
    // are not kept.
    QMap<QString, QList<Term>> terms;

    friend bool operator==(const Concept &, const Concept &) = default;
};

// A concept-oriented glossary, concepts in file order.
struct Glossary {
    QString sourceLanguage; // normalised code; may be empty when the file does not say
    QString title;
    QString description;
    QList<Concept> concepts;

    // Every language that has a term in some concept, sorted.
    QStringList languages() const;
    friend bool operator==(const Glossary &, const Glossary &) = default;
};

// "EN_us" → "en-us", " RU " → "ru": lower case, '_' as '-', surrounding space removed. Other tags pass through in
// lower case; no validation, since glossaries from other tools carry languages this workbench does not translate.
QString normalizeLanguageCode(const QString &code);

// TBX administrativeStatus / usageStatus values: "preferredTerm-admn-sts", "admittedTerm-admn-sts",
// "deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "standardizedTerm-admn-sts", "legalTerm-admn-sts",
// "regulatedTerm-admn-sts", the plain forms ("preferred", "admitted", "deprecated", "superseded", "legal",
// "standardized", "regulated") and TBX-Min's "notRecommended" and "obsolete"; case is ignored. nullopt when unknown.
std::optional<TermStatus> parseTermStatus(const QString &value);
// The TBX-Basic value: "preferredTerm-admn-sts" etc.
QString termStatusName(TermStatus status);

// TBX termType values ("fullForm", "acronym", "abbreviation"; anything else is Other), case ignored.
TermType parseTermType(const QString &value);
// "fullForm", "acronym", "abbreviation" or "other".
QString termTypeName(TermType type);

// A term with the given text and status and every other field at its default.
Term makeTerm(const QString &text, TermStatus status = TermStatus::Admitted);

// Collapses white space runs (including line breaks and tabs) to one space, trims, and normalises to NFC.
QString cleanText(const QString &text);

} // namespace terjime::glossary
