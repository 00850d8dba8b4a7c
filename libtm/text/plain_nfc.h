// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace terjime::text {

// Code units that are NFC on their own, have combining class 0 and begin a normalisation boundary (nothing before
// them can combine with them), so that a text made only of them is NFC without asking ICU: Latin with its
// extensions, Cyrillic and the common punctuation, which is what our texts are written in. A test checks every one
// of them against ICU.
inline bool isPlainNfc(char16_t c)
{
    return c < 0x300 || (c >= 0x400 && c < 0x483) || (c >= 0x48A && c < 0x530) || (c >= 0x2010 && c < 0x2028) ||
           (c >= 0x2030 && c < 0x205F);
}

} // namespace terjime::text
