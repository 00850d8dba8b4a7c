// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace terjime::text {

// Code units that are NFC on their own, have combining class 0 and begin a normalisation boundary (nothing before
// them can combine with them), so that a text made only of them is NFC without asking ICU: Latin with its
// extensions, Cyrillic and the common punctuation, which is what our texts are written in. A test checks every one
// of them against ICU.
// (Bitwise | rather than ||: text alternates between the ranges, and branches on them mispredict.)
inline bool isPlainNfc(char16_t c)
{
    return (c < 0x300) | (unsigned(c - 0x400) < 0x83) | (unsigned(c - 0x48A) < 0xA6) | (unsigned(c - 0x2010) < 0x18) |
           (unsigned(c - 0x2030) < 0x2F);
}

} // namespace terjime::text
