// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <unicode/unistr.h>

namespace terjime::text {

// A read-only icu::UnicodeString aliasing the UTF-16 buffer of `text` without copying. The view is valid only while
// `text` lives and is not modified.
inline icu::UnicodeString icuView(QStringView text)
{
    return icu::UnicodeString(false, reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size()));
}

inline QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

} // namespace terjime::text
