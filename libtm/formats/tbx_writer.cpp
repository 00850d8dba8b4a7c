// SPDX-License-Identifier: GPL-3.0-or-later
// The canonical TBX writers: one element per line and a fixed order, so that a git diff of a glossary shows exactly
// the entries a terminologist changed.
#include "tm/formats/glossary_io.h"

#include <utility>

namespace terjime::formats {
namespace {

using glossary::cleanText;
using glossary::Concept;
using glossary::Glossary;
using glossary::Term;

// The element names that differ between the classic martif layout and TBX v3.
struct Layout {
    QString header;
    QString entry;
    QString languageSection;
    QString termGroup;
};

// Characters XML 1.0 cannot carry are dropped; cleanText has already turned tabs and line breaks into spaces.
QString escaped(const QString &text, bool attribute)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0xFFFE || u == 0xFFFF)
            continue;
        if (u == u'&')
            out += QLatin1String("&amp;");
        else if (u == u'<')
            out += QLatin1String("&lt;");
        else if (u == u'>')
            out += QLatin1String("&gt;");
        else if (u == u'"' && attribute)
            out += QLatin1String("&quot;");
        else
            out += c;
    }
    return out;
}

// Writes indented lines. Attributes are given as (name, value) pairs in the order they are to appear.
class LineWriter {
public:
    using Attributes = QList<std::pair<QString, QString>>;

    void line(const QString &text) { m_out += QString(m_depth * 2, QLatin1Char(' ')) + text + QLatin1Char('\n'); }
    void open(const QString &name, const Attributes &attributes = {})
    {
        line(QLatin1Char('<') + name + attributeText(attributes) + QLatin1Char('>'));
        ++m_depth;
    }
    void close(const QString &name)
    {
        --m_depth;
        line(QLatin1String("</") + name + QLatin1Char('>'));
    }
    void leaf(const QString &name, const Attributes &attributes, const QString &text)
    {
        line(QLatin1Char('<') + name + attributeText(attributes) + QLatin1Char('>') + escaped(text, false) +
             QLatin1String("</") + name + QLatin1Char('>'));
    }
    QByteArray bytes() const { return m_out.toUtf8(); }

private:
    static QString attributeText(const Attributes &attributes)
    {
        QString out;
        for (const auto &[name, value] : attributes)
            out += QLatin1Char(' ') + name + QLatin1String("=\"") + escaped(value, true) + QLatin1Char('"');
        return out;
    }

    QString m_out;
    int m_depth = 0;
};

const QString kType = QStringLiteral("type");

// A data category with a value; nothing when the value is empty.
void category(LineWriter &out, const QString &element, const QString &type, const QString &value)
{
    const QString text = cleanText(value);
    if (!text.isEmpty())
        out.leaf(element, {{kType, type}}, text);
}

void writeNotes(LineWriter &out, const QStringList &notes)
{
    for (const QString &note : notes) {
        const QString text = cleanText(note);
        if (!text.isEmpty())
            out.leaf(QStringLiteral("note"), {}, text);
    }
}

void writeTerm(LineWriter &out, const Layout &layout, const Term &term)
{
    const QString termNote = QStringLiteral("termNote");
    out.open(layout.termGroup);
    out.leaf(QStringLiteral("term"), {}, cleanText(term.text));
    // The order of glossaries/README.md, which the curated files follow.
    category(out, termNote, QStringLiteral("partOfSpeech"), term.partOfSpeech);
    const bool rawType = term.type == glossary::TermType::Other && !term.rawType.isEmpty();
    category(out, termNote, QStringLiteral("termType"), rawType ? term.rawType : termTypeName(term.type));
    const QString status = term.rawStatus.isEmpty() ? termStatusName(term.status) : term.rawStatus;
    category(out, termNote, QStringLiteral("administrativeStatus"), status);
    const QString matching = QStringLiteral("x-matching");
    if (term.caseSensitive)
        category(out, termNote, matching,
                 *term.caseSensitive ? QStringLiteral("case-sensitive") : QStringLiteral("case-insensitive"));
    if (term.exactOnly)
        category(out, termNote, matching, QStringLiteral("exact-only"));
    writeNotes(out, term.notes);
    out.close(layout.termGroup);
}

