// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>

namespace terjime::text {

// QChar::isSpace, answered inline for the letters of the scripts we read: Qt's own test calls a lookup function for
// every code unit above U+00FF, and segmentation asks for every character of a text. No white space lies between
// U+00A1 and U+167F.
inline bool isSpace(char16_t c)
{
    if (c < 0x1680)
        return c == u' ' || (c >= u'\t' && c <= u'\r') || c == 0x85 || c == 0xA0;
    return QChar::isSpace(c);
}

} // namespace terjime::text
