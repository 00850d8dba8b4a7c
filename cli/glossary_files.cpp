// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossary_files.h"

#include <QDir>
#include <QFileInfo>

namespace terjime::cli {

std::optional<glossary::Glossary> loadGlossaryFile(Context &context, const QString &path,
                                                   const formats::TabularLanguages &tabular)
{
    QByteArray bytes;
    QString why;
    if (!readInput(context, path, bytes, why)) {
        context.error(why);
        return std::nullopt;
    }
    auto glossary = formats::readGlossary(bytes, path, tabular);
    if (!glossary) {
        context.error(glossary.error());
        return std::nullopt;
    }
    return std::move(*glossary);
}

std::optional<glossary::Glossary> loadGlossary(Context &context, const QString &path,
                                               const formats::TabularLanguages &tabular)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return loadGlossaryFile(context, path, tabular);
    const QStringList files =
        QDir(path).entryList({QStringLiteral("*.tbx"), QStringLiteral("*.tsv"), QStringLiteral("*.csv"),
                              QStringLiteral("*.txt"), QStringLiteral("*.tab")},
                             QDir::Files, QDir::Name);
    glossary::Glossary merged;
    for (const QString &name : files) {
        const auto part = loadGlossaryFile(context, QDir(path).filePath(name), tabular);
        if (!part)
            return std::nullopt;
        merged.concepts += part->concepts;
    }
    return merged;
}

} // namespace terjime::cli
