// SPDX-License-Identifier: GPL-3.0-or-later
#include "tbx_reader.h"

#include "xml_glossary_reader.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace terjime::formats {
namespace {

using glossary::cleanText;
using glossary::Concept;
using glossary::Glossary;
using glossary::Term;

// The data categories TBX v3 DCT files write as elements of their own (<min:partOfSpeech>), by local name.
bool isDctCategory(QStringView name)
{
    return name == u"subjectField" || name == u"definition" || name == u"partOfSpeech" || name == u"termType" ||
           name == u"administrativeStatus" || name == u"usageStatus";
}

bool isEntry(QStringView name)
{
    return name == u"termEntry" || name == u"conceptEntry";
}

bool isLanguageSection(QStringView name)
{
    return name == u"langSet" || name == u"langSec";
}

bool isTermGroup(QStringView name)
{
    return name == u"tig" || name == u"ntig" || name == u"termSec";
}

class TbxReader : private XmlGlossaryReader {
public:
    TbxReader(const QString &xml, const QString &fileName) : XmlGlossaryReader(xml, fileName) {}

    core::Result<Glossary> read()
    {
        if (!m_xml.readNextStartElement()) {
            if (m_xml.hasError())
                return xmlError();
            return error(core::ErrorCode::Syntax, core::N_("empty document: no root element"));
        }
        const QString root = m_xml.name().toString();
        if (root != u"martif" && root != u"tbx")
            return error(core::ErrorCode::Syntax, core::N_("not a TBX document: the root element is <%1>"), {root});
        m_glossary.sourceLanguage = glossary::normalizeLanguageCode(language());
        walk();
        if (m_xml.hasError())
            return xmlError();
        return std::move(m_glossary);
    }

private:
    QString language() const
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        QStringView value =
            attributes.value(QLatin1String("http://www.w3.org/XML/1998/namespace"), QLatin1String("lang"));
        if (value.isEmpty())
            value = attributes.value(QLatin1String("lang")); // TBX before 2008 wrote lang= without the prefix
        return value.toString();
    }

    void startElement() override
    {
        const QStringView name = m_xml.name();
        if (name == u"martifHeader" || name == u"tbxHeader") {
            m_inHeader = true;
        } else if (m_inHeader) {
            readHeaderElement(name);
        } else if (isEntry(name)) {
            m_concept = Concept{};
            m_concept.id = m_xml.attributes().value(QLatin1String("id")).toString().trimmed();
            m_inConcept = true;
        } else if (m_inConcept && isLanguageSection(name)) {
            m_language = glossary::normalizeLanguageCode(language());
        } else if (m_inConcept && isTermGroup(name)) {
            m_inTermGroup = true;
            m_termIndex = -1;
        } else if (m_inConcept && name == u"term") {
            readTerm();
        } else if (m_inConcept && (name == u"descrip" || name == u"termNote" || name == u"admin")) {
            const QString type = m_xml.attributes().value(QLatin1String("type")).toString();
            applyCategory(type, elementText());
        } else if (m_inConcept && name == u"note") {
            applyCategory(QStringLiteral("note"), elementText());
        } else if (m_inConcept && !m_xml.namespaceUri().isEmpty() && isDctCategory(name)) {
            applyCategory(name.toString(), elementText());
        }
    }

    void readHeaderElement(QStringView name)
    {
        if (name == u"title" && m_glossary.title.isEmpty())
            m_glossary.title = elementText();
        else if (name == u"sourceDesc")
            m_inSourceDescription = true;
        else if (name == u"p" && m_inSourceDescription && m_glossary.description.isEmpty())
            m_glossary.description = elementText();
    }

    void readTerm()
    {
        const QString text = elementText();
        if (m_language.isEmpty())
            return; // a term outside a language section has no language to go to
        // A <term> outside tig/ntig/termSec, or a second one in the same group, starts a term of its own.
        addTerm(text);
    }

    void applyCategory(const QString &type, const QString &value)
    {
        if (Term *term = currentTerm()) {
            applyTermCategory(*term, type, value);
        } else if (m_inTermGroup || value.isEmpty()) {
            return; // a data category before its term: nothing to attach it to
        } else if (type == u"subjectField" && m_concept.subjectField.isEmpty()) {
            m_concept.subjectField = value;
        } else if (type == u"definition" && m_language.isEmpty() && m_concept.definition.isEmpty()) {
            m_concept.definition = value;
        } else if (type == u"definition" && m_languageDefinition.isEmpty()) {
            m_languageDefinition = value;
        } else if (type == u"note" && m_language.isEmpty()) {
            m_concept.notes.append(value);
        }
    }

    static void applyTermCategory(Term &term, const QString &type, const QString &value)
    {
        if (type == u"administrativeStatus" || type == u"usageStatus") {
            if (const auto status = glossary::parseTermStatus(value)) {
                term.status = *status;
                term.rawStatus.clear();
            } else {
                term.rawStatus = value;
            }
        } else if (type == u"partOfSpeech") {
            term.partOfSpeech = value;
        } else if (type == u"termType") {
            term.type = glossary::parseTermType(value);
            const bool named = term.type == glossary::TermType::Other && value.compare(u"other", Qt::CaseInsensitive);
            term.rawType = named ? value : QString();
        } else if (type == u"x-matching") {
            if (value == u"case-sensitive")
                term.caseSensitive = true;
            else if (value == u"case-insensitive")
                term.caseSensitive = false;
            else if (value == u"exact-only")
                term.exactOnly = true;
        } else if (type == u"note" && !value.isEmpty()) {
            term.notes.append(value);
        }
    }

    void endElement() override
    {
        const QStringView name = m_xml.name();
        if (name == u"martifHeader" || name == u"tbxHeader") {
            m_inHeader = false;
        } else if (name == u"sourceDesc") {
            m_inSourceDescription = false;
        } else if (m_inConcept && isTermGroup(name)) {
            m_inTermGroup = false;
            m_termIndex = -1;
        } else if (m_inConcept && isLanguageSection(name)) {
            m_language.clear();
            m_inTermGroup = false;
        } else if (m_inConcept && isEntry(name)) {
            finishConcept();
        }
    }

    bool m_inHeader = false;
    bool m_inSourceDescription = false;
};

} // namespace

core::Result<Glossary> readTbx(const QString &xml, const QString &fileName)
{
    return TbxReader(xml, fileName).read();
}

} // namespace terjime::formats
