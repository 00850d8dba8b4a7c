// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/core/language.h"
#include "tm/core/result.h"
#include "tm/glossary/glossary.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

namespace terjime::glossary {

// One occurrence of a glossary concept in a text. Offsets are UTF-16 code units into the text given to find().
struct Occurrence {
    enum class Tier { Exact, Morphological };

    qsizetype start = 0;
    qsizetype end = 0;
    QString surface; // the text as it stands, e.g. "Межведомственной комиссии", "ÝHHG-niň"
    QString conceptId;
    qsizetype conceptIndex = 0; // the concept's position in Glossary::concepts
    QString term;               // the glossary term it is a form of
    TermStatus status = TermStatus::Admitted;
    Tier tier = Tier::Exact;
};

// One occurrence as locate() reports it, without copying strings: a span of the text and the concept and term it is
// an occurrence of. The surface form is the text at [start, end).
struct TermSpan {
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype conceptIndex = 0; // in Glossary::concepts
    qsizetype termIndex = 0;    // in that concept's terms of the recogniser's language
    const Term *term = nullptr; // that term, in the recogniser's copy of the glossary: valid while it lives
    TermStatus status = TermStatus::Admitted;
    Occurrence::Tier tier = Occurrence::Tier::Exact;
};

// Finds every occurrence of every concept of a glossary in texts of one language, in any inflected form and letter
// case:
//  - a word matches a term word exactly (after case folding, or as written for case-sensitive terms such as
//    acronyms), or, unless the term is exact-only, morphologically: the same Snowball stem in Russian and English
//    (acronyms are never stemmed), the same stem by the Turkmen suffix-aware stemmer in Turkmen, which also reads
//    hyphenated suffixes after acronyms and numbers ("ÝHHG-niň", "BMG-niň"); an English possessive ("IOM's") is
//    the word itself; in English only inflections count (plural), not derivations that share a stem
//    ("prosecution" is not "prosecuted"); Russian stems may differ by a fleeting vowel (посол/посла);
//  - an acronym matches as written plus a possessive or plural (en), a hyphenated suffix (tk) or a lower-case case
//    ending (ru: "МИДа"); a case-sensitive proper noun ("Mejlis") needs its capital, then inflects as usual, and
//    is not taken as the first word of the text (a sentence), where every word has a capital;
//  - a multiword term matches adjacent words only: white space or one hyphen between them, nothing else;
//  - where matches overlap, the longest (in words) wins, then the earlier;
//  - words are whole tokens, so an acronym inside a longer word, a URL or an e-mail address never matches;
//  - Turkmen text in Cyrillic (tk-Cyrl) is transliterated to Latin before it is compared.
// No fuzzy tier. Not thread-safe (the stemmers keep state): one recognizer per thread.
class TermRecognizer {
public:
    static core::Result<TermRecognizer> create(const Glossary &glossary, core::LanguageTag language);
    ~TermRecognizer();
    TermRecognizer(TermRecognizer &&) noexcept;
    TermRecognizer &operator=(TermRecognizer &&) noexcept;

    // The occurrences in `text` (NFC), in text order, none overlapping.
    QList<Occurrence> find(QStringView text);
    // The same occurrences as spans, for callers that look at most of them only briefly (a check, the aligner): no
    // string is copied. The list belongs to the recogniser and holds until its next call.
    const std::vector<TermSpan> &locate(QStringView text);
    // The glossary the recogniser searches for (its own copy): TermSpan::conceptIndex is a position in it.
    const Glossary &glossary() const;
    // The same for text as the user gave it: normalised to NFC first, offsets mapped back into `input`.
    QList<Occurrence> findInInput(const QString &input);

private:
    struct Impl;
    explicit TermRecognizer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace terjime::glossary
