// SPDX-License-Identifier: GPL-3.0-or-later
#include "align_output.h"

#include "json_writer.h"

#include "tm/align/bead_units.h"
#include "tm/formats/tmx.h"

namespace terjime::cli {
namespace {

// A TSV field cannot hold tabs or line breaks; segments have none after segmentation, but presegmented input could.
QString tsvField(QString text)
{
    for (QChar &c : text)
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    return text;
}

} // namespace

QByteArray alignmentJsonl(const QList<align::AlignText> &texts, const QList<align::Bead> &beads)
{
    QByteArray out;
    for (const align::Bead &bead : beads) {
        JsonLine line;
        for (qsizetype t = 0; t < texts.size(); ++t)
            line.addList(texts[t].language.code(), bead.segments[t]);
        line.addNumber("score", bead.confidence, 3).add("flag", bead.flagged);
        out += line.finish();
    }
    return out;
}

QByteArray alignmentTsv(const QList<align::AlignText> &texts, const QList<align::Bead> &beads)
{
    QByteArray out;
    for (const align::Bead &bead : beads) {
        QStringList fields;
        for (qsizetype t = 0; t < texts.size(); ++t)
            fields.append(tsvField(align::beadText(texts[t], bead.segments[t])));
        fields.append(QString::number(bead.confidence, 'f', 3));
        out += fields.join(u'\t').toUtf8();
        out += '\n';
    }
    return out;
}

core::Status writeAlignmentTmx(QIODevice &device, const QString &fileName, const QList<align::AlignText> &texts,
                               const QList<align::Bead> &beads)
{
    formats::TmxWriter writer(device, QStringLiteral(TERJIME_VERSION), fileName);
    formats::TmxHeader header;
    header.sourceLanguage = texts.front().language.code();
    core::Status written = writer.begin(header);
    for (const core::TranslationUnit &unit : align::beadsToUnits(texts, beads)) {
        if (!written)
            return written;
        written = writer.write(unit);
    }
    return written ? writer.finish() : written;
}

} // namespace terjime::cli
