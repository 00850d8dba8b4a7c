// SPDX-License-Identifier: GPL-3.0-or-later
// terjime glossary: check, describe and convert glossaries (TBX, TSV, CSV).
#include "arguments.h"
#include "commands.h"
#include "exit_codes.h"
#include "glossary_files.h"

#include "json_writer.h"

#include "tm/core/language.h"
#include "tm/formats/glossary_io.h"
#include "tm/glossary/lint.h"
#include "tm/glossary/term_recognizer.h"
#include "tm/text/code_points.h"
#include "tm/text/utf8_decoder.h"

#include <QMap>

namespace terjime::cli {
namespace {

using terjime::glossary::Glossary;

std::optional<Glossary> load(Context &context, const QString &path, const formats::TabularLanguages &tabular)
{
    return loadGlossary(context, path, tabular);
}

formats::TabularLanguages tabularLanguages(const Arguments &args)
{
    formats::TabularLanguages languages;
    languages.source = args.value(QStringLiteral("source"), languages.source);
    languages.target = args.value(QStringLiteral("target"), languages.target);
    return languages;
}

int lintFiles(Context &context, const Arguments &args)
{
    if (args.positional().isEmpty()) {
        context.error(context.tr("glossary lint needs at least one FILE"));
        return kExitUsage;
    }
    int problems = 0;
    bool unreadable = false;
    for (const QString &path : args.positional()) {
        const auto glossary = load(context, path, tabularLanguages(args));
        if (!glossary) {
            unreadable = true;
            continue;
        }
        for (const glossary::LintIssue &issue : glossary::lint(*glossary)) {
            QString message = context.tr(issue.format);
            for (const QString &argument : issue.arguments)
                message = message.arg(argument);
            context.out(QStringLiteral("%1: %2: %3\n").arg(path, issue.conceptId, message));
            ++problems;
        }
    }
    if (unreadable)
        return kExitInputError;
    return problems > 0 ? kExitFindings : kExitOk;
}

int printStats(Context &context, const Arguments &args)
{
    if (args.positional().isEmpty()) {
        context.error(context.tr("glossary stats needs at least one FILE"));
        return kExitUsage;
    }
    for (const QString &path : args.positional()) {
        const auto glossary = load(context, path, tabularLanguages(args));
        if (!glossary)
            return kExitInputError;
        QMap<QString, int> terms;
        QMap<QString, int> deprecated;
        for (const glossary::Concept &concept_ : glossary->concepts) {
            for (auto it = concept_.terms.begin(); it != concept_.terms.end(); ++it) {
                terms[it.key()] += int(it.value().size());
                for (const glossary::Term &term : it.value())
                    deprecated[it.key()] += term.status == glossary::TermStatus::Deprecated;
            }
        }
        context.out(context.tr("%1: %2 concepts\n").arg(path).arg(glossary->concepts.size()));
        for (auto it = terms.begin(); it != terms.end(); ++it)
            context.out(
                context.tr("  %1: %2 terms, %3 forbidden\n").arg(it.key()).arg(it.value()).arg(deprecated[it.key()]));
    }
    return kExitOk;
}

int exportGlossary(Context &context, const Arguments &args)
{
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("tbx"));
    if (!args.has(QStringLiteral("glossary")) || !args.has(QStringLiteral("output"))) {
        context.error(context.tr("glossary export needs --glossary FILE and --output FILE"));
        return kExitUsage;
    }
    if (format != QLatin1String("tbx") && format != QLatin1String("tbx3") && format != QLatin1String("tsv")) {
        context.error(context.tr("unknown format '%1' (expected tbx, tbx3 or tsv)").arg(format));
        return kExitUsage;
    }
    const auto languages = tabularLanguages(args);
    const auto glossary = load(context, args.value(QStringLiteral("glossary")), languages);
    if (!glossary)
        return kExitInputError;
    const QByteArray bytes = format == QLatin1String("tbx") ? formats::writeTbxBasic(*glossary)
                             : format == QLatin1String("tbx3")
                                 ? formats::writeTbx3(*glossary)
                                 : formats::writeTsv(*glossary, languages.source, languages.target);
    return writeFileAtomically(context, args.value(QStringLiteral("output")), bytes) ? kExitOk : kExitInputError;
}

QString statusName(glossary::TermStatus status)
{
    switch (status) {
    case glossary::TermStatus::Preferred: return QStringLiteral("preferred");
    case glossary::TermStatus::Admitted: return QStringLiteral("admitted");
    case glossary::TermStatus::Deprecated: return QStringLiteral("deprecated");
    case glossary::TermStatus::Superseded: return QStringLiteral("superseded");
    }
    return {};
}

void printOccurrence(Context &context, const glossary::Occurrence &occurrence, qsizetype lineIndex, const QString &line,
                     bool jsonl)
{
    text::CodePointCounter counter(line);
    const qsizetype start = counter.toCodePoints(occurrence.start);
    const qsizetype end = counter.toCodePoints(occurrence.end);
    if (jsonl) {
        JsonLine json;
        json.add("line", qint64(lineIndex)).add("concept", occurrence.conceptId).add("term", occurrence.term);
        json.add("status", statusName(occurrence.status)).add("start", qint64(start)).add("end", qint64(end));
        json.add("text", occurrence.surface);
        json.add("tier", occurrence.tier == glossary::Occurrence::Tier::Exact ? QStringLiteral("exact")
                                                                              : QStringLiteral("morphological"));
        context.out(json.finish());
        return;
    }
    context.out(QStringLiteral("%1:%2-%3\t%4\t%5\t%6\t%7\n")
                    .arg(lineIndex + 1)
                    .arg(start)
                    .arg(end)
                    .arg(occurrence.surface, occurrence.conceptId, occurrence.term, statusName(occurrence.status)));
}

int findTerms(Context &context, const Arguments &args)
{
    if (!args.has(QStringLiteral("glossary")) || !args.has(QStringLiteral("lang"))) {
        context.error(context.tr("glossary find needs --glossary FILE and --lang LANG"));
        return kExitUsage;
    }
    const auto language = core::LanguageTag::parse(args.value(QStringLiteral("lang")));
    if (!language) {
        context.error(context.tr("unsupported language '%1' (supported: %2)")
                          .arg(args.value(QStringLiteral("lang")), core::LanguageTag::supportedList()));
        return kExitUsage;
    }
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("text"));
    if (format != QLatin1String("text") && format != QLatin1String("jsonl")) {
        context.error(context.tr("unknown format '%1' (expected text or jsonl)").arg(format));
        return kExitUsage;
    }
    const auto glossary = load(context, args.value(QStringLiteral("glossary")), tabularLanguages(args));
    if (!glossary)
        return kExitInputError;
    auto recognizer = glossary::TermRecognizer::create(*glossary, *language);
    if (!recognizer) {
        context.error(recognizer.error());
        return kExitUsage;
    }
    const QString path = args.positional().value(0, QStringLiteral("-"));
    QByteArray bytes;
    QString why;
    if (!readInput(context, path, bytes, why)) {
        context.error(why);
        return kExitInputError;
    }
    const QString label = path == QLatin1String("-") ? context.tr("<standard input>") : path;
    const auto decoded = text::decodeUtf8(bytes, label);
    if (!decoded) {
        context.error(decoded.error());
        return kExitInputError;
    }
    QStringList lines = decoded->split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        for (const glossary::Occurrence &occurrence : recognizer->findInInput(line))
            printOccurrence(context, occurrence, i, line, format == QLatin1String("jsonl"));
    }
    return kExitOk;
}

