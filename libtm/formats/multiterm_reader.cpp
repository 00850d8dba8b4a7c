// SPDX-License-Identifier: GPL-3.0-or-later
#include "multiterm_reader.h"

#include "xml_glossary_reader.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <array>
#include <utility>

namespace terjime::formats {
namespace {

using glossary::cleanText;
using glossary::Concept;
using glossary::Glossary;
using glossary::Term;

// MultiTerm names its data categories after whatever the termbase definition calls its fields ("Part of Speech",
// "partOfSpeech", "Subject1"), so they are compared in one spelling: lower case without spaces, '_' and '-'.
QString categoryKey(QStringView type)
{
    QString key;
    for (const QChar c : type) {
        if (!c.isSpace() && c != u'_' && c != u'-')
            key.append(c.toLower());
    }
    return key;
}

// The categories the glossary model has a place for. Everything else (sources, contexts, graphics, grammatical
// gender, register, cross-references) is skipped, as the TBX reader skips unknown data categories.
enum class Category { Definition, Subject, Note, Status, PartOfSpeech, TermType, Other };

Category categoryOf(QStringView type)
{
    const QString key = categoryKey(type);
    if (key == u"definition")
        return Category::Definition;
    // Termbases with several subject levels call them Subject1, Subject2…: the first one given wins.
    if (key == u"subject" || key == u"subjectfield" || key == u"domain" ||
        (key.startsWith(u"subject") && key.size() > 7 &&
         std::all_of(key.cbegin() + 7, key.cend(), [](QChar c) { return c.isDigit(); })))
        return Category::Subject;
    if (key == u"note" || key == u"notes")
        return Category::Note;
    if (key == u"status" || key == u"termstatus" || key == u"administrativestatus" || key == u"usagestatus")
        return Category::Status;
    if (key == u"partofspeech")
        return Category::PartOfSpeech;
    if (key == u"termtype")
        return Category::TermType;
    return Category::Other;
}

// MultiTerm's picklists spell TBX termType values as words ("full form", "short form"); TBX writes them camel-case.
QString termTypeValue(const QString &value)
{
    const QStringList words = value.split(u' ', Qt::SkipEmptyParts);
    QString camel = words.value(0).toLower();
    for (qsizetype i = 1; i < words.size(); ++i)
        camel += words[i].left(1).toUpper() + words[i].mid(1).toLower();
    return camel;
}

bool isEntryNumberField(QStringView type)
{
    const QString key = categoryKey(type);
    return key == u"entryid" || key == u"entrynumber" || key == u"conceptid" || key == u"id";
}

class MultiTermReader : private XmlGlossaryReader {
public:
    MultiTermReader(const QString &xml, const QString &fileName) : XmlGlossaryReader(xml, fileName) {}

    core::Result<Glossary> read()
    {
        if (!m_xml.readNextStartElement()) {
            if (m_xml.hasError())
                return xmlError();
            return error(core::ErrorCode::Syntax, core::N_("empty document: no root element"));
        }
        const QString root = m_xml.name().toString();
        if (root != u"mtf")
            return error(core::ErrorCode::Syntax, core::N_("not a MultiTerm XML document: the root element is <%1>"),
                         {root});
        walk();
        if (m_xml.hasError())
            return xmlError();
        return std::move(m_glossary);
    }

private:
    QString attribute(const char *name) const { return m_xml.attributes().value(QLatin1String(name)).toString(); }
    void startElement() override
    {
        const QStringView name = m_xml.name();
        if (name == u"conceptGrp") {
            m_concept = Concept{};
            m_inConcept = true;
        } else if (!m_inConcept) {
            return;
        } else if (name == u"concept" && m_concept.id.isEmpty()) {
            m_concept.id = elementText();
        } else if (name == u"system" && m_language.isEmpty() && isEntryNumberField(attribute("type"))) {
            const QString id = elementText();
            if (m_concept.id.isEmpty())
                m_concept.id = id;
        } else if (name == u"language") {
            m_language = multiTermLanguage(attribute("lang"), attribute("type"));
        } else if (name == u"termGrp") {
            m_inTermGroup = true;
            m_termIndex = -1;
        } else if (name == u"term") {
            readTerm();
        } else if (name == u"descrip") {
            const Category category = categoryOf(attribute("type"));
            if (category != Category::Other)
                apply(category, elementText());
        } else if (name == u"transacGrp") {
            m_xml.skipCurrentElement(); // who changed the entry when: not part of the glossary model
        }
    }