// `position` is 1-based; a concept without an id is written with the one the reader would give it ("c<position>").
void writeConcept(LineWriter &out, const Layout &layout, const Concept &entry, qsizetype position)
{
    const QString id = entry.id.trimmed().isEmpty() ? QStringLiteral("c%1").arg(position) : entry.id.trimmed();
    out.open(layout.entry, {{QStringLiteral("id"), id}});
    const QString descrip = QStringLiteral("descrip");
    category(out, descrip, QStringLiteral("subjectField"), entry.subjectField);
    category(out, descrip, QStringLiteral("definition"), entry.definition);
    writeNotes(out, entry.notes);
    // QMap iterates in key order: languages sorted by code.
    for (auto it = entry.terms.cbegin(); it != entry.terms.cend(); ++it) {
        if (it.key().isEmpty() || it.value().isEmpty())
            continue; // a reader could not give such terms a language back
        out.open(layout.languageSection, {{QStringLiteral("xml:lang"), glossary::normalizeLanguageCode(it.key())}});
        for (const Term &term : it.value())
            writeTerm(out, layout, term);
        out.close(layout.languageSection);
    }
    out.close(layout.entry);
}

void writeFileDescription(LineWriter &out, const Glossary &glossary)
{
    const QString title = cleanText(glossary.title);
    const QString description = cleanText(glossary.description);
    if (title.isEmpty() && description.isEmpty()) {
        out.line(QStringLiteral("<fileDesc/>"));
        return;
    }
    out.open(QStringLiteral("fileDesc"));
    if (!title.isEmpty()) {
        out.open(QStringLiteral("titleStmt"));
        out.leaf(QStringLiteral("title"), {}, title);
        out.close(QStringLiteral("titleStmt"));
    }
    if (!description.isEmpty()) {
        out.open(QStringLiteral("sourceDesc"));
        out.leaf(QStringLiteral("p"), {}, description);
        out.close(QStringLiteral("sourceDesc"));
    }
    out.close(QStringLiteral("fileDesc"));
}

// The root's xml:lang: the glossary's source language, else its first language, else English (TBX requires one).
QString rootLanguage(const Glossary &glossary)
{
    if (!glossary.sourceLanguage.isEmpty())
        return glossary::normalizeLanguageCode(glossary.sourceLanguage);
    const QStringList languages = glossary.languages();
    return languages.isEmpty() ? QStringLiteral("en") : glossary::normalizeLanguageCode(languages.front());
}

void writeBody(LineWriter &out, const Layout &layout, const Glossary &glossary)
{
    out.open(QStringLiteral("text"));
    out.open(QStringLiteral("body"));
    for (qsizetype i = 0; i < glossary.concepts.size(); ++i)
        writeConcept(out, layout, glossary.concepts[i], i + 1);
    out.close(QStringLiteral("body"));
    out.close(QStringLiteral("text"));
}

} // namespace

QByteArray writeTbxBasic(const Glossary &glossary)
{
    const Layout layout{QStringLiteral("martifHeader"), QStringLiteral("termEntry"), QStringLiteral("langSet"),
                        QStringLiteral("tig")};
    LineWriter out;
    out.line(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    const QString root = QStringLiteral("martif");
    out.open(root, {{kType, QStringLiteral("TBX-Basic")}, {QStringLiteral("xml:lang"), rootLanguage(glossary)}});
    out.open(layout.header);
    writeFileDescription(out, glossary);
    out.open(QStringLiteral("encodingDesc"));
    out.leaf(QStringLiteral("p"), {{kType, QStringLiteral("XCSURI")}}, QStringLiteral("TBXBasicXCSV02.xcs"));
    out.close(QStringLiteral("encodingDesc"));
    out.close(layout.header);
    writeBody(out, layout, glossary);
    out.close(root);
    return out.bytes();
}

QByteArray writeTbx3(const Glossary &glossary)
{
    const Layout layout{QStringLiteral("tbxHeader"), QStringLiteral("conceptEntry"), QStringLiteral("langSec"),
                        QStringLiteral("termSec")};
    LineWriter out;
    out.line(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    const QString root = QStringLiteral("tbx");
    out.open(root, {{kType, QStringLiteral("TBX-Basic")},
                    {QStringLiteral("style"), QStringLiteral("dca")},
                    {QStringLiteral("xml:lang"), rootLanguage(glossary)},
                    {QStringLiteral("xmlns"), QStringLiteral("urn:iso:std:iso:30042:ed-2")}});
    out.open(layout.header);
    writeFileDescription(out, glossary);
    out.close(layout.header);
    writeBody(out, layout, glossary);
    out.close(root);
    return out.bytes();
}

} // namespace terjime::formats
