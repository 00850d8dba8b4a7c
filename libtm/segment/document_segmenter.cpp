// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/segment/document_segmenter.h"

#include "builtin_rules_data.h"
#include "tm/segment/paragraphs.h"
#include "tm/segment/srx_io.h"
#include "tm/text/normalizer.h"

namespace terjime::segment {
namespace {

QString joinLines(QStringView text)
{
    if (!text.contains(u'\n'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text[i].isSpace()) {
            out += text[i++];
            continue;
        }
        qsizetype j = i;
        bool lineBreak = false;
        while (j < text.size() && text[j].isSpace())
            lineBreak |= text[j++] == u'\n';
        out += lineBreak ? QString(QLatin1Char(' ')) : text.sliced(i, j - i).toString();
        i = j;
    }
    return out;
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
    const QList<TextRange> paragraphs = splitParagraphs(text);
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const TextRange paragraph = paragraphs[p];
        const QStringView paragraphText = text.sliced(paragraph.start, paragraph.end - paragraph.start);
        for (const TextRange &range : m_segmenter.segments(paragraphText)) {
            const TextRange absolute{paragraph.start + range.start, paragraph.start + range.end};
            result.append({int(p), int(result.size()), absolute,
                           joinLines(text.sliced(absolute.start, absolute.end - absolute.start))});
        }
    }
    return result;
}

QList<Segment> DocumentSegmenter::segmentInput(const QString &input)
{
    const auto normalized = text::NormalizedText::fromOriginal(input);
    QList<Segment> segments = segment(normalized.text());
    for (Segment &s : segments)
        s.range = {normalized.toOriginal(s.range.start), normalized.toOriginal(s.range.end)};
    return segments;
}

} // namespace terjime::segment
