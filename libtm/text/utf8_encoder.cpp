// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/text/utf8_encoder.h"

#include <QChar>

namespace terjime::text {

void appendUtf8(QStringView text, QByteArray &out)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 3); // no code unit takes more than three bytes (a pair takes four for two)
    auto *to = reinterpret_cast<unsigned char *>(out.data() + start);
    const char16_t *from = text.utf16();
    const qsizetype size = text.size();
    qsizetype written = 0;
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = from[i];
        if (c < 0x80) {
            to[written++] = static_cast<unsigned char>(c);
            continue;
        }
        if (c < 0x800) {
            to[written++] = static_cast<unsigned char>(0xC0 | (c >> 6));
            to[written++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(from[i + 1])) {
            c = QChar::surrogateToUcs4(char16_t(c), from[++i]);
            to[written++] = static_cast<unsigned char>(0xF0 | (c >> 18));
            to[written++] = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
            to[written++] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
            to[written++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
            continue;
        }
        if (QChar::isSurrogate(c)) { // unpaired: Qt writes a question mark
            to[written++] = '?';
            continue;
        }
        to[written++] = static_cast<unsigned char>(0xE0 | (c >> 12));
        to[written++] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
        to[written++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
    }
    out.resize(start + written);
}

} // namespace terjime::text
