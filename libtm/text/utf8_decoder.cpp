// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/text/utf8_decoder.h"

namespace terjime::text {
namespace {

// Length of the sequence a lead byte announces, or 0 for a byte that cannot start one.
int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// Decodes one multi-byte sequence at `p` of `length` bytes; returns -1 if it is not valid UTF-8.
char32_t decodeSequence(const unsigned char *p, int length)
{
    char32_t cp = p[0] & (0xFF >> (length + 1));
    for (int i = 1; i < length; ++i) {
        if (!isContinuation(p[i]))
            return char32_t(-1);
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    static constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMinimum[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return char32_t(-1);
    return cp;
}

core::Error badByteError(QByteArrayView bytes, qsizetype at, const QString &fileName)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < at; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if (!isContinuation(byte)) {
            ++column;
        }
    }
    return core::makeError(core::ErrorCode::Encoding, core::N_("invalid UTF-8 byte 0x%1"),
                           {QStringLiteral("%1").arg(static_cast<unsigned char>(bytes[at]), 2, 16, QLatin1Char('0'))},
                           core::SourceLocation{fileName, line, column});
}

} // namespace

core::Result<QString> decodeUtf8(QByteArrayView bytes, const QString &fileName)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    QString out;
    out.resize(bytes.size() - i);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    qsizetype written = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            dst[written++] = lead;
            ++i;
            continue;
        }
        // Two-byte sequences (Cyrillic, most Latin letters with diacritics) are the common case: a lead byte from
        // C2 to DF can be neither overlong nor out of range, so only the continuation byte needs checking.
        if (lead >= 0xC2 && lead <= 0xDF && i + 1 < size && (data[i + 1] & 0xC0) == 0x80) {
            dst[written++] = char16_t(((lead & 0x1F) << 6) | (data[i + 1] & 0x3F));
            i += 2;
            continue;
        }
        const int length = sequenceLength(lead);
        if (length == 0 || i + length > size)
            return badByteError(bytes, i, fileName);
        const char32_t cp = decodeSequence(data + i, length);
        if (cp == char32_t(-1))
            return badByteError(bytes, i, fileName);
        if (cp >= 0x10000) {
            dst[written++] = char16_t(0xD800 + ((cp - 0x10000) >> 10));
            dst[written++] = char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            dst[written++] = char16_t(cp);
        }
        i += length;
    }
    out.truncate(written);
    return out;
}

} // namespace terjime::text
