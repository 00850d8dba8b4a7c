// SPDX-License-Identifier: GPL-3.0-or-later
#include "multiterm_reader.h"
#include "qt_printers.h"
#include "tm/formats/glossary_io.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace terjime;
using namespace terjime::formats;
using glossary::TermStatus;
using glossary::TermType;

namespace {

// Shaped like a MultiTerm 2009+ export: <concept> numbers, transacGrp everywhere, fields named after the termbase
// definition ("Part of Speech", "Subject"), a language given only by its name, and a term-less language.
const char kSample[] = R"(<?xml version='1.0' encoding='UTF-8'?>
<mtf>
<conceptGrp><concept>7</concept>
<transacGrp><transac type="origination">ata</transac><date>2024-01-02T10:00:00</date></transacGrp>
<descripGrp><descrip type="Definition">A body that coordinates the national response.</descrip></descripGrp>
<descripGrp><descrip type="Note">from the action plan</descrip></descripGrp>
<languageGrp><language type="English" lang="EN-US"/>
<descripGrp><descrip type="Subject">public administration</descrip></descripGrp>
<descripGrp><descrip type="Note">language-level notes have no place in the model</descrip></descripGrp>
<termGrp><term>interdepartmental   commission</term>
<descripGrp><descrip type="Status">preferred</descrip></descripGrp>
<descripGrp><descrip type="Part of Speech">noun</descrip></descripGrp>
<transacGrp><transac type="modification">ata</transac><date>2024-01-03T10:00:00</date></transacGrp>
</termGrp>
<termGrp><term>IDC</term><descripGrp><descrip type="Term Type">acronym</descrip></descripGrp>
<descripGrp><descrip type="Status">forbidden</descrip></descripGrp>
<descripGrp><descrip type="Note">internal <xref Tlink="Entry:3">jargon</xref></descrip></descripGrp></termGrp>
</languageGrp>
<languageGrp><language type="Russian"></language>
<descripGrp><descrip type="Definition">Орган, координирующий меры.</descrip></descripGrp>
<termGrp><term>межведомственная комиссия</term><descripGrp><descrip type="Status">proposed</descrip></descripGrp>
<descripGrp><descrip type="Term Type">short form</descrip></descripGrp></termGrp>
</languageGrp>
<languageGrp><language type="Turkmen" lang="TK"/></languageGrp>
</conceptGrp>
<conceptGrp>
<languageGrp><language type="Turkish"/><termGrp><term>komisyon</term>
<descripGrp><descrip type="administrativeStatus">admittedTerm-admn-sts</descrip></descripGrp></termGrp></languageGrp>
<languageGrp><language type="Klingon"/><termGrp><term>yaS</term></termGrp></languageGrp>
</conceptGrp>
</mtf>
)";

} // namespace

TEST(MultiTermReader, ReadsConceptsLanguagesTermsAndFields)
{
    const auto result = readGlossary(QByteArray(kSample), QStringLiteral("sample.xml"));
    ASSERT_TRUE(result.ok()) << result.error().describe().toStdString();
    ASSERT_EQ(result->concepts.size(), 2);
    EXPECT_TRUE(result->sourceLanguage.isEmpty()); // MultiTerm does not say

    const glossary::Concept &c = result->concepts[0];
    EXPECT_EQ(c.id, QStringLiteral("7"));
    EXPECT_EQ(c.definition, QStringLiteral("A body that coordinates the national response."));
    EXPECT_EQ(c.subjectField, QStringLiteral("public administration"));
    EXPECT_EQ(c.notes, QStringList{QStringLiteral("from the action plan")});
    EXPECT_EQ(c.terms.keys(), (QList<QString>{QStringLiteral("en-us"), QStringLiteral("ru")})); // tk has no term

    const auto en = c.terms.value(QStringLiteral("en-us"));
    ASSERT_EQ(en.size(), 2);
    EXPECT_EQ(en[0].text, QStringLiteral("interdepartmental commission"));
    EXPECT_EQ(en[0].status, TermStatus::Preferred);
    EXPECT_EQ(en[0].partOfSpeech, QStringLiteral("noun"));
    EXPECT_TRUE(en[0].notes.isEmpty());
    EXPECT_EQ(en[1].text, QStringLiteral("IDC"));
    EXPECT_EQ(en[1].type, TermType::Acronym);
    EXPECT_EQ(en[1].status, TermStatus::Deprecated);
    EXPECT_EQ(en[1].notes, QStringList{QStringLiteral("internal jargon")});

    const glossary::Term &ru = c.terms.value(QStringLiteral("ru")).value(0);
    EXPECT_EQ(ru.text, QString::fromUtf8("межведомственная комиссия"));
    EXPECT_EQ(ru.status, TermStatus::Admitted);
    EXPECT_EQ(ru.rawStatus, QStringLiteral("proposed"));
    EXPECT_EQ(ru.type, TermType::Other);
    EXPECT_EQ(ru.rawType, QStringLiteral("shortForm"));

    const glossary::Concept &second = result->concepts[1];
    EXPECT_EQ(second.id, QStringLiteral("c2"));
    EXPECT_EQ(second.definition, QString());
    EXPECT_EQ(second.terms.value(QStringLiteral("tr")).value(0).status, TermStatus::Admitted);
    EXPECT_EQ(second.terms.value(QStringLiteral("klingon")).value(0).text, QStringLiteral("yaS"));
}

