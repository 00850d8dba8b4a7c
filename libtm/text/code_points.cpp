// SPDX-License-Identifier: GPL-3.0-or-later
#include "tm/text/code_points.h"

#include <QtGlobal>

namespace terjime::text {

qsizetype CodePointCounter::toCodePoints(qsizetype utf16Offset)
{
    Q_ASSERT(utf16Offset >= m_utf16 && utf16Offset <= m_text.size());
    for (; m_utf16 < utf16Offset; ++m_utf16) {
        if (!m_text[m_utf16].isLowSurrogate())
            ++m_codePoints;
    }
    return m_codePoints;
}

} // namespace terjime::text
