// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/core/language.h"
#include "tm/core/result.h"
#include "tm/segment/srx_document.h"
#include "tm/segment/srx_segmenter.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace terjime::text {
class NormalizedText;
}

namespace terjime::segment {

// A sentence of a document. Offsets are UTF-16 code units into the text given to DocumentSegmenter::segment.
struct Segment {
    int paragraph = 0; // 0-based paragraph index
    int index = 0;     // 0-based index of the segment in the document
    TextRange range;
    QString text; // the range's text, with each line break (and the white space around it) turned into one space
};

// The rules Terjime ships for tk, ru and en, as an SRX 2.0 file (libtm/segment/rules/terjime.srx).
QByteArray builtinRulesXml();
SrxDocument builtinRules();

// Splits a plain-text document into paragraphs (see splitParagraphs) and each paragraph into sentences. Not
// thread-safe; create one per thread.
class DocumentSegmenter {
public:
    // With the built-in rules.
    static core::Result<DocumentSegmenter> create(core::LanguageTag language);
    static core::Result<DocumentSegmenter> create(core::LanguageTag language, const SrxDocument &rules,
                                                  const QString &rulesFileName);

    // Receives each segment in document order.
    using SegmentSink = std::function<void(const Segment &)>;

    // `text` should be NFC (see text::NormalizedText).
    QList<Segment> segment(QStringView text);
    void segment(QStringView text, const SegmentSink &sink);
    // Normalises `input` (text as the user gave it) to NFC, segments it, and maps each range back to `input`, so
    // that offsets point into what the user has; segment texts are NFC.
    QList<Segment> segmentInput(const QString &input);
    // The same segments, handed over one at a time instead of held together: for large documents.
    void segmentInput(const QString &input, const SegmentSink &sink);

private:
    explicit DocumentSegmenter(SrxSegmenter segmenter) : m_segmenter(std::move(segmenter)) {}
    // Segments `text`; with a mapping, ranges are mapped back to the text it was normalised from.
    void segment(QStringView text, const text::NormalizedText *mapping, const SegmentSink &sink);
    SrxSegmenter m_segmenter;
};

} // namespace terjime::segment
