// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>

namespace terjime::text {

// Appends `text` to `out` as UTF-8, as QString::toUtf8 would write it (a lone surrogate becomes '?'), without the
// temporary array toUtf8 makes: output of millions of segments is written this way.
void appendUtf8(QStringView text, QByteArray &out);

} // namespace terjime::text
