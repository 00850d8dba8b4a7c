// SPDX-License-Identifier: GPL-3.0-or-later
// terjime align: align the language versions of a release into multilingual beads.
#include "commands.h"

#include "align_output.h"
#include "arguments.h"
#include "exit_codes.h"
#include "glossary_files.h"
#include "release_text.h"

#include "tm/align/aligner.h"
#include "tm/align/bead_units.h"
#include "tm/align/word_dictionary.h"
#include "tm/core/language.h"
#include "tm/store/sqlite_store.h"

#include <QBuffer>

#include <algorithm>

#include <optional>

namespace terjime::cli {
namespace {

enum class Format { Jsonl, Tsv, Tmx };

void printHelp(Context &context)
{
    context.out(context.tr(
        "Usage: terjime align --lang LANG=FILE --lang LANG=FILE [--lang LANG=FILE...] [--presegmented]\n"
        "                     [--glossary G] [--tm DB] [--format jsonl|tsv|tmx] [-o OUT] [--into-tm DB]\n"
        "Align two or more language versions of one release into beads: each bead joins up to three segments of\n"
        "every language and becomes one multilingual unit. The first --lang is the source language.\n"
        "  --lang LANG=FILE  a version of the release: tk, tk-Cyrl, ru or en, and its file\n"
        "  --presegmented    the files hold one segment per line (otherwise they are segmented as\n"
        "                    'terjime segment' does)\n"
        "  --glossary G      a glossary file or folder whose terms serve as anchors\n"
        "  --tm DB           learn a translation dictionary from the memory DB (its first 50,000 units)\n"
        "                    and use its words as evidence\n"
        "  --format FORMAT   jsonl (segment indices per bead, the default), tsv (texts) or tmx\n"
        "  -o, --output OUT  write to OUT instead of standard output\n"
        "  --into-tm DB      store the beads in the memory DB (created if missing)\n"));
}

int storeBeads(Context &context, const QString &path, const QList<align::AlignText> &texts,
               const QList<align::Bead> &beads)
{
    auto memory = store::openSqliteStore(path, store::OpenMode::CreateIfMissing);
    if (!memory) {
        context.error(memory.error());
        return kExitInputError;
    }
    auto outcomes = (*memory)->store(align::beadsToUnits(texts, beads));
    if (!outcomes) {
        context.error(outcomes.error());
        return kExitInputError;
    }
    const auto added = std::count(outcomes->cbegin(), outcomes->cend(), store::StoreOutcome::Added);
    const auto merged = std::count(outcomes->cbegin(), outcomes->cend(), store::StoreOutcome::Merged);
    context.error(context.tr("%1: %2 beads stored: %3 added, %4 merged, %5 already present")
                      .arg(path)
                      .arg(beads.size())
                      .arg(added)
                      .arg(merged)
                      .arg(outcomes->size() - added - merged));
    return kExitOk;
}

// The dictionary learned from the memory named by --tm; nullopt (reported) when the memory cannot be read.
std::optional<align::WordDictionary> learnFromMemory(Context &context, const QString &path)
{
    auto memory = store::openSqliteStore(path, store::OpenMode::MustExist);
    if (!memory) {
        context.error(memory.error());
        return std::nullopt;
    }
    auto dictionary = align::learnDictionary(**memory);
    if (!dictionary) {
        context.error(dictionary.error());
        return std::nullopt;
    }
    context.error(context.tr("%1: %2 word pairs learned from %3 units")
                      .arg(path)
                      .arg(dictionary->size())
                      .arg(dictionary->unitsRead()));
    return std::move(*dictionary);
}

int writeOutput(Context &context, const Arguments &args, Format format, const QList<align::AlignText> &texts,
                const QList<align::Bead> &beads)
{
    const QString output = args.value(QStringLiteral("output"));
    QByteArray bytes;
    if (format == Format::Tmx) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const core::Status written = writeAlignmentTmx(buffer, output, texts, beads);
        if (!written) {
            context.error(written.error());
            return kExitInputError;
        }
    } else {
        bytes = format == Format::Jsonl ? alignmentJsonl(texts, beads) : alignmentTsv(texts, beads);
    }
    if (output.isEmpty()) {
        context.out(bytes);
        return kExitOk;
    }
    return writeFileAtomically(context, output, bytes) ? kExitOk : kExitInputError;
}

} // namespace

int runAlign(Context &context, const QStringList &argv)
{
    Arguments args;
    QString bad;
    if (!Arguments::parse(argv,
                          {QStringLiteral("lang"), QStringLiteral("glossary"), QStringLiteral("format"),
                           QStringLiteral("output"), QStringLiteral("into-tm"), QStringLiteral("tm")},
                          {QStringLiteral("presegmented"), QStringLiteral("help")}, args, bad)) {
        context.error(context.tr("unknown option or missing value: %1").arg(bad));
        return kExitUsage;
    }
    if (args.has(QStringLiteral("help"))) {
        printHelp(context);
        return kExitOk;
    }
    const QString formatName = args.value(QStringLiteral("format"), QStringLiteral("jsonl"));
    const QStringList formats{QStringLiteral("jsonl"), QStringLiteral("tsv"), QStringLiteral("tmx")};
    if (!formats.contains(formatName)) {
        context.error(context.tr("unknown format '%1' (expected jsonl, tsv or tmx)").arg(formatName));
        return kExitUsage;
    }
    const auto format = Format(formats.indexOf(formatName));
    const QStringList specs = args.values(QStringLiteral("lang"));
    if (specs.size() < 2 || !args.positional().isEmpty()) {
        context.error(context.tr("align needs at least two --lang LANG=FILE and no other arguments"));
        return kExitUsage;
    }
    int exitCode = kExitOk;
    const auto releases = readReleaseTexts(context, specs, args.has(QStringLiteral("presegmented")), exitCode);
    if (!releases)
        return exitCode;
    QList<align::AlignText> texts;
    for (const ReleaseText &release : *releases)
        texts.append(release.text);
    std::optional<glossary::Glossary> glossary;
    if (args.has(QStringLiteral("glossary"))) {
        glossary = loadGlossary(context, args.value(QStringLiteral("glossary")), {});
        if (!glossary)
            return kExitInputError;
    }
    std::optional<align::WordDictionary> dictionary;
    if (args.has(QStringLiteral("tm"))) {
        dictionary = learnFromMemory(context, args.value(QStringLiteral("tm")));
        if (!dictionary)
            return kExitInputError;
    }
    align::AlignOptions options;
    options.glossary = glossary ? &*glossary : nullptr;
    options.dictionary = dictionary ? &*dictionary : nullptr;
    auto beads = align::align(texts, options);
    if (!beads) {
        context.error(beads.error());
        return kExitInputError;
    }
    const bool intoTm = args.has(QStringLiteral("into-tm"));
    if (!intoTm || args.has(QStringLiteral("format")) || args.has(QStringLiteral("output"))) {
        if (const int written = writeOutput(context, args, format, texts, *beads); written != kExitOk)
            return written;
    }
    return intoTm ? storeBeads(context, args.value(QStringLiteral("into-tm")), texts, *beads) : kExitOk;
}

} // namespace terjime::cli
