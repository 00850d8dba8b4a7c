// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace terjime::text {

// Converts ascending UTF-16 offsets of one text to Unicode code point offsets in a single forward pass, for
// reports and JSON output (libtm's API works in UTF-16 code units). Offsets must not decrease between calls.
class CodePointCounter {
public:
    explicit CodePointCounter(QStringView text) : m_text(text) {}

    qsizetype toCodePoints(qsizetype utf16Offset);

private:
    QStringView m_text;
    qsizetype m_utf16 = 0;
    qsizetype m_codePoints = 0;
};

} // namespace terjime::text
