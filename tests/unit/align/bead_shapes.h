// SPDX-License-Identifier: GPL-3.0-or-later
// Beads as "en|ru|tk" strings of comma-separated segment indices (as in beads.tsv): easy to compare and to read in a
// failure. Shared by the alignment tests.
#pragma once

#include "tm/align/aligner.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace terjime::align::testing {

inline QStringList shapes(const QList<Bead> &beads)
{
    QStringList out;
    for (const Bead &bead : beads) {
        QStringList columns;
        for (const QList<int> &segments : bead.segments) {
            QStringList indices;
            for (int index : segments)
                indices.append(QString::number(index));
            columns.append(indices.join(u','));
        }
        out.append(columns.join(u'|'));
    }
    return out;
}

} // namespace terjime::align::testing
