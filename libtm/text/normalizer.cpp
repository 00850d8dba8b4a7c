// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/text/normalizer.h"

#include "plain_nfc.h"
#include "tm/text/icu_view.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

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

// The test isPlainNfc makes from a table, asked of ICU for the rarer characters (№, €, °): NFC on its own, with
// combining class 0 and a boundary before it. Surrogates are left to ICU's full check.
bool isNfcOnItsOwn(const icu::Normalizer2 &normalizer, char16_t c)
{
    return !QChar::isSurrogate(c) && normalizer.hasBoundaryBefore(c) && u_getCombiningClass(c) == 0 &&
           u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
}

} // namespace

NormalizedText NormalizedText::fromOriginal(const QString &original)
{
    NormalizedText result;
    const icu::Normalizer2 &normalizer = nfc();
    const icu::UnicodeString view = icuView(original);
    const qsizetype size = original.size();
    const auto *units = reinterpret_cast<const char16_t *>(original.utf16());
    const auto vouched = [&](char16_t c) { return isPlainNfc(c) || isNfcOnItsOwn(normalizer, c); };
    // Characters the tables vouch for are skipped; ICU checks each stretch of the others (a combining stress mark,
    // say), which ends at the next vouched character since that one begins a boundary of its own.
    qsizetype position = 0;
    UErrorCode status = U_ZERO_ERROR;
    while (true) {
        while (position < size && vouched(units[position]))
            ++position;
        if (position == size) {
            result.m_text = original; // the usual case: shared, not copied
            return result;
        }
        qsizetype stretchEnd = position + 1;
        while (stretchEnd < size && !vouched(units[stretchEnd]))
            ++stretchEnd;
        // From one character back, so that ICU sees what the first of them might combine with.
        const qsizetype from = std::max<qsizetype>(position - 1, 0);
        const qsizetype span =
            normalizer.spanQuickCheckYes(view.tempSubString(int32_t(from), int32_t(stretchEnd - from)), status);
        if (U_FAILURE(status)) {
            result.m_text = original;
            return result;
        }
        if (from + span < stretchEnd) {
            // "Maybe" (a combining mark after a letter it has no composition with, as in "а́") is settled by
            // normalising the stretch; only a stretch that changes goes the slow way below.
            const QStringView stretch = QStringView(original).sliced(from, stretchEnd - from);
            const icu::UnicodeString normalized = normalizer.normalize(icuView(stretch), status);
            if (U_FAILURE(status) || fromIcu(normalized) != stretch) {
                position = from + span;
                break;
            }
        }
        position = stretchEnd;
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