    void readTerm()
    {
        const QString text = elementText();
        if (m_language.isEmpty() || !m_inTermGroup)
            return; // a term outside languageGrp/termGrp has no language or group to go to
        addTerm(text);
    }

    void apply(Category category, const QString &value)
    {
        if (value.isEmpty())
            return;
        if (Term *term = currentTerm()) {
            applyToTerm(*term, category, value);
        } else if (m_inTermGroup) {
            return; // a field before its term: nothing to attach it to
        } else if (category == Category::Subject && m_concept.subjectField.isEmpty()) {
            // MultiTerm termbases often define the subject per language; it still names the concept's field.
            m_concept.subjectField = value;
        } else if (category == Category::Definition && m_language.isEmpty() && m_concept.definition.isEmpty()) {
            m_concept.definition = value;
        } else if (category == Category::Definition && m_languageDefinition.isEmpty()) {
            m_languageDefinition = value;
        } else if (category == Category::Note && m_language.isEmpty()) {
            // Only concept-level notes: the model has no language-level ones (the TBX reader drops langSet notes too).
            m_concept.notes.append(value);
        }
    }

    static void applyToTerm(Term &term, Category category, const QString &value)
    {
        if (category == Category::Status) {
            if (const auto status = glossary::parseTermStatus(value)) {
                term.status = *status;
                term.rawStatus.clear();
            } else {
                term.rawStatus = value; // "new", "proposed"…: kept for lint and written back unchanged
            }
        } else if (category == Category::PartOfSpeech) {
            term.partOfSpeech = value;
        } else if (category == Category::TermType) {
            const QString tbxValue = termTypeValue(value);
            term.type = glossary::parseTermType(tbxValue);
            const bool named =
                term.type == glossary::TermType::Other && tbxValue.compare(u"other", Qt::CaseInsensitive);
            term.rawType = named ? tbxValue : QString();
        } else if (category == Category::Note) {
            term.notes.append(value);
        }
    }

    void endElement() override
    {
        const QStringView name = m_xml.name();
        if (!m_inConcept)
            return;
        if (name == u"termGrp") {
            m_inTermGroup = false;
            m_termIndex = -1;
        } else if (name == u"languageGrp") {
            m_language.clear();
            m_inTermGroup = false;
        } else if (name == u"conceptGrp") {
            finishConcept();
        }
    }
};

} // namespace

QString multiTermLanguage(const QString &langAttribute, const QString &typeAttribute)
{
    if (!langAttribute.trimmed().isEmpty())
        return glossary::normalizeLanguageCode(langAttribute);
    // Older exports name the language only by its English name.
    static const std::array<std::pair<const char16_t *, const char16_t *>, 20> kNames{{
        {u"english", u"en"},    {u"russian", u"ru"},     {u"turkish", u"tr"}, {u"turkmen", u"tk"},  {u"german", u"de"},
        {u"french", u"fr"},     {u"spanish", u"es"},     {u"chinese", u"zh"}, {u"japanese", u"ja"}, {u"italian", u"it"},
        {u"portuguese", u"pt"}, {u"korean", u"ko"},      {u"arabic", u"ar"},  {u"dutch", u"nl"},    {u"polish", u"pl"},
        {u"ukrainian", u"uk"},  {u"azerbaijani", u"az"}, {u"kazakh", u"kk"},  {u"uzbek", u"uz"},    {u"persian", u"fa"},
    }};
    const QString name = typeAttribute.trimmed().toLower();
    for (const auto &[english, code] : kNames) {
        if (name == QStringView(english))
            return QString::fromUtf16(code);
    }
    return glossary::normalizeLanguageCode(name);
}

core::Result<Glossary> readMultiTerm(const QString &xml, const QString &fileName)
{
    return MultiTermReader(xml, fileName).read();
}

} // namespace terjime::formats
