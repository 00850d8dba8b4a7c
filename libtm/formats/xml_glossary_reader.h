// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/core/error.h"
#include "tm/glossary/glossary.h"

#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>

namespace terjime::formats {

// What the XML glossary readers (TBX, MultiTerm) share: the stream, errors that name the file, line and column,
// element text cleaned as glossary text, and a walk that hands every start and end element to the reader.
class XmlGlossaryReader {
protected:
    XmlGlossaryReader(const QString &xml, const QString &fileName) : m_xml(xml), m_fileName(fileName) {}
    virtual ~XmlGlossaryReader() = default;
    XmlGlossaryReader(const XmlGlossaryReader &) = delete;
    XmlGlossaryReader &operator=(const XmlGlossaryReader &) = delete;

    core::Error error(core::ErrorCode code, const char *format, QStringList arguments = {}) const
    {
        return core::makeError(code, format, std::move(arguments),
                               {m_fileName, int(m_xml.lineNumber()), std::max(1, int(m_xml.columnNumber()))});
    }
    // Qt's description of a malformed document is in English; it is passed on as the detail of our message.
    core::Error xmlError() const
    {
        return error(core::ErrorCode::Syntax, core::N_("malformed XML: %1"), {m_xml.errorString()});
    }
    QString elementText() { return glossary::cleanText(m_xml.readElementText(QXmlStreamReader::IncludeChildElements)); }
    void walk()
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::StartElement)
                startElement();
            else if (token == QXmlStreamReader::EndElement)
                endElement();
        }
    }
    virtual void startElement() = 0;
    virtual void endElement() = 0;

    // Appends a term to the open language of the open concept and makes it the one data categories go to.
    void addTerm(const QString &text)
    {
        QList<glossary::Term> &terms = m_concept.terms[m_language];
        terms.append(glossary::makeTerm(text));
        m_termIndex = terms.size() - 1;
    }
    // The term a data category belongs to, or null. Malformed files can switch language or concept inside a term
    // group, so the index is checked against the list it points into (found by the fuzzer).
    glossary::Term *currentTerm()
    {
        if (!m_inTermGroup || m_termIndex < 0 || m_language.isEmpty())
            return nullptr;
        const auto terms = m_concept.terms.find(m_language);
        if (terms == m_concept.terms.end() || m_termIndex >= terms->size())
            return nullptr;
        return &(*terms)[m_termIndex];
    }
    // Closes the open concept: drops empty languages, names it "c<position>" when the file gave no id, falls back
    // on the first language-level definition, and appends it to the glossary.
    void finishConcept()
    {
        m_concept.terms.removeIf([](const auto &entry) { return entry.value().isEmpty(); });
        if (m_concept.id.isEmpty())
            m_concept.id = QStringLiteral("c%1").arg(m_glossary.concepts.size() + 1);
        if (m_concept.definition.isEmpty())
            m_concept.definition = m_languageDefinition;
        m_glossary.concepts.append(std::move(m_concept));
        m_concept = glossary::Concept{};
        m_languageDefinition.clear();
        m_language.clear();
        m_inConcept = false;
        m_inTermGroup = false;
    }

    QXmlStreamReader m_xml;
    QString m_fileName;
    glossary::Glossary m_glossary;
    glossary::Concept m_concept;
    QString m_language;           // of the open language section; empty outside one
    QString m_languageDefinition; // the first language-level definition, used when the concept has none
    qsizetype m_termIndex = -1;   // the term the open term group is about, in m_concept.terms[m_language]
    bool m_inConcept = false;
    bool m_inTermGroup = false;
};

} // namespace terjime::formats
