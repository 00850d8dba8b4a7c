// SPDX-License-Identifier: GPL-3.0-or-later
// terjime tm concordance: units whose text in a language holds some words or a phrase, with the hits marked.
#include "tm_commands.h"

#include "exit_codes.h"
#include "json_writer.h"
#include "tm_common.h"

#include "tm/memory/concordance.h"
#include "tm/text/code_points.h"

namespace terjime::cli {
namespace {

// The text with each span wrapped in `open`/`close`: ANSI bold on a terminal, brackets otherwise.
QString highlighted(const QString &text, const QList<memory::TextSpan> &spans, const QString &open,
                    const QString &close)
{
    QString marked;
    qsizetype at = 0;
    for (const memory::TextSpan &span : spans) {
        marked += QStringView(text).mid(at, span.start - at);
        marked += open;
        marked += QStringView(text).mid(span.start, span.end - span.start);
        marked += close;
        at = span.end;
    }
    marked += QStringView(text).mid(at);
    return marked;
}

void printJson(Context &context, const memory::ConcordanceHit &hit)
{
    const core::Variant &variant = hit.unit.unit.variants[hit.variant];
    text::CodePointCounter counter(variant.segment.text);
    QByteArray spans = "[";
    for (const memory::TextSpan &span : hit.spans) {
        if (spans.size() > 1)
            spans += ',';
        // The counter moves forward only: convert start before end.
        const qsizetype start = counter.toCodePoints(span.start);
        const qsizetype end = counter.toCodePoints(span.end);
        spans += '[' + QByteArray::number(start) + ',' + QByteArray::number(end) + ']';
    }
    spans += ']';
    QByteArray line = JsonLine()
                          .add("tuid", hit.unit.unit.id)
                          .add("lang", variant.language)
                          .add("text", variant.segment.text)
                          .add("phrase", hit.phrase)
                          .finish();
    line.chop(2); // "}\n": the spans are an array, which JsonLine does not build
    context.out(line + ",\"spans\":" + spans + "}\n");
}

void printText(Context &context, const memory::ConcordanceHit &hit, bool colour)
{
    const QString open = colour ? QStringLiteral("\x1b[1;33m") : QStringLiteral("[");
    const QString close = colour ? QStringLiteral("\x1b[0m") : QStringLiteral("]");
    const core::TranslationUnit &unit = hit.unit.unit;
    context.out(QStringLiteral("tuid %1\n").arg(unit.id));
    for (int i = 0; i < unit.variants.size(); ++i) {
        const core::Variant &variant = unit.variants[i];
        const QString text =
            i == hit.variant ? highlighted(variant.segment.text, hit.spans, open, close) : variant.segment.text;
        context.out(QStringLiteral("  %1: %2\n").arg(variant.language, text));
    }
}

} // namespace

int runTmConcordance(Context &context, const QStringList &argv)
{
    Arguments args;
    QString error;
    if (!Arguments::parse(
            argv, {QStringLiteral("tm"), QStringLiteral("lang"), QStringLiteral("limit"), QStringLiteral("format")}, {},
            args, error)) {
        context.error(context.tr("unknown option or missing value: %1").arg(error));
        return kExitUsage;
    }
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("text"));
    if (!args.has(QStringLiteral("lang")) || args.positional().size() != 1) {
        context.error(context.tr("tm concordance needs --lang LANG and one TEXT"));
        return kExitUsage;
    }
    if (format != QLatin1String("text") && format != QLatin1String("jsonl")) {
        context.error(context.tr("unknown format '%1' (expected text or jsonl)").arg(format));
        return kExitUsage;
    }
    const auto limit = integerOption(context, args, QStringLiteral("limit"), 20, 1, 10000);
    if (!limit)
        return kExitUsage;
    auto memory = openMemory(context, args, store::OpenMode::MustExist);
    if (!memory)
        return kExitInputError;
    text::MatchTokenizer tokenizer;
    const memory::ConcordanceQuery query{core::canonicalLanguageTag(args.value(QStringLiteral("lang"))),
                                         args.positional().front(), *limit};
    auto hits = memory::findConcordance(*memory, tokenizer, query);
    if (!hits) {
        context.error(hits.error());
        return kExitInputError;
    }
    const bool colour = colourOnStdout();
    for (const memory::ConcordanceHit &hit : *hits) {
        if (format == QLatin1String("jsonl"))
            printJson(context, hit);
        else
            printText(context, hit, colour);
    }
    return kExitOk;
}

} // namespace terjime::cli
