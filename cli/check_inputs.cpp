// SPDX-License-Identifier: GPL-3.0-or-later
#include "check_inputs.h"

#include "exit_codes.h"

#include "tm/align/aligner.h"
#include "tm/align/bead_units.h"
#include "tm/formats/tmx.h"
#include "tm/store/sqlite_store.h"

namespace terjime::cli {

namespace {

// Returns kExitOk, or kExitInputError after reporting a fatal error or rejected units.
int visitTmx(Context &context, const QString &path, const UnitVisitor &visit, bool &stopped)
{
    auto reader = formats::TmxReader::open(path);
    if (!reader) {
        context.error(reader.error());
        return kExitInputError;
    }
    int exitCode = kExitOk;
    for (qsizetype index = 0;; ++index) {
        auto item = reader->next();
        if (!item) {
            context.error(item.error());
            return kExitInputError;
        }
        if (std::holds_alternative<std::monostate>(*item))
            return exitCode;
        if (const auto *rejected = std::get_if<formats::TmxRejectedUnit>(&*item)) {
            context.error(
                context.tr("%1 (unit not checked)").arg(rejected->error.describe([&context](const char *text) {
                    return context.tr(text);
                })));
            exitCode = kExitInputError;
            continue;
        }
        const UnitPlace place{{path, reader->lastUnitLine(), 0}, {}};
        if (!visit(std::get<core::TranslationUnit>(*item), index, place)) {
            stopped = true;
            return exitCode;
        }
    }
}

int visitMemory(Context &context, const QString &path, const UnitVisitor &visit, bool &stopped)
{
    auto memory = store::openSqliteStore(path, store::OpenMode::MustExist);
    if (!memory) {
        context.error(memory.error());
        return kExitInputError;
    }
    qsizetype index = 0;
    const core::Status status = (*memory)->forEachUnit([&](const store::StoredUnit &stored) {
        const UnitPlace place{{path, 0, 0}, {}};
        bool goOn = false;
        if (stored.unit.id.isEmpty()) { // reports name the unit by the memory's key, which finds it again
            core::TranslationUnit unit = stored.unit;
            unit.id = QString::number(stored.key);
            goOn = visit(unit, index++, place);
        } else {
            goOn = visit(stored.unit, index++, place);
        }
        stopped = !goOn;
        return goOn;
    });
    if (!status) {
        context.error(status.error());
        return kExitInputError;
    }
    return kExitOk;
}

int visitRelease(Context &context, const QList<ReleaseText> &releases, const glossary::Glossary &glossary,
                 const UnitVisitor &visit)
{
    QList<align::AlignText> texts;
    for (const ReleaseText &release : releases)
        texts.append(release.text);
    align::AlignOptions options;
    options.glossary = glossary.concepts.isEmpty() ? nullptr : &glossary;
    auto beads = align::align(texts, options);
    if (!beads) {
        context.error(beads.error());
        return kExitInputError;
    }
    const QList<core::TranslationUnit> units = align::beadsToUnits(texts, *beads);
    for (qsizetype b = 0; b < units.size(); ++b) {
        core::TranslationUnit unit = units[b];
        unit.id = QString::number(b);
        UnitPlace place;
        for (qsizetype t = 0; t < releases.size(); ++t) {
            const QList<int> &segments = beads->at(b).segments[t];
            const int line = segments.isEmpty() ? 0 : releases[t].segmentLines.value(segments.first());
            place.perLanguage.insert(releases[t].text.language.code(), {releases[t].path, line, 0});
        }
        place.unit = place.perLanguage.value(releases.first().text.language.code());
        if (!visit(unit, b, place))
            break;
    }
    return kExitOk;
}

} // namespace

int visitCheckInputs(Context &context, const CheckInputs &inputs, const glossary::Glossary &glossary,
                     const UnitVisitor &visit)
{
    int exitCode = kExitOk;
    bool stopped = false;
    for (const QString &path : inputs.tmxFiles) {
        exitCode = std::max(exitCode, visitTmx(context, path, visit, stopped));
        if (stopped)
            return exitCode;
    }
    if (!inputs.memoryPath.isEmpty()) {
        exitCode = std::max(exitCode, visitMemory(context, inputs.memoryPath, visit, stopped));
        if (stopped)
            return exitCode;
    }
    if (!inputs.releases.isEmpty())
        exitCode = std::max(exitCode, visitRelease(context, inputs.releases, glossary, visit));
    return exitCode;
}

std::optional<QString> tmxSourceLanguage(Context &context, const QString &path)
{
    auto reader = formats::TmxReader::open(path);
    if (!reader) {
        context.error(reader.error());
        return std::nullopt;
    }
    const QString declared = reader->header().sourceLanguage;
    return declared == u"*all*" ? QString() : declared;
}

} // namespace terjime::cli
