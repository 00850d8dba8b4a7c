// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/formats/glossary_io.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace terjime;
using namespace terjime::formats;
using glossary::TermStatus;
using glossary::TermType;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(TERJIME_TEST_DATA_DIR "/glossary/") + QString::fromUtf8(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

const char kTbx3Dca[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Min" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<tbxHeader><fileDesc><sourceDesc><p>v3</p></sourceDesc></fileDesc></tbxHeader>
<text><body>
<conceptEntry id="nap"><descrip type="subjectField">policy</descrip>
<langSec xml:lang="en"><termSec><term>National Action Plan</term>
<termNote type="usageStatus">preferred</termNote><termNote type="partOfSpeech">noun</termNote></termSec></langSec>
<langSec xml:lang="tk"><termSec><term>Hereketleriň milli meýilnamasy</term>
<termNote type="usageStatus">admitted</termNote><termNote type="termType">synonym</termNote></termSec></langSec>
</conceptEntry></body></text></tbx>)";

const char kTbx3Dct[] = R"(<?xml version="1.0" encoding="utf-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
     xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic">
<text><body><conceptEntry id="iom"><min:subjectField>migration</min:subjectField>
<langSec xml:lang="ru"><descripGrp><basic:definition>Межправительственная организация</basic:definition></descripGrp>
<termSec><term>МОМ</term><min:partOfSpeech>noun</min:partOfSpeech><basic:termType>acronym</basic:termType>
<basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec></langSec>
</conceptEntry></body></text></tbx>)";

} // namespace

TEST(TbxReader, ReadsClassicMartif)
{
    const auto result = readGlossary(fixture("commission.tbx"), QStringLiteral("commission.tbx"));
    ASSERT_TRUE(result.ok()) << result.error().describe().toStdString();
    const glossary::Glossary &g = *result;
    EXPECT_EQ(g.sourceLanguage, QStringLiteral("en"));
    EXPECT_EQ(g.title, QStringLiteral("Anti-trafficking terms"));
    EXPECT_EQ(g.description, QStringLiteral("Fixture for the glossary reader"));
    ASSERT_EQ(g.concepts.size(), 2);
    const glossary::Concept &c = g.concepts[0];
    EXPECT_EQ(c.id, QStringLiteral("interdepartmental-commission"));
    EXPECT_EQ(c.subjectField, QStringLiteral("public administration"));
    EXPECT_EQ(c.definition,
              QStringLiteral("The commission that coordinates the national response to trafficking in persons."));
    EXPECT_EQ(c.notes.size(), 1);
    EXPECT_EQ(c.terms.keys(), (QList<QString>{QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("tk")}));
    const auto tk = c.terms.value(QStringLiteral("tk"));
    ASSERT_EQ(tk.size(), 2);
    EXPECT_EQ(tk[0].text, QString::fromUtf8("Pudagara komissiýa"));
    EXPECT_EQ(tk[0].status, TermStatus::Preferred);
    EXPECT_EQ(tk[0].partOfSpeech, QStringLiteral("noun"));
    EXPECT_EQ(tk[1].status, TermStatus::Deprecated);
    EXPECT_EQ(tk[1].notes, QStringList{QStringLiteral("needs review")});
    EXPECT_EQ(c.terms.value(QStringLiteral("ru"))[0].status, TermStatus::Preferred);
    EXPECT_TRUE(c.terms.value(QStringLiteral("en"))[0].exactOnly);
    const glossary::Concept &osce = g.concepts[1];
    const glossary::Term &ru = osce.terms.value(QStringLiteral("ru"))[0];
    EXPECT_EQ(ru.type, TermType::Acronym);
    EXPECT_EQ(ru.rawStatus, QStringLiteral("nominal"));
    EXPECT_TRUE(ru.isCaseSensitive());
    EXPECT_FALSE(osce.terms.value(QStringLiteral("tk"))[0].isCaseSensitive());
}