TEST(MultiTermReader, LanguageDefinitionStandsInForAMissingConceptOne)
{
    const char xml[] = R"(<mtf><conceptGrp><concept>1</concept><languageGrp><language lang="RU" type="Russian"/>
<descripGrp><descrip type="definition">Определение</descrip></descripGrp><termGrp><term>термин</term></termGrp>
</languageGrp></conceptGrp></mtf>)";
    const auto result = readGlossary(QByteArray(xml), QStringLiteral("def.xml"));
    ASSERT_TRUE(result.ok()) << result.error().describe().toStdString();
    EXPECT_EQ(result->concepts.value(0).definition, QString::fromUtf8("Определение"));
}

TEST(MultiTermReader, TakesTheIdFromASystemFieldWithoutConcept)
{
    const char xml[] = R"(<mtf><conceptGrp><system type="entryID">42</system><languageGrp><language lang="EN"/>
<termGrp><term>answer</term></termGrp></languageGrp></conceptGrp></mtf>)";
    const auto result = readGlossary(QByteArray(xml), QStringLiteral("system.xml"));
    ASSERT_TRUE(result.ok()) << result.error().describe().toStdString();
    EXPECT_EQ(result->concepts.value(0).id, QStringLiteral("42"));
}

TEST(MultiTermReader, MapsLanguageNames)
{
    const struct {
        const char *lang;
        const char *type;
        const char *code;
    } cases[] = {
        {"EN-US", "English", "en-us"}, {"", "English", "en"},  {"", "Russian", "ru"},  {"", "Turkish", "tr"},
        {"", "Turkmen", "tk"},         {"", "German", "de"},   {"", "French", "fr"},   {"", "Spanish", "es"},
        {"", "Chinese", "zh"},         {"", "Japanese", "ja"}, {"DE_ch", "", "de-ch"}, {"", " Elvish ", "elvish"},
    };
    for (const auto &c : cases) {
        EXPECT_EQ(multiTermLanguage(QString::fromUtf8(c.lang), QString::fromUtf8(c.type)), QString::fromUtf8(c.code))
            << c.lang << "/" << c.type;
    }
}

TEST(MultiTermReader, ReadsUtf16ExportsAndTheCanonicalExportIsAFixedPoint)
{
    // MultiTerm writes UTF-16LE with a BOM and encoding='UTF-16'.
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray utf16 =
        encoder.encode(QString::fromUtf8(kSample).replace(QStringLiteral("'UTF-8'"), QStringLiteral("'UTF-16'")));
    const auto result = readGlossary(utf16, QStringLiteral("sample.xml"));
    ASSERT_TRUE(result.ok()) << result.error().describe().toStdString();
    const auto utf8 = readGlossary(QByteArray(kSample), QStringLiteral("sample.xml"));
    ASSERT_TRUE(utf8.ok());
    EXPECT_EQ(*result, *utf8);

    const QByteArray first = writeTbxBasic(*result);
    const auto again = readGlossary(first, QStringLiteral("sample.tbx"));
    ASSERT_TRUE(again.ok()) << again.error().describe().toStdString();
    EXPECT_EQ(writeTbxBasic(*again), first);
}

TEST(MultiTermReader, ReportsBrokenInputWithLocation)
{
    const struct {
        const char *name;
        const char *bytes;
        const char *messagePart;
    } cases[] = {
        {"truncated", "<?xml version=\"1.0\"?>\n<mtf><conceptGrp><concept>1</concept>", "malformed XML"},
        {"mismatched", "<mtf>\n<conceptGrp><languageGrp></conceptGrp></mtf>", "malformed XML"},
    };
    for (const auto &c : cases) {
        const auto result = readGlossary(QByteArray(c.bytes), QStringLiteral("broken.xml"));
        ASSERT_FALSE(result.ok()) << c.name;
        const core::Error &error = result.error();
        EXPECT_EQ(error.code, core::ErrorCode::Syntax) << c.name;
        EXPECT_EQ(error.where.file, QStringLiteral("broken.xml"));
        EXPECT_GT(error.where.line, 0) << c.name;
        EXPECT_GT(error.where.column, 0) << c.name;
        EXPECT_TRUE(error.message().contains(QString::fromUtf8(c.messagePart))) << error.message().toStdString();
    }
    // Called directly on another document, the reader names the root it found.
    const auto tmx = readMultiTerm(QStringLiteral("<tmx version=\"1.4\"/>"), QStringLiteral("x.tmx"));
    ASSERT_FALSE(tmx.ok());
    EXPECT_EQ(tmx.error().code, core::ErrorCode::Syntax);
    EXPECT_TRUE(tmx.error().message().contains(QStringLiteral("<tmx>"))) << tmx.error().message().toStdString();
}
