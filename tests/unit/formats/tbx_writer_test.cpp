// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/formats/glossary_io.h"

#include <gtest/gtest.h>

using namespace terjime;
using namespace terjime::formats;
using glossary::TermStatus;

namespace {

glossary::Glossary sample()
{
    glossary::Glossary g;
    g.sourceLanguage = QStringLiteral("en");
    g.title = QStringLiteral("Terms & names");
    glossary::Concept c;
    c.id = QStringLiteral("interdepartmental-commission");
    c.subjectField = QStringLiteral("public administration");
    c.notes = {QStringLiteral("checked <2023>")};
    // Inserted out of order on purpose: the writer sorts languages.
    c.terms[QStringLiteral("tk")] = {
        glossary::makeTerm(QString::fromUtf8("Pudagara komissiýa"), TermStatus::Preferred),
        glossary::makeTerm(QString::fromUtf8("Pudaklararasy komissiýa"), TermStatus::Deprecated)};
    c.terms[QStringLiteral("en")] = {
        glossary::makeTerm(QStringLiteral("Interdepartmental Commission"), TermStatus::Preferred)};
    c.terms[QStringLiteral("ru")] = {
        glossary::makeTerm(QString::fromUtf8("Межведомственная  комиссия\n"), TermStatus::Preferred)};
    c.terms[QStringLiteral("tk")][1].notes = {QStringLiteral("needs review")};
    c.terms[QStringLiteral("en")][0].exactOnly = true;
    c.terms[QStringLiteral("en")][0].partOfSpeech = QStringLiteral("noun");
    glossary::Concept osce;
    osce.id = QStringLiteral("osce");
    osce.terms[QStringLiteral("en")] = {glossary::makeTerm(QStringLiteral("OSCE"), TermStatus::Preferred)};
    osce.terms[QStringLiteral("en")][0].type = glossary::TermType::Acronym;
    osce.terms[QStringLiteral("en")][0].caseSensitive = true;
    osce.terms[QStringLiteral("tk")] = {glossary::makeTerm(QString::fromUtf8("ÝHHG"))};
    osce.terms[QStringLiteral("tk")][0].rawStatus = QStringLiteral("nominal");
    g.concepts = {c, osce};
    return g;
}

const char kExpectedTbxBasic[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
  <martifHeader>
    <fileDesc>
      <titleStmt>
        <title>Terms &amp; names</title>
      </titleStmt>
    </fileDesc>
    <encodingDesc>
      <p type="XCSURI">TBXBasicXCSV02.xcs</p>
    </encodingDesc>
  </martifHeader>
  <text>
    <body>
      <termEntry id="interdepartmental-commission">
        <descrip type="subjectField">public administration</descrip>
        <note>checked &lt;2023&gt;</note>
        <langSet xml:lang="en">
          <tig>
            <term>Interdepartmental Commission</term>
            <termNote type="partOfSpeech">noun</termNote>
            <termNote type="termType">fullForm</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            <termNote type="x-matching">exact-only</termNote>
          </tig>
        </langSet>
        <langSet xml:lang="ru">
          <tig>
            <term>Межведомственная комиссия</term>
            <termNote type="termType">fullForm</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </tig>
        </langSet>
        <langSet xml:lang="tk">
          <tig>
            <term>Pudagara komissiýa</term>
            <termNote type="termType">fullForm</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          </tig>
          <tig>
            <term>Pudaklararasy komissiýa</term>
            <termNote type="termType">fullForm</termNote>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
            <note>needs review</note>
          </tig>
        </langSet>
      </termEntry>
      <termEntry id="osce">
        <langSet xml:lang="en">
          <tig>
            <term>OSCE</term>
            <termNote type="termType">acronym</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            <termNote type="x-matching">case-sensitive</termNote>
          </tig>
        </langSet>
        <langSet xml:lang="tk">
          <tig>
            <term>ÝHHG</term>
            <termNote type="termType">fullForm</termNote>
            <termNote type="administrativeStatus">nominal</termNote>
          </tig>
        </langSet>
      </termEntry>
    </body>
  </text>
</martif>
)";

} // namespace

