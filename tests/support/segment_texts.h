// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: the texts of the segments an SrxSegmenter finds.
#pragma once

#include "tm/segment/srx_segmenter.h"

#include <QString>
#include <QStringList>

inline QStringList segmentTexts(terjime::segment::SrxSegmenter &segmenter, const QString &text)
{
    QStringList out;
    for (const terjime::segment::TextRange &r : segmenter.segments(text))
        out << text.mid(r.start, r.end - r.start);
    return out;
}