void printHelp(Context &context)
{
    context.out(context.tr(
        "Usage: terjime glossary find --glossary FILE --lang LANG [--format text|jsonl] [FILE]\n"
        "       terjime glossary lint FILE...\n"
        "       terjime glossary stats FILE...\n"
        "       terjime glossary export --glossary FILE [--format tbx|tbx3|tsv] --output FILE\n"
        "Check, describe and convert glossaries: TBX (TBX-Basic martif, TBX v3), and TSV or CSV as OmegaT and\n"
        "Okapi write them.\n"
        "  find              find every occurrence of the glossary's concepts in each line of FILE (or\n"
        "                    standard input), in any inflected form\n"
        "  lint              report duplicates, concepts missing a language, two preferred terms in one\n"
        "                    language, one term under two concepts and invalid statuses; exit 1 on problems\n"
        "  stats             count concepts and terms per language\n"
        "  export            write the glossary as canonical TBX-Basic (tbx), TBX v3 (tbx3) or OmegaT TSV (tsv)\n"
        "  --glossary PATH   a glossary file, or a folder of them (all are used)\n"
        "  --source LANG     the first language of a TSV/CSV file, and the source of a TSV export (default en)\n"
        "  --target LANG     the second language of a TSV/CSV file, and the target of a TSV export (default ru)\n"));
}

} // namespace

int runGlossary(Context &context, const QStringList &argv)
{
    Arguments args;
    QString bad;
    const QString action = argv.value(0);
    if (!Arguments::parse(argv.mid(1),
                          {QStringLiteral("glossary"), QStringLiteral("format"), QStringLiteral("output"),
                           QStringLiteral("source"), QStringLiteral("target"), QStringLiteral("lang")},
                          {QStringLiteral("help")}, args, bad)) {
        context.error(context.tr("unknown option or missing value: %1").arg(bad));
        return kExitUsage;
    }
    if (action == QLatin1String("find"))
        return findTerms(context, args);
    if (action == QLatin1String("lint"))
        return lintFiles(context, args);
    if (action == QLatin1String("stats"))
        return printStats(context, args);
    if (action == QLatin1String("export"))
        return exportGlossary(context, args);
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("help") ||
        args.has(QStringLiteral("help"))) {
        printHelp(context);
        return action.isEmpty() ? kExitUsage : kExitOk;
    }
    context.error(context.tr("unknown glossary command '%1' (expected find, lint, stats or export)").arg(action));
    return kExitUsage;
}

} // namespace terjime::cli
