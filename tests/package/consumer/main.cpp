// SPDX-License-Identifier: GPL-3.0-or-later
// Uses the installed libtm through its public headers only.
#include "tm/core/language.h"
#include "tm/segment/document_segmenter.h"
#include "tm/text/normalizer.h"

#include <cstdio>

int main()
{
    const auto tag = terjime::core::LanguageTag::parse(QStringLiteral("ru_RU.UTF-8"));
    if (!tag || tag->code() != QLatin1String("ru")) {
        std::fprintf(stderr, "LanguageTag::parse(\"ru_RU.UTF-8\") did not give ru\n");
        return 1;
    }
    auto segmenter = terjime::segment::DocumentSegmenter::create(*tag);
    if (!segmenter) {
        std::fprintf(stderr, "%s\n", qPrintable(segmenter.error().describe()));
        return 1;
    }
    const auto text = terjime::text::NormalizedText::fromOriginal(
        QStringLiteral("Погода улучшилась. Рейсы возобновятся завтра.\n\nВторой абзац."));
    const auto segments = segmenter->segment(text.text());
    if (segments.size() != 3) {
        std::fprintf(stderr, "expected 3 segments, got %d\n", int(segments.size()));
        return 1;
    }
    std::printf("%d segments, last: %s\n", int(segments.size()), qPrintable(segments.back().text));
    return 0;
}
