// SPDX-License-Identifier: GPL-3.0-or-later
#include "tabular_glossary.h"

#include "tm/formats/glossary_io.h"

#include <QRegularExpression>

namespace terjime::formats {
namespace {

using glossary::cleanText;
using glossary::Concept;
using glossary::Glossary;
using glossary::Term;
using glossary::TermStatus;

QStringList splitTsvLine(const QString &line)
{
    if (line.contains(QLatin1Char('\t')))
        return line.split(QLatin1Char('\t'));
    // Hand-edited OmegaT glossaries separate the columns with spaces (project_CN_JP): a run of two or more spaces
    // is taken as the separator, a single space being part of a multiword term.
    static const QRegularExpression spaces(QStringLiteral(" {2,}"));
    return line.trimmed().split(spaces);
}

// Text for one TSV field: no tabs or line breaks, which would start another column or line.
QString tsvField(const QString &text)
{
    return cleanText(text);
}

QStringList sourceTerms(const QList<Term> &terms)
{
    QStringList out;
    for (const Term &term : terms) {
        if ((term.status == TermStatus::Preferred || term.status == TermStatus::Admitted) && !term.text.isEmpty())
            out.append(term.text);
    }
    return out;
}

QStringList targetTerms(const QList<Term> &terms)
{
    QStringList out;
    for (const Term &term : terms) {
        if (term.status == TermStatus::Preferred && !term.text.isEmpty())
            out.append(term.text);
    }
    if (out.isEmpty()) {
        for (const Term &term : terms) {
            if (term.status == TermStatus::Admitted && !term.text.isEmpty())
                return {term.text};
        }
    }
    return out;
}

} // namespace

QStringList splitCsvLine(QStringView line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field.append(c);
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field);
    return fields;
}

Glossary readTabular(const QString &text, bool csv, const QString &source, const QString &target)
{
    Glossary result;
    result.sourceLanguage = glossary::normalizeLanguageCode(source);
    const QString sourceCode = result.sourceLanguage;
    const QString targetCode = glossary::normalizeLanguageCode(target);
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.startsWith(QLatin1Char('#')))
            continue; // OmegaT's magic "-*- coding: utf-8 -*-" line and other comments
        const QStringList fields = csv ? splitCsvLine(line) : splitTsvLine(line);
        const QString sourceText = cleanText(fields.value(0));
        const QString targetText = cleanText(fields.value(1));
        if (sourceText.isEmpty() || targetText.isEmpty())
            continue;
        Concept entry;
        entry.id = QStringLiteral("c%1").arg(result.concepts.size() + 1);
        entry.terms[sourceCode].append(glossary::makeTerm(sourceText, TermStatus::Preferred));
        entry.terms[targetCode].append(glossary::makeTerm(targetText, TermStatus::Preferred));
        const QString comment = cleanText(fields.mid(2).join(QLatin1Char(' ')));
        if (!comment.isEmpty())
            entry.notes.append(comment);
        result.concepts.append(std::move(entry));
    }
    return result;
}

QByteArray writeTsv(const Glossary &glossary, const QString &source, const QString &target)
{
    const QString sourceCode = glossary::normalizeLanguageCode(source);
    const QString targetCode = glossary::normalizeLanguageCode(target);
    QString out = QStringLiteral("# Glossary in tab-separated format -*- coding: utf-8 -*-\n");
    for (const Concept &entry : glossary.concepts) {
        QStringList notes;
        for (const QString &note : entry.notes)
            notes.append(tsvField(note));
        const QString comment = notes.join(QStringLiteral("; "));
        for (const QString &from : sourceTerms(entry.terms.value(sourceCode))) {
            for (const QString &to : targetTerms(entry.terms.value(targetCode))) {
                out += tsvField(from) + QLatin1Char('\t') + tsvField(to);
                if (!comment.isEmpty())
                    out += QLatin1Char('\t') + comment;
                out += QLatin1Char('\n');
            }
        }
    }
    return out.toUtf8();
}

} // namespace terjime::formats
