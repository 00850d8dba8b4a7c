// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the language versions of a release for alignment (terjime align, terjime check --lang).
#pragma once

#include "context.h"

#include "tm/align/aligner.h"

#include <QList>
#include <QString>

#include <optional>

namespace terjime::cli {

// One --lang LANG=FILE: the file, its segments, and the line of the file where each segment starts (1-based).
struct ReleaseText {
    QString path;
    align::AlignText text;
    QList<int> segmentLines;
};

// Reads and segments one --lang LANG=FILE (with `presegmented`, one segment per line); reports problems itself and
// sets `exitCode` (usage errors for a bad spec or language, input errors for the file).
std::optional<ReleaseText> readReleaseText(Context &context, const QString &spec, bool presegmented, int &exitCode);

// Reads every spec; refuses a language given twice. Reports problems itself.
std::optional<QList<ReleaseText>> readReleaseTexts(Context &context, const QStringList &specs, bool presegmented,
                                                   int &exitCode);

} // namespace terjime::cli
