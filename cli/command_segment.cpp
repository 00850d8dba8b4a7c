// SPDX-License-Identifier: GPL-3.0-or-later
// terjime segment: split plain-text releases into sentences.
#include "commands.h"

#include "arguments.h"
#include "exit_codes.h"
#include "json_writer.h"

#include "tm/core/language.h"
#include "tm/segment/document_segmenter.h"
#include "tm/segment/srx_io.h"
#include "tm/text/code_points.h"
#include "tm/text/utf8_decoder.h"

namespace terjime::cli {
namespace {

enum class Format { Lines, Jsonl };

// Prints each segment as it comes, so that a large document is never held as a list of segments.
void printSegments(Context &context, terjime::segment::DocumentSegmenter &segmenter, const QString &input,
                   Format format, const QString &fileLabel)
{
    terjime::text::CodePointCounter counter(input);
    segmenter.segmentInput(input, [&](const terjime::segment::Segment &segment) {
        if (format == Format::Lines) {
            context.out(segment.text);
            context.out(QByteArrayLiteral("\n"));
            return;
        }
        const qsizetype start = counter.toCodePoints(segment.range.start);
        const qsizetype end = counter.toCodePoints(segment.range.end);
        JsonLine line;
        if (!fileLabel.isEmpty())
            line.add("file", fileLabel);
        line.add("para", qint64(segment.paragraph)).add("index", qint64(segment.index)).add("text", segment.text);
        line.add("start", qint64(start)).add("end", qint64(end));
        context.out(line.finish());
    });
}

int exportRules(Context &context, const Arguments &args)
{
    const QByteArray xml = terjime::segment::builtinRulesXml();
    if (!args.has(QStringLiteral("output"))) {
        context.out(xml);
        return kExitOk;
    }
    return writeFileAtomically(context, args.value(QStringLiteral("output")), xml) ? kExitOk : kExitInputError;
}

} // namespace

int runSegment(Context &context, const QStringList &argv)
{
    Arguments args;
    QString bad;
    if (!Arguments::parse(
            argv, {QStringLiteral("lang"), QStringLiteral("rules"), QStringLiteral("format"), QStringLiteral("output")},
            {QStringLiteral("export-rules"), QStringLiteral("help")}, args, bad)) {
        context.error(context.tr("unknown option or missing value: %1").arg(bad));
        return kExitUsage;
    }
    if (args.has(QStringLiteral("help"))) {
        context.out(context.tr(
            "Usage: terjime segment --lang LANG [--rules FILE.srx] [--format lines|jsonl] [FILE...]\n"
            "       terjime segment --export-rules [--output FILE.srx]\n"
            "Split plain-text releases into sentences. Paragraphs are separated by blank lines; a line that starts\n"
            "with a list marker starts a new paragraph. Reads standard input when no FILE is given.\n"
            "  --lang LANG       language of the text: tk, tk-Cyrl, ru or en\n"
            "  --rules FILE      SRX 2.0 rules to use instead of the built-in ones\n"
            "  --format FORMAT   lines (one segment per line, the default) or jsonl\n"
            "  --export-rules    print the built-in rules as SRX 2.0\n"
            "  --output FILE     with --export-rules: write the rules to FILE instead\n"));
        return kExitOk;
    }
    if (args.has(QStringLiteral("export-rules")))
        return exportRules(context, args);

    const QString formatName = args.value(QStringLiteral("format"), QStringLiteral("lines"));
    if (formatName != QLatin1String("lines") && formatName != QLatin1String("jsonl")) {
        context.error(context.tr("unknown format '%1' (expected lines or jsonl)").arg(formatName));
        return kExitUsage;
    }
    const Format format = formatName == QLatin1String("jsonl") ? Format::Jsonl : Format::Lines;
    if (!args.has(QStringLiteral("lang"))) {
        context.error(
            context.tr("--lang is required (supported: %1)").arg(terjime::core::LanguageTag::supportedList()));
        return kExitUsage;
    }
    const auto language = terjime::core::LanguageTag::parse(args.value(QStringLiteral("lang")));
    if (!language) {
        context.error(context.tr("unsupported language '%1' (supported: %2)")
                          .arg(args.value(QStringLiteral("lang")), terjime::core::LanguageTag::supportedList()));
        return kExitUsage;
    }

    terjime::segment::SrxDocument rules = terjime::segment::builtinRules();
    QString rulesName = QStringLiteral("terjime.srx");
    if (args.has(QStringLiteral("rules"))) {
        rulesName = args.value(QStringLiteral("rules"));
        QByteArray xml;
        QString why;
        if (!readInput(context, rulesName, xml, why)) {
            context.error(why);
            return kExitInputError;
        }
        auto parsed = terjime::segment::readSrx(xml, rulesName);
        if (!parsed) {
            context.error(parsed.error());
            return kExitInputError;
        }
        rules = std::move(*parsed);
    }
    auto segmenter = terjime::segment::DocumentSegmenter::create(*language, rules, rulesName);
    if (!segmenter) {
        context.error(segmenter.error());
        return kExitInputError;
    }

    QStringList files = args.positional();
    if (files.isEmpty())
        files << QStringLiteral("-");
    for (const QString &path : files) {
        QByteArray bytes;
        QString why;
        const QString label = path == QLatin1String("-") ? context.tr("<standard input>") : path;
        if (!readInput(context, path, bytes, why)) {
            context.error(why);
            return kExitInputError;
        }
        auto decoded = terjime::text::decodeUtf8(bytes, label);
        if (!decoded) {
            context.error(decoded.error());
            return kExitInputError;
        }
        printSegments(context, *segmenter, *decoded, format, files.size() > 1 ? path : QString());
    }
    return kExitOk;
}

} // namespace terjime::cli
