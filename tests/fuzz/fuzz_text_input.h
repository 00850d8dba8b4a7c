// SPDX-License-Identifier: GPL-3.0-or-later
// What the text fuzz targets make of an input: its first byte picks a language (the caller's choice of which), the
// rest is a UTF-8 text, normalised to NFC as the CLI reads it.
#pragma once

#include "tm/text/normalizer.h"
#include "tm/text/utf8_decoder.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace terjime::fuzz {

// The text after the selector byte, or nothing when the input is empty or the rest is not UTF-8.
inline std::optional<text::NormalizedText> textAfterSelector(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return std::nullopt;
    const auto decoded = text::decodeUtf8(QByteArrayView(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1)),
                                          QStringLiteral("fuzz.txt"));
    if (!decoded)
        return std::nullopt;
    return text::NormalizedText::fromOriginal(*decoded);
}

} // namespace terjime::fuzz
