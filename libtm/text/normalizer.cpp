// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/text/normalizer.h"

#include "tm/text/icu_view.h"

#include <unicode/normalizer2.h>

#include <algorithm>

namespace terjime::text {
namespace {

const icu::Normalizer2 &nfc()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *normalizer = icu::Normalizer2::getNFCInstance(status);
    Q_ASSERT(U_SUCCESS(status) && normalizer);
    return *normalizer;
}

}  // namespace

NormalizedText NormalizedText::fromOriginal(const QString &original)
{
    NormalizedText result;
    const icu::Normalizer2 &normalizer = nfc();
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString view = icuView(original);
    const int32_t prefix = normalizer.spanQuickCheckYes(view, status);
    if (U_FAILURE(status) || prefix == view.length()) {
        result.m_text = original;
        return result;
    }
    // Normalise chunk by chunk between normalisation boundaries, recording where each chunk starts on both sides.
    result.m_text = original.left(prefix);
    qsizetype chunkStart = prefix;
    while (chunkStart > 0 && !normalizer.hasBoundaryBefore(original.at(chunkStart).unicode()))
        --chunkStart;
    result.m_text.truncate(chunkStart);
    const qsizetype size = original.size();
    while (chunkStart < size) {
        qsizetype chunkEnd = chunkStart + 1;
        while (chunkEnd < size && !normalizer.hasBoundaryBefore(original.at(chunkEnd).unicode()))
            ++chunkEnd;
        const QString chunk = original.mid(chunkStart, chunkEnd - chunkStart);
        status = U_ZERO_ERROR;
        const icu::UnicodeString normalized = normalizer.normalize(icuView(chunk), status);
        const QString piece = U_SUCCESS(status) ? fromIcu(normalized) : chunk;
        if (piece != chunk) {
            // Inside a rewritten chunk offsets collapse to its start; after it they run in step again.
            result.m_anchors.append({result.m_text.size(), chunkStart, false});
            result.m_anchors.append({result.m_text.size() + piece.size(), chunkEnd, true});
        }
        result.m_text += piece;
        chunkStart = chunkEnd;
    }
    return result;
}

qsizetype NormalizedText::toOriginal(qsizetype offset) const
{
    if (m_anchors.isEmpty() || offset < m_anchors.front().normalized)
        return offset;
    auto after = std::upper_bound(m_anchors.begin(), m_anchors.end(), offset,
                                  [](qsizetype value, const Anchor &a) { return value < a.normalized; });
    const Anchor &at = *(after - 1);
    return at.linearFromHere ? at.original + (offset - at.normalized) : at.original;
}

QString toNfc(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString normalized = nfc().normalize(icuView(text), status);
    return U_SUCCESS(status) ? fromIcu(normalized) : text;
}

}  // namespace terjime::text
