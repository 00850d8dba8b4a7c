// SPDX-License-Identifier: GPL-3.0-or-later
// The inputs of terjime check as one stream of units: TMX files, a memory, or the language versions of a release
// (aligned first).
#pragma once

#include "context.h"
#include "release_text.h"

#include "tm/core/translation_unit.h"
#include "tm/glossary/glossary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace terjime::cli {

struct CheckInputs {
    QStringList tmxFiles;
    QString memoryPath;          // empty: none
    QList<ReleaseText> releases; // empty, or at least two languages of one release
};

// Where a unit is: its file and line, and for a release aligned here the file and line of each language's text.
struct UnitPlace {
    core::SourceLocation unit;
    QHash<QString, core::SourceLocation> perLanguage; // canonical tag → location; empty for TMX and memories

    core::SourceLocation of(const QString &language) const { return perLanguage.value(language, unit); }
};

// Called for each unit in input order with its 0-based index in its input; returns false to stop.
using UnitVisitor = std::function<bool(const core::TranslationUnit &, qsizetype, const UnitPlace &)>;

// Visits every unit of every input: TMX files in the order given, then the memory, then the release's beads (one
// unit per bead, id = the bead's 0-based index). Units a TMX reader rejects are reported on standard error and
// skipped. Returns kExitOk, or kExitInputError when an input could not be read or had rejected units (the other
// units are still visited). `glossary` serves as alignment anchors.
int visitCheckInputs(Context &context, const CheckInputs &inputs, const glossary::Glossary &glossary,
                     const UnitVisitor &visit);

// The source language a TMX file's header declares (a tag), or empty when it says "*all*"; nullopt after reporting
// a file that cannot be read.
std::optional<QString> tmxSourceLanguage(Context &context, const QString &path);

} // namespace terjime::cli
