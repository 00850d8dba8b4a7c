// SPDX-License-Identifier: GPL-3.0-or-later
#include "release_text.h"

#include "exit_codes.h"

#include "tm/core/language.h"
#include "tm/segment/document_segmenter.h"

namespace terjime::cli {

namespace {

// The 1-based line of each offset in `input`; offsets must be ascending.
QList<int> linesOf(const QString &input, const QList<qsizetype> &offsets)
{
    QList<int> lines;
    lines.reserve(offsets.size());
    int line = 1;
    qsizetype position = 0;
    for (const qsizetype offset : offsets) {
        for (; position < offset && position < input.size(); ++position) {
            if (input.at(position) == u'\n')
                ++line;
        }
        lines.append(line);
    }
    return lines;
}

} // namespace

std::optional<ReleaseText> readReleaseText(Context &context, const QString &spec, bool presegmented, int &exitCode)
{
    const qsizetype equals = spec.indexOf(u'=');
    if (equals <= 0 || equals + 1 >= spec.size()) {
        context.error(context.tr("--lang needs LANG=FILE, not '%1'").arg(spec));
        exitCode = kExitUsage;
        return std::nullopt;
    }
    const QString code = spec.left(equals);
    const QString path = spec.mid(equals + 1);
    const auto language = core::LanguageTag::parse(code);
    if (!language) {
        context.error(
            context.tr("unsupported language '%1' (supported: %2)").arg(code, core::LanguageTag::supportedList()));
        exitCode = kExitUsage;
        return std::nullopt;
    }
    exitCode = kExitInputError;
    const auto decoded = readTextFile(context, path);
    if (!decoded)
        return std::nullopt;
    ReleaseText release{path, align::AlignText{*language, {}, {}}, {}};
    if (presegmented) {
        const QStringList lines = splitLines(*decoded);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            release.text.segments.append(lines[i].normalized(QString::NormalizationForm_C));
            release.segmentLines.append(int(i) + 1);
        }
    } else {
        auto segmenter = segment::DocumentSegmenter::create(*language);
        if (!segmenter) {
            context.error(segmenter.error());
            return std::nullopt;
        }
        QList<qsizetype> starts;
        for (const segment::Segment &segment : segmenter->segmentInput(*decoded)) {
            release.text.segments.append(segment.text);
            release.text.paragraphs.append(segment.paragraph);
            starts.append(segment.range.start);
        }
        release.segmentLines = linesOf(*decoded, starts);
    }
    exitCode = kExitOk;
    return release;
}

std::optional<QList<ReleaseText>> readReleaseTexts(Context &context, const QStringList &specs, bool presegmented,
                                                   int &exitCode)
{
    QList<ReleaseText> releases;
    for (const QString &spec : specs) {
        auto release = readReleaseText(context, spec, presegmented, exitCode);
        if (!release)
            return std::nullopt;
        for (const ReleaseText &earlier : std::as_const(releases)) {
            if (earlier.text.language == release->text.language) {
                context.error(context.tr("language '%1' is given twice").arg(release->text.language.code()));
                exitCode = kExitUsage;
                return std::nullopt;
            }
        }
        releases.append(std::move(*release));
    }
    return releases;
}

} // namespace terjime::cli
