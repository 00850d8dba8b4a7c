// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/segment/document_segmenter.h"

#include "builtin_rules_data.h"
#include "tm/segment/paragraphs.h"
#include "tm/segment/srx_io.h"
#include "tm/text/normalizer.h"
#include "tm/text/white_space.h"

#include <algorithm>

namespace terjime::segment {
namespace {

// Writes `text` into `out` with each run of white space that holds a line break turned into one space. `out` keeps
// its capacity from one segment to the next.
void joinLines(QStringView text, QString &out)
{
    out.resize(text.size());
    char16_t *to = reinterpret_cast<char16_t *>(out.data());
    const char16_t *from = text.utf16();
    const qsizetype size = text.size();
    // Most segments hold no line break: up to the white space before the first one, the text is copied as it is.
    qsizetype written = text.indexOf(u'\n');
    if (written < 0)
        written = size;
    while (written > 0 && text::isSpace(from[written - 1]))
        --written;
    std::copy(from, from + written, to);
    for (qsizetype i = written; i < size;) {
        if (!text::isSpace(from[i])) {
            to[written++] = from[i++];
            continue;
        }
        qsizetype j = i;
        bool lineBreak = false;
        for (; j < size && text::isSpace(from[j]); ++j)
            lineBreak |= from[j] == u'\n';
        if (lineBreak) {
            to[written++] = u' ';
        } else {
            std::copy(from + i, from + j, to + written);
            written += j - i;
        }
        i = j;
    }
    out.truncate(written);
}

} // namespace

QByteArray builtinRulesXml()
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(kBuiltinRulesSrx), sizeof(kBuiltinRulesSrx));
}

SrxDocument builtinRules()
{
    auto document = readSrx(builtinRulesXml(), QStringLiteral("terjime.srx"));
    Q_ASSERT(document.ok()); // the file is ours and tested; a broken one fails every segmentation test
    return document.ok() ? *document : SrxDocument{};
}

core::Result<DocumentSegmenter> DocumentSegmenter::create(core::LanguageTag language)
{
    return create(language, builtinRules(), QStringLiteral("terjime.srx"));
}

core::Result<DocumentSegmenter> DocumentSegmenter::create(core::LanguageTag language, const SrxDocument &rules,
                                                          const QString &rulesFileName)
{
    auto segmenter = SrxSegmenter::create(rules, language.code(), rulesFileName);
    if (!segmenter)
        return segmenter.error();
    return DocumentSegmenter(std::move(*segmenter));
}

QList<Segment> DocumentSegmenter::segment(QStringView text)
{
    QList<Segment> result;
    segment(text, [&result](const Segment &s) { result.append(s); });
    return result;
}

void DocumentSegmenter::segment(QStringView text, const SegmentSink &sink)
{
    segment(text, nullptr, sink);
}

void DocumentSegmenter::segment(QStringView text, const text::NormalizedText *mapping, const SegmentSink &sink)
{
    const QList<TextRange> paragraphs = splitParagraphs(text);
    int index = 0;
    Segment segment;
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const TextRange paragraph = paragraphs[p];
        const QStringView paragraphText = text.sliced(paragraph.start, paragraph.end - paragraph.start);
        for (const TextRange &range : m_segmenter.segments(paragraphText)) {
            segment.paragraph = int(p);
            segment.index = index++;
            const qsizetype start = paragraph.start + range.start;
            const qsizetype end = paragraph.start + range.end;
            joinLines(text.sliced(start, end - start), segment.text);
            segment.range =
                mapping ? TextRange{mapping->toOriginal(start), mapping->toOriginal(end)} : TextRange{start, end};
            sink(segment);
        }
    }
}

QList<Segment> DocumentSegmenter::segmentInput(const QString &input)
{
    QList<Segment> result;
    segmentInput(input, [&result](const Segment &s) { result.append(s); });
    return result;
}

void DocumentSegmenter::segmentInput(const QString &input, const SegmentSink &sink)
{
    const auto normalized = text::NormalizedText::fromOriginal(input);
    segment(normalized.text(), &normalized, sink);
}

} // namespace terjime::segment