TEST(TbxWriter, WritesCanonicalTbxBasic)
{
    const QByteArray written = writeTbxBasic(sample());
    EXPECT_EQ(QString::fromUtf8(written), QString::fromUtf8(kExpectedTbxBasic));
}

TEST(TbxWriter, EveryWriterRoundTripsThroughTheReader)
{
    const QByteArray canonical = writeTbxBasic(sample());
    const struct {
        const char *name;
        QByteArray bytes;
    } cases[] = {{"tbx-basic", canonical}, {"tbx3", writeTbx3(sample())}};
    for (const auto &c : cases) {
        const auto read = readGlossary(c.bytes, QStringLiteral("out.tbx"));
        ASSERT_TRUE(read.ok()) << c.name << ": " << read.error().describe().toStdString();
        EXPECT_EQ(read->concepts.size(), 2) << c.name;
        EXPECT_EQ(read->concepts[1].terms.value(QStringLiteral("tk"))[0].rawStatus, QStringLiteral("nominal"));
        EXPECT_EQ(read->concepts[1].terms.value(QStringLiteral("en"))[0].caseSensitive, std::optional<bool>(true));
        EXPECT_EQ(writeTbxBasic(*read), canonical) << c.name;
    }
    EXPECT_TRUE(writeTbx3(sample()).startsWith(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" "
        "xmlns=\"urn:iso:std:iso:30042:ed-2\">\n  <tbxHeader>\n"));
}

TEST(TbxWriter, WritesOmegaTTsv)
{
    const struct {
        const char *source;
        const char *target;
        const char *expected;
    } cases[] = {
        {"en", "tk",
         "# Glossary in tab-separated format -*- coding: utf-8 -*-\n"
         "Interdepartmental Commission\tPudagara komissiýa\tchecked <2023>\n"
         "OSCE\tÝHHG\n"}, // ÝHHG is admitted (its status string is unknown) and the only tk term
        {"tk", "ru",
         "# Glossary in tab-separated format -*- coding: utf-8 -*-\n"
         "Pudagara komissiýa\tМежведомственная комиссия\tchecked <2023>\n"},
        {"en", "en", // OSCE/OSCE: the target falls back to the admitted term when there is no preferred one
         "# Glossary in tab-separated format -*- coding: utf-8 -*-\n"
         "Interdepartmental Commission\tInterdepartmental Commission\tchecked <2023>\n"
         "OSCE\tOSCE\n"},
    };
    for (const auto &c : cases) {
        EXPECT_EQ(QString::fromUtf8(writeTsv(sample(), QString::fromUtf8(c.source), QString::fromUtf8(c.target))),
                  QString::fromUtf8(c.expected))
            << c.source << "-" << c.target;
    }
    // The TSV reads back as the same pairs.
    const auto back = readGlossary(writeTsv(sample(), QStringLiteral("en"), QStringLiteral("tk")),
                                   QStringLiteral("out.txt"), {QStringLiteral("en"), QStringLiteral("tk")});
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(back->concepts.size(), 2);
    EXPECT_EQ(back->concepts[0].notes, QStringList{QStringLiteral("checked <2023>")});
}

TEST(TbxWriter, FillsWhatTheReaderWouldFill)
{
    // A glossary built in code: no concept id, an upper-case language code, text with line breaks.
    glossary::Glossary g;
    glossary::Concept c;
    c.terms[QStringLiteral("EN")] = {glossary::makeTerm(QStringLiteral("State Migration\n Service"))};
    g.concepts = {c};
    const QByteArray first = writeTbxBasic(g);
    EXPECT_TRUE(first.contains("<termEntry id=\"c1\">")) << first.constData();
    EXPECT_TRUE(first.contains("<langSet xml:lang=\"en\">")) << first.constData();
    EXPECT_TRUE(first.contains("<term>State Migration Service</term>")) << first.constData();
    EXPECT_TRUE(first.contains("<martif type=\"TBX-Basic\" xml:lang=\"en\">")) << first.constData();
    const auto read = readGlossary(first, QStringLiteral("out.tbx"));
    ASSERT_TRUE(read.ok());
    EXPECT_TRUE(writeTbxBasic(*read) == first);
    EXPECT_FALSE(first.contains(" \n"));
    EXPECT_FALSE(first.contains('\r'));
}
