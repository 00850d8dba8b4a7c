// SPDX-License-Identifier: GPL-3.0-or-later
// terjime tm export: the memory as canonical TMX 1.4b, written atomically.
#include "tm_commands.h"

#include "exit_codes.h"
#include "tm_common.h"

#include "tm/formats/tmx.h"

#include <QSaveFile>

namespace terjime::cli {
namespace {

// The unit with only the variants in `languages` (all when empty); nullopt when that leaves too few to be a
// translation: fewer than two, or than the languages asked for when that is one.
std::optional<core::TranslationUnit> restricted(const core::TranslationUnit &unit, const QStringList &languages)
{
    if (languages.isEmpty())
        return unit;
    core::TranslationUnit kept = unit;
    kept.variants.clear();
    for (const core::Variant &variant : unit.variants) {
        const bool wanted = std::any_of(languages.cbegin(), languages.cend(), [&](const QString &language) {
            return core::languageMatches(variant.language, language);
        });
        if (wanted)
            kept.variants.append(variant);
    }
    if (kept.variants.size() < std::min<qsizetype>(2, languages.size()))
        return std::nullopt;
    return kept;
}

} // namespace

int runTmExport(Context &context, const QStringList &argv)
{
    Arguments args;
    QString error;
    if (!Arguments::parse(argv, {QStringLiteral("tm"), QStringLiteral("langs"), QStringLiteral("output")}, {}, args,
                          error)) {
        context.error(context.tr("unknown option or missing value: %1").arg(error));
        return kExitUsage;
    }
    const QString output = args.value(QStringLiteral("output"));
    if (output.isEmpty() || !args.positional().isEmpty()) {
        context.error(context.tr("tm export needs -o OUT.tmx"));
        return kExitUsage;
    }
    QStringList languages;
    for (const QString &language : args.value(QStringLiteral("langs")).split(u',', Qt::SkipEmptyParts))
        languages.append(core::canonicalLanguageTag(language.trimmed()));
    auto memory = openMemory(context, args, store::OpenMode::MustExist);
    if (!memory)
        return kExitInputError;

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly)) {
        context.error(context.tr("%1: cannot write the file (%2)").arg(output, file.errorString()));
        return kExitInputError;
    }
    formats::TmxWriter writer(file, QStringLiteral(TERJIME_VERSION), output);
    formats::TmxHeader header;
    header.sourceLanguage = languages.isEmpty() ? QStringLiteral("*all*") : languages.front();
    core::Status written = writer.begin(header);
    qint64 count = 0;
    auto visited = memory->forEachUnit([&](const store::StoredUnit &stored) {
        if (auto unit = restricted(stored.unit, languages)) {
            written = writer.write(*unit);
            ++count;
        }
        return written.ok();
    });
    if (!visited) {
        context.error(visited.error());
        return kExitInputError;
    }
    if (written.ok())
        written = writer.finish();
    if (!written) {
        context.error(written.error());
        return kExitInputError;
    }
    if (!file.commit()) {
        context.error(context.tr("%1: cannot write the file (%2)").arg(output, file.errorString()));
        return kExitInputError;
    }
    context.out(context.tr("%1: %2 units written\n").arg(output).arg(count));
    return kExitOk;
}

} // namespace terjime::cli
