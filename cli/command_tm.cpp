// SPDX-License-Identifier: GPL-3.0-or-later
// terjime tm: the translation memory. Dispatches to the subcommands (tm_*.cpp); `stats` lives here.
#include "commands.h"
#include "exit_codes.h"
#include "tm_commands.h"
#include "tm_common.h"

namespace terjime::cli {
namespace {

void printUsage(Context &context)
{
    context.out(context
                    .tr("Usage: terjime tm SUBCOMMAND [OPTIONS]\n"
                        "The translation memory: one SQLite file (--tm FILE; by default %1).\n"
                        "\n"
                        "  import [--tm DB] [--rejects FILE.tmx] FILE.tmx...\n"
                        "      add TMX files; broken units are reported and written to the rejects file\n"
                        "  export [--tm DB] [--langs a,b,...] -o OUT.tmx\n"
                        "      write the memory as TMX 1.4b\n"
                        "  lookup [--tm DB] --from LANG --to LANG [--min-score N] [--limit N] [--format text|jsonl]\n"
                        "         (TEXT | --input FILE)\n"
                        "      exact (100), context (101) and fuzzy matches; with --input, one query per line\n"
                        "  concordance [--tm DB] --lang LANG [--limit N] [--format text|jsonl] TEXT\n"
                        "      units whose text holds the words of TEXT (\"in quotes\": as a phrase)\n"
                        "  stats [--tm DB]\n"
                        "      units and variants per language\n")
                    .arg(store::defaultMemoryPath()));
}

} // namespace

int runTmStats(Context &context, const QStringList &argv)
{
    Arguments args;
    QString error;
    if (!Arguments::parse(argv, {QStringLiteral("tm")}, {}, args, error)) {
        context.error(context.tr("unknown option or missing value: %1").arg(error));
        return kExitUsage;
    }
    auto memory = openMemory(context, args, store::OpenMode::MustExist);
    if (!memory)
        return kExitInputError;
    auto statistics = memory->statistics();
    if (!statistics) {
        context.error(statistics.error());
        return kExitInputError;
    }
    context.out(context.tr("memory: %1\nschema version: %2\nunits: %3\nvariants: %4\n")
                    .arg(args.value(QStringLiteral("tm"), store::defaultMemoryPath()))
                    .arg(statistics->schemaVersion)
                    .arg(statistics->units)
                    .arg(statistics->variants));
    for (const auto &[language, count] : statistics->variantsPerLanguage)
        context.out(QStringLiteral("  %1: %2\n").arg(language).arg(count));
    return kExitOk;
}

int runTm(Context &context, const QStringList &argv)
{
    if (argv.isEmpty() || argv.front() == QLatin1String("--help") || argv.front() == QLatin1String("-h")) {
        printUsage(context);
        return argv.isEmpty() ? kExitUsage : kExitOk;
    }
    const QString subcommand = argv.front();
    const QStringList rest = argv.mid(1);
    if (subcommand == QLatin1String("import"))
        return runTmImport(context, rest);
    if (subcommand == QLatin1String("export"))
        return runTmExport(context, rest);
    if (subcommand == QLatin1String("lookup"))
        return runTmLookup(context, rest);
    if (subcommand == QLatin1String("concordance"))
        return runTmConcordance(context, rest);
    if (subcommand == QLatin1String("stats"))
        return runTmStats(context, rest);
    context.error(context.tr("unknown tm subcommand '%1'; run 'terjime tm --help'").arg(subcommand));
    return kExitUsage;
}

} // namespace terjime::cli
