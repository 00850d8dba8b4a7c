// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the first byte picks a language, the rest is a UTF-8 document. Whatever DocumentSegmenter
// returns must hold its contract: segments ascending and non-overlapping, within the text, non-empty, trimmed,
// numbered in order, with paragraph indices that never decrease.
#include "fuzz_text_input.h"

#include "tm/core/language.h"
#include "tm/segment/document_segmenter.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

using terjime::core::Language;
using terjime::core::LanguageTag;
using terjime::segment::DocumentSegmenter;

[[noreturn]] void fail(const char *what, qsizetype index)
{
    std::fprintf(stderr, "fuzz_segmenter: segment %lld: %s\n", static_cast<long long>(index), what);
    std::abort();
}

// One segmenter per language, built once: compiling the rules costs far more than one input.
DocumentSegmenter &segmenterFor(std::uint8_t selector)
{
    static const std::array<Language, 4> languages{Language::Turkmen, Language::TurkmenCyrillic, Language::Russian,
                                                   Language::English};
    static std::array<std::unique_ptr<DocumentSegmenter>, 4> segmenters;
    const std::size_t which = selector % languages.size();
    if (!segmenters[which]) {
        auto created = DocumentSegmenter::create(LanguageTag(languages[which]));
        if (!created)
            fail("the built-in rules do not compile", -1);
        segmenters[which] = std::make_unique<DocumentSegmenter>(std::move(*created));
    }
    return *segmenters[which];
}

void checkInvariants(QStringView text, const QList<terjime::segment::Segment> &segments)
{
    qsizetype previousEnd = 0;
    int previousParagraph = 0;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const terjime::segment::Segment &segment = segments[i];
        const qsizetype start = segment.range.start;
        const qsizetype end = segment.range.end;
        if (start < 0 || end > text.size())
            fail("range outside the text", i);
        if (start >= end)
            fail("empty range", i);
        if (start < previousEnd)
            fail("range overlaps or precedes the previous one", i);
        if (text[start].isSpace() || text[end - 1].isSpace())
            fail("range not trimmed", i);
        if (segment.index != i)
            fail("index out of sequence", i);
        if (segment.paragraph < previousParagraph)
            fail("paragraph index decreases", i);
        if (segment.text.isEmpty() || segment.text.front().isSpace() || segment.text.back().isSpace())
            fail("text empty or not trimmed", i);
        previousEnd = end;
        previousParagraph = segment.paragraph;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto normalized = terjime::fuzz::textAfterSelector(data, size);
    if (!normalized)
        return 0;
    const QString &text = normalized->text();
    checkInvariants(text, segmenterFor(data[0]).segment(text));
    return 0;
}
