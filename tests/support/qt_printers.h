// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest printers for Qt strings, so that failures show text instead of bytes.
#pragma once

#include <QString>
#include <QStringList>

#include <ostream>

inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << "{\n";
    for (const QString &text : list)
        *os << "  \"" << text.toStdString() << "\"\n";
    *os << "}";
}
