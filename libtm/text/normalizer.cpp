// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/text/normalizer.h"

#include "plain_nfc.h"
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

} // namespace

NormalizedText NormalizedText::fromOriginal(const QString &original)
{
    NormalizedText result;
    const icu::Normalizer2 &normalizer = nfc();
    const icu::UnicodeString view = icuView(original);
    const qsizetype size = original.size();
    const auto *units = reinterpret_cast<const char16_t *>(original.utf16());
    qsizetype plain = 0;
    while (plain < size && isPlainNfc(units[plain]))
        ++plain;
    if (plain == size) {
        result.m_text = original;
        return result;
    }
    // ICU takes over one character back, so that it sees what the first other character might combine with.
    const qsizetype resume = std::max<qsizetype>(plain - 1, 0);
    UErrorCode status = U_ZERO_ERROR;
    qsizetype position = resume + normalizer.spanQuickCheckYes(view.tempSubString(int32_t(resume)), status);
    if (U_FAILURE(status) || position == size) {
        result.m_text = original; // the usual case: shared, not copied
        return result;
    }
    // Copy the runs that are already NFC and normalise only the chunks between normalisation boundaries around
    // the characters that are not, recording where each rewritten chunk starts on both sides.
    result.m_text.reserve(size);
    qsizetype copied = 0;
    while (position < size) {
        qsizetype chunkStart = position;
        while (chunkStart > copied && !normalizer.hasBoundaryBefore(original.at(chunkStart).unicode()))
            --chunkStart;
        qsizetype chunkEnd = position + 1;
        while (chunkEnd < size && !normalizer.hasBoundaryBefore(original.at(chunkEnd).unicode()))
            ++chunkEnd;
        result.m_text.append(QStringView(original).sliced(copied, chunkStart - copied));
        const QStringView chunk = QStringView(original).sliced(chunkStart, chunkEnd - chunkStart);
        status = U_ZERO_ERROR;
        const icu::UnicodeString normalized = normalizer.normalize(icuView(chunk), status);
        const QString piece = U_SUCCESS(status) ? fromIcu(normalized) : chunk.toString();
        if (piece != chunk) {
            // Inside a rewritten chunk offsets collapse to its start; after it they run in step again.
            result.m_anchors.append({result.m_text.size(), chunkStart, false});
            result.m_anchors.append({result.m_text.size() + piece.size(), chunkEnd, true});
        }
        result.m_text += piece;
        copied = chunkEnd;
        status = U_ZERO_ERROR;
        const icu::UnicodeString rest = view.tempSubString(int32_t(chunkEnd));
        position = chunkEnd + normalizer.spanQuickCheckYes(rest, status);
        if (U_FAILURE(status))
            position = size;
    }
    result.m_text.append(QStringView(original).sliced(copied));
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

} // namespace terjime::text
