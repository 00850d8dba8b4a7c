// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the first byte picks a language, the rest is a UTF-8 text, searched for the terms of a small
// glossary of our own by one long-lived recogniser per language (so that its spelling cache fills, grows and is
// emptied over a run, as in a long check). What locate() and find() return must hold their contract: spans ascending
// and non-overlapping, within the text, naming a concept and a term of that concept's language; find() the same
// occurrences with the text's own surface; and a second search of the same text (its spellings now cached) the same.
#include "fuzz_text_input.h"

#include "tm/core/language.h"
#include "tm/glossary/glossary.h"
#include "tm/glossary/term_recognizer.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

namespace {

using terjime::core::Language;
using terjime::core::LanguageTag;
using terjime::glossary::TermRecognizer;
using terjime::glossary::TermSpan;
using terjime::glossary::TermStatus;
using terjime::glossary::TermType;

[[noreturn]] void fail(const char *what, std::size_t index)
{
    std::fprintf(stderr, "fuzz_term_recognizer: occurrence %zu: %s\n", index, what);
    std::abort();
}

terjime::glossary::Term term(const char16_t *text, TermStatus status, TermType type = TermType::FullForm)
{
    terjime::glossary::Term made = terjime::glossary::makeTerm(QString::fromUtf16(text), status);
    made.type = type;
    return made;
}

// Multiword terms, acronyms (case-sensitive), a proper noun and a forbidden variant in each language.
terjime::glossary::Glossary sampleGlossary()
{
    terjime::glossary::Glossary glossary;
    terjime::glossary::Concept commission;
    commission.id = QStringLiteral("c1");
    commission.terms[QStringLiteral("en")] = {term(u"Interdepartmental Commission", TermStatus::Preferred),
                                              term(u"Interagency Commission", TermStatus::Deprecated)};
    commission.terms[QStringLiteral("ru")] = {term(u"Межведомственная комиссия", TermStatus::Preferred)};
    commission.terms[QStringLiteral("tk")] = {term(u"Pudagara komissiýa", TermStatus::Preferred)};
    terjime::glossary::Concept osce;
    osce.id = QStringLiteral("c2");
    osce.terms[QStringLiteral("en")] = {
        term(u"OSCE", TermStatus::Admitted, TermType::Acronym),
        term(u"Organization for Security and Co-operation in Europe", TermStatus::Preferred)};
    osce.terms[QStringLiteral("ru")] = {term(u"ОБСЕ", TermStatus::Admitted, TermType::Acronym)};
    osce.terms[QStringLiteral("tk")] = {term(u"ÝHHG", TermStatus::Admitted, TermType::Acronym)};
    terjime::glossary::Concept plan;
    plan.id = QStringLiteral("c3");
    plan.terms[QStringLiteral("en")] = {term(u"National Action Plan", TermStatus::Preferred)};
    plan.terms[QStringLiteral("ru")] = {term(u"Национальный план действий", TermStatus::Preferred)};
    plan.terms[QStringLiteral("tk")] = {term(u"Hereketleriň milli meýilnamasy", TermStatus::Preferred)};
    terjime::glossary::Concept parliament;
    parliament.id = QStringLiteral("c4");
    terjime::glossary::Term mejlis = term(u"Mejlis", TermStatus::Preferred);
    mejlis.caseSensitive = true;
    parliament.terms[QStringLiteral("en")] = {mejlis};
    parliament.terms[QStringLiteral("tk")] = {mejlis};
    parliament.terms[QStringLiteral("ru")] = {term(u"Меджлис", TermStatus::Preferred)};
    glossary.concepts = {commission, osce, plan, parliament};
    return glossary;
}

constexpr std::array<Language, 4> kLanguages{Language::Turkmen, Language::TurkmenCyrillic, Language::Russian,
                                             Language::English};

// One recogniser per language, built once and kept: its caches carry over from input to input.
TermRecognizer &recognizerFor(std::size_t which)
{
    static const terjime::glossary::Glossary glossary = sampleGlossary();
    static std::array<std::unique_ptr<TermRecognizer>, kLanguages.size()> recognizers;
    if (!recognizers[which]) {
        auto created = TermRecognizer::create(glossary, LanguageTag(kLanguages[which]));
        if (!created)
            fail("the glossary does not index", 0);
        recognizers[which] = std::make_unique<TermRecognizer>(std::move(*created));
    }
    return *recognizers[which];
}

void checkSpans(TermRecognizer &recognizer, QStringView text, const std::vector<TermSpan> &spans, Language language)
{
    const QString code = language == Language::TurkmenCyrillic ? QStringLiteral("tk") : LanguageTag(language).code();
    qsizetype previousEnd = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const TermSpan &span = spans[i];
        if (span.start < previousEnd || span.start >= span.end || span.end > text.size())
            fail("span outside the text, empty, or overlapping the one before", i);
        const auto &concepts = recognizer.glossary().concepts;
        if (span.conceptIndex < 0 || span.conceptIndex >= concepts.size())
            fail("no such concept", i);
        const QList<terjime::glossary::Term> terms = concepts[span.conceptIndex].terms.value(code);
        if (span.termIndex < 0 || span.termIndex >= terms.size() || !span.term ||
            span.term->text != terms[span.termIndex].text || span.status != span.term->status)
            fail("the span's term is not that concept's term in this language", i);
        previousEnd = span.end;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto normalized = terjime::fuzz::textAfterSelector(data, size);
    if (!normalized)
        return 0;
    const QString &text = normalized->text();
    const std::size_t which = data[0] % kLanguages.size();
    TermRecognizer &recognizer = recognizerFor(which);

    const std::vector<TermSpan> first = recognizer.locate(text); // a copy: the next call reuses the list
    checkSpans(recognizer, text, first, kLanguages[which]);
    const QList<terjime::glossary::Occurrence> occurrences = recognizer.find(text);
    if (qsizetype(first.size()) != occurrences.size())
        fail("find() and locate() disagree on the number of occurrences", first.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        const TermSpan &span = first[i];
        const terjime::glossary::Occurrence &occurrence = occurrences[qsizetype(i)];
        if (occurrence.start != span.start || occurrence.end != span.end ||
            occurrence.conceptIndex != span.conceptIndex || occurrence.status != span.status ||
            occurrence.tier != span.tier || occurrence.term != span.term->text ||
            occurrence.surface != text.sliced(span.start, span.end - span.start))
            fail("find() and locate() disagree", i);
    }
    const std::vector<TermSpan> &again = recognizer.locate(text);
    if (again.size() != first.size())
        fail("a second search of the same text differs", again.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        if (again[i].start != first[i].start || again[i].end != first[i].end || again[i].term != first[i].term)
            fail("a second search of the same text differs", i);
    }
    return 0;
}