TEST(TbxReader, ReadsTbx3DcaAndDct)
{
    const auto dca = readGlossary(QByteArray(kTbx3Dca), QStringLiteral("min.tbx"));
    ASSERT_TRUE(dca.ok()) << dca.error().describe().toStdString();
    ASSERT_EQ(dca->concepts.size(), 1);
    EXPECT_EQ(dca->description, QStringLiteral("v3"));
    EXPECT_EQ(dca->concepts[0].subjectField, QStringLiteral("policy"));
    EXPECT_EQ(dca->concepts[0].terms.value(QStringLiteral("en"))[0].status, TermStatus::Preferred);
    EXPECT_EQ(dca->concepts[0].terms.value(QStringLiteral("tk"))[0].text,
              QString::fromUtf8("Hereketleriň milli meýilnamasy"));
    EXPECT_EQ(dca->concepts[0].terms.value(QStringLiteral("tk"))[0].type, TermType::Other);
    EXPECT_EQ(dca->concepts[0].terms.value(QStringLiteral("tk"))[0].rawType, QStringLiteral("synonym"));
    EXPECT_TRUE(writeTbxBasic(*dca).contains("<termNote type=\"termType\">synonym</termNote>"));

    const auto dct = readGlossary(QByteArray(kTbx3Dct), QStringLiteral("basic.tbx"));
    ASSERT_TRUE(dct.ok()) << dct.error().describe().toStdString();
    const glossary::Concept &c = dct->concepts.value(0);
    EXPECT_EQ(c.subjectField, QStringLiteral("migration"));
    EXPECT_EQ(c.definition, QString::fromUtf8("Межправительственная организация"));
    const glossary::Term t = c.terms.value(QStringLiteral("ru")).value(0);
    EXPECT_EQ(t.text, QString::fromUtf8("МОМ"));
    EXPECT_EQ(t.partOfSpeech, QStringLiteral("noun"));
    EXPECT_EQ(t.type, TermType::Acronym);
    EXPECT_EQ(t.status, TermStatus::Preferred);
}

TEST(TbxReader, DecodesDeclaredEncodingsAndNormalizes)
{
    // windows-1251 "комиссия", and a decomposed "ý" (y + U+0301) that must come out composed.
    const QByteArray bytes("<?xml version='1.0' encoding='windows-1251'?><martif xml:lang='ru'><text><body><termEntry>"
                           "<langSet xml:lang='RU'><tig><term>\xEA\xEE\xEC\xE8\xF1\xF1\xE8\xFF</term></tig></langSet>"
                           "<langSet lang='tk_TM'><tig><term>komissiy&#x301;a</term></tig></langSet>"
                           "</termEntry></body></text></martif>");
    const auto result = readGlossary(bytes, QStringLiteral("cp1251.tbx"));
    ASSERT_TRUE(result.ok()) << result.error().describe().toStdString();
    ASSERT_EQ(result->concepts.size(), 1);
    EXPECT_EQ(result->concepts[0].id, QStringLiteral("c1"));
    EXPECT_EQ(result->concepts[0].terms.value(QStringLiteral("ru"))[0].text, QString::fromUtf8("комиссия"));
    EXPECT_EQ(result->concepts[0].terms.value(QStringLiteral("tk-tm"))[0].text, QString::fromUtf8("komissiýa"));
}

TEST(TbxReader, ReportsBrokenInputWithLocation)
{
    const struct {
        const char *name;
        const char *bytes;
        core::ErrorCode code;
        const char *messagePart;
    } cases[] = {
        {"malformed", "<martif>\n<text><body>\n<termEntry></langSet></body></text></martif>", core::ErrorCode::Syntax,
         "malformed XML"},
        {"truncated", "<?xml version=\"1.0\"?>\n<martif><text><body><termEntry id=\"a\">", core::ErrorCode::Syntax,
         "malformed XML"},
        {"wrong root", "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"/>", core::ErrorCode::Syntax, "<tmx>"},
        {"truncated multiterm", "<?xml version=\"1.0\"?>\n<mtf><conceptGrp>", core::ErrorCode::Syntax, "malformed XML"},
        {"bad utf-8", "<martif>\n<text>\xC3\x28</text></martif>", core::ErrorCode::Encoding, ""},
    };
    for (const auto &c : cases) {
        const auto result = readGlossary(QByteArray(c.bytes), QStringLiteral("broken.tbx"));
        ASSERT_FALSE(result.ok()) << c.name;
        const core::Error &error = result.error();
        EXPECT_EQ(error.code, c.code) << c.name;
        EXPECT_EQ(error.where.file, QStringLiteral("broken.tbx"));
        EXPECT_GT(error.where.line, 0) << c.name;
        EXPECT_GT(error.where.column, 0) << c.name;
        EXPECT_TRUE(error.message().contains(QString::fromUtf8(c.messagePart))) << error.message().toStdString();
    }
}

TEST(TbxReader, DataCategoriesAfterALanguageSwitchInsideATermGroupAreSafe)
{
    // Found by fuzz_glossary_reader: a mangled file reopened a language section inside a term group, and a data
    // category then pointed past the end of that language's terms.
    QFile file(QStringLiteral(TERJIME_TEST_DATA_DIR "/glossary/fuzz-term-group-across-languages.tbx"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto glossary = readGlossary(file.readAll(), QStringLiteral("mangled.tbx"));
    if (glossary.ok()) {
        const QByteArray once = writeTbxBasic(*glossary);
        const auto again = readGlossary(once, QStringLiteral("again.tbx"));
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(writeTbxBasic(*again), once);
    } else {
        EXPECT_GT(glossary.error().where.line, 0);
    }
}
