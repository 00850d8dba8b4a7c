// SPDX-License-Identifier: GPL-3.0-or-later
// terjime tm lookup: exact, context and fuzzy matches for one segment or for each line of a file.
#include "tm_commands.h"

#include "exit_codes.h"
#include "json_writer.h"
#include "tm_common.h"

#include "tm/core/translation_unit.h"
#include "tm/memory/lookup.h"
#include "tm/text/utf8_decoder.h"

namespace terjime::cli {
namespace {

struct QueryLine {
    QString text;
    QString before;
    QString after;
};

// One query per line; the non-empty lines before and after a line are its document context.
QList<QueryLine> queriesFromLines(const QStringList &lines)
{
    QList<QueryLine> queries;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QueryLine query{lines[i], {}, {}};
        if (i > 0)
            query.before = lines[i - 1];
        if (i + 1 < lines.size())
            query.after = lines[i + 1];
        queries.append(query);
    }
    return queries;
}

std::optional<QList<QueryLine>> readQueries(Context &context, const Arguments &args)
{
    if (!args.has(QStringLiteral("input"))) {
        if (args.positional().size() != 1) {
            context.error(context.tr("tm lookup needs one TEXT or --input FILE"));
            return std::nullopt;
        }
        return QList<QueryLine>{{args.positional().front(), {}, {}}};
    }
    const auto text = readTextFile(context, args.value(QStringLiteral("input")));
    if (!text)
        return std::nullopt;
    return queriesFromLines(splitLines(*text));
}

void printText(Context &context, int queryIndex, const QueryLine &query, const QList<memory::Match> &matches,
               bool several)
{
    if (several)
        context.out(QStringLiteral("#%1 %2\n").arg(queryIndex + 1).arg(query.text));
    if (matches.isEmpty())
        context.out(context.tr("  no match\n"));
    for (const memory::Match &match : matches) {
        const core::Variant &source = match.unit.unit.variants[match.sourceVariant];
        const core::Variant &target = match.unit.unit.variants[match.targetVariant];
        context.out(
            QStringLiteral("  %1%  tuid %2\n    %3: %4\n    %5: %6\n")
                .arg(match.score)
                .arg(match.unit.unit.id, source.language, source.segment.text, target.language, target.segment.text));
    }
}

void printJson(Context &context, int queryIndex, const QList<memory::Match> &matches)
{
    for (const memory::Match &match : matches) {
        const core::Variant &source = match.unit.unit.variants[match.sourceVariant];
        const core::Variant &target = match.unit.unit.variants[match.targetVariant];
        context.out(JsonLine()
                        .add("query", qint64(queryIndex))
                        .add("score", qint64(match.score))
                        .add("tuid", match.unit.unit.id)
                        .add("source", source.segment.text)
                        .add("target", target.segment.text)
                        .add("source_lang", source.language)
                        .add("target_lang", target.language)
                        .finish());
    }
}

} // namespace

int runTmLookup(Context &context, const QStringList &argv)
{
    Arguments args;
    QString error;
    if (!Arguments::parse(argv,
                          {QStringLiteral("tm"), QStringLiteral("from"), QStringLiteral("to"),
                           QStringLiteral("min-score"), QStringLiteral("limit"), QStringLiteral("format"),
                           QStringLiteral("input")},
                          {}, args, error)) {
        context.error(context.tr("unknown option or missing value: %1").arg(error));
        return kExitUsage;
    }
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("text"));
    if (!args.has(QStringLiteral("from")) || !args.has(QStringLiteral("to"))) {
        context.error(context.tr("tm lookup needs --from LANG and --to LANG"));
        return kExitUsage;
    }
    if (format != QLatin1String("text") && format != QLatin1String("jsonl")) {
        context.error(context.tr("unknown format '%1' (expected text or jsonl)").arg(format));
        return kExitUsage;
    }
    const auto minimumScore = integerOption(context, args, QStringLiteral("min-score"), 70, 0, 101);
    const auto limit = integerOption(context, args, QStringLiteral("limit"), 5, 1, 1000);
    if (!minimumScore || !limit)
        return kExitUsage;
    const auto queries = readQueries(context, args);
    if (!queries)
        return kExitInputError;
    auto memory = openMemory(context, args, store::OpenMode::MustExist);
    if (!memory)
        return kExitInputError;

    const memory::LookupOptions options{core::canonicalLanguageTag(args.value(QStringLiteral("from"))),
                                        core::canonicalLanguageTag(args.value(QStringLiteral("to"))), *minimumScore,
                                        *limit};
    memory::Lookup lookup(*memory);
    for (qsizetype i = 0; i < queries->size(); ++i) {
        const QueryLine &query = (*queries)[i];
        auto matches = lookup.find({query.text, {}, query.before, query.after}, options);
        if (!matches) {
            context.error(matches.error());
            return kExitInputError;
        }
        if (format == QLatin1String("jsonl"))
            printJson(context, int(i), *matches);
        else
            printText(context, int(i), query, *matches, queries->size() > 1);
    }
    return kExitOk;
}

} // namespace terjime::cli
