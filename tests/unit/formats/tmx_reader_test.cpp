// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tmx_test_support.h"

#include <gtest/gtest.h>

using namespace terjime;
using namespace terjime::formats;
using namespace terjime::formats::testing;
using core::InlineKind;

namespace {

QString attributesText(const core::Attributes &attributes)
{
    QStringList parts;
    for (const core::Attribute &attribute : attributes)
        parts.append(attribute.name + u'=' + attribute.value);
    return parts.join(u' ');
}

// "Kind@position attributes |markup|" for each code, to compare a segment's codes in one string.
QString codesText(const core::Segment &segment)
{
    static const char *const kNames[] = {"Begin", "End", "Placeholder", "Isolated", "HiStart", "HiEnd", "Unknown"};
    QStringList parts;
    for (const core::InlineCode &code : segment.codes) {
        parts.append(QStringLiteral("%1@%2 %3 |%4|")
                         .arg(QString::fromLatin1(kNames[int(code.kind)]))
                         .arg(code.position)
                         .arg(attributesText(code.attributes), code.markup));
    }
    return parts.join(u'\n');
}

QString where(const core::Error &error)
{
    return QStringLiteral("%1:%2").arg(error.where.line).arg(error.where.column);
}

TEST(TmxReader, UnicodeEncodingsGiveTheSameUnits)
{
    const TmxContent utf8 = readFile("kit-utf8.tmx");
    ASSERT_FALSE(utf8.fatal) << utf8.fatal->describe().toStdString();
    ASSERT_EQ(utf8.units.size(), 1);
    EXPECT_EQ(utf8.units[0].variant(u"tk")->segment.text, QStringLiteral("Türkmenistanyň Prezidenti çykyş etdi."));
    EXPECT_EQ(utf8.units[0].variant(u"ru")->segment.text, QStringLiteral("Президент Туркменистана выступил с речью."));
    for (const char *name : {"kit-utf16le.tmx", "kit-utf16be.tmx"}) {
        const TmxContent other = readFile(name);
        ASSERT_FALSE(other.fatal) << name << ": " << other.fatal->describe().toStdString();
        EXPECT_EQ(other.units, utf8.units) << name;
        EXPECT_EQ(other.header, utf8.header) << name;
    }
}

TEST(TmxReader, Utf8ByteOrderMarkIsDropped)
{
    const TmxContent content =
        readBytes("\xEF\xBB\xBF" + wrapUnits(QStringLiteral("<tu><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>")));
    ASSERT_FALSE(content.fatal);
    ASSERT_EQ(content.units.size(), 1);
}

TEST(TmxReader, DeclaredLegacyEncodings)
{
    const TmxContent windows = readFile("legacy-windows1252.tmx");
    ASSERT_FALSE(windows.fatal) << windows.fatal->describe().toStdString();
    ASSERT_EQ(windows.units.size(), 1);
    EXPECT_EQ(windows.units[0].variant(u"en")->segment.text, QStringLiteral("“The café opened” – said the minister."));
    EXPECT_EQ(windows.units[0].variant(u"tk")->segment.text, QStringLiteral("„Kafe açyldy“ – diýdi ministr."));

    const TmxContent ascii = readFile("us-ascii-references.tmx");
    ASSERT_FALSE(ascii.fatal) << ascii.fatal->describe().toStdString();
    ASSERT_EQ(ascii.units.size(), 1);
    EXPECT_EQ(ascii.units[0].variant(u"ru")->segment.text, QStringLiteral("Заседание состоялось."));
    EXPECT_EQ(ascii.units[0].variant(u"tk")->segment.text, QStringLiteral("Mejlis geçirildi."));
    EXPECT_EQ(ascii.units[0].sourceLanguage, QStringLiteral("ru"));
}

TEST(TmxReader, InvalidUtf8IsAnEncodingErrorAtItsLineAndColumn)
{
    QByteArray bytes = wrapUnits(QStringLiteral("<tu><tuv xml:lang=\"en\"><seg>ok</seg></tuv></tu>\n"
                                                "<tu><tuv xml:lang=\"en\"><seg>bad BYTE</seg></tuv></tu>"));
    bytes.replace("BYTE", "\xFF");
    const TmxContent content = readBytes(bytes);
    ASSERT_EQ(content.units.size(), 1); // the unit before the bad byte stays valid
    ASSERT_TRUE(content.fatal);
    EXPECT_EQ(content.fatal->code, core::ErrorCode::Encoding);
    EXPECT_EQ(content.fatal->describe(), QStringLiteral("test.tmx:6:33: the bytes are not valid UTF-8"));

    const TmxContent header = readBytes("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n  <header a=\"\xC0\"/>");
    ASSERT_TRUE(header.fatal);
    EXPECT_EQ(header.fatal->code, core::ErrorCode::Encoding);
    EXPECT_EQ(where(*header.fatal), QStringLiteral("3:14"));
}

TEST(TmxReader, InvalidByteInDeclaredSingleByteEncoding)
{
    const QByteArray bytes =
        "<?xml version=\"1.0\" encoding=\"us-ascii\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/>"
        "<body>\n<tu><tuv xml:lang=\"en\"><seg>caf\xE9</seg></tuv></tu>\n</body></tmx>\n";
    const TmxContent content = readBytes(bytes);
    ASSERT_TRUE(content.fatal);
    EXPECT_EQ(content.fatal->code, core::ErrorCode::Encoding);
    EXPECT_EQ(content.fatal->describe(), QStringLiteral("test.tmx:3:32: the bytes are not valid us-ascii"));
}

TEST(TmxReader, UnknownEncodingIsUnsupported)
{
    const TmxContent content = readBytes("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><tmx/>");
    ASSERT_TRUE(content.fatal);
    EXPECT_EQ(content.fatal->code, core::ErrorCode::Unsupported);
}

// Characters split between two 64 KiB chunks decode whole; an invalid byte in a later chunk is located in the file.
TEST(TmxReader, StreamsAcrossChunks)
{
    QByteArray bytes = wrapUnits(QString()).replace("\n</body>\n</tmx>\n", "");
    const QByteArray unitStart = "<!---->\n<tu><tuv xml:lang=\"ru\"><seg>";
    const qsizetype padding = 65535 - bytes.size() - unitStart.size();
    bytes += "<!--" + QByteArray(padding - 4, ' ') + "-->"; // the Ж below starts at byte 65535 of 65536
    bytes += unitStart + QStringLiteral("Жизнь</seg></tuv></tu>\n").toUtf8();
    int lines = 0;
    for (int i = 0; i < 3000; ++i, ++lines)
        bytes += QStringLiteral("<tu><tuv xml:lang=\"ru\"><seg>Заседание %1</seg></tuv></tu>\n").arg(i).toUtf8();
    bytes += "<tu><tuv xml:lang=\"en\"><seg>\xC3(</seg></tuv></tu>\n</body>\n</tmx>\n";
    const TmxContent content = readBytes(bytes);
    ASSERT_EQ(content.units.size(), 3001);
    EXPECT_EQ(content.units[0].variants[0].segment.text, QStringLiteral("Жизнь"));
    EXPECT_EQ(content.units[3000].variants[0].segment.text, QStringLiteral("Заседание 2999"));
    ASSERT_TRUE(content.fatal);
    EXPECT_EQ(content.fatal->code, core::ErrorCode::Encoding);
    EXPECT_EQ(content.fatal->where.line, 5 + 1 + lines + 1);
    EXPECT_EQ(content.fatal->where.column, 29);
}

TEST(TmxReader, LangAndXmlLangInAnyCase)
{
    const TmxContent content = readFile("tmx11-lang.tmx");
    ASSERT_FALSE(content.fatal) << content.fatal->describe().toStdString();
    EXPECT_EQ(content.header.version, QStringLiteral("1.1"));
    EXPECT_EQ(content.header.sourceLanguage, QStringLiteral("*all*"));
    ASSERT_EQ(content.units.size(), 1);
    const core::TranslationUnit &unit = content.units[0];
    EXPECT_EQ(unit.sourceLanguage, QStringLiteral("*all*"));
    ASSERT_EQ(unit.variants.size(), 2);
    EXPECT_EQ(unit.variants[0].language, QStringLiteral("tk"));
    EXPECT_EQ(attributesText(unit.variants[0].attributes),
              QStringLiteral("changeid=merdan changedate=20250301T090000Z"));
    // xml:lang wins over TMX 1.1's lang, which is kept as an attribute.
    EXPECT_EQ(unit.variants[1].language, QStringLiteral("en-GB"));
    EXPECT_EQ(attributesText(unit.variants[1].attributes), QStringLiteral("lang=EN-US"));
}

TEST(TmxReader, HeaderUnitsPropsNotesCommentsAndCdata)
{
    const TmxContent content = readFile("press-release.tmx");
    ASSERT_FALSE(content.fatal) << content.fatal->describe().toStdString();
    EXPECT_EQ(content.header.version, QStringLiteral("1.4b"));
    EXPECT_EQ(content.header.sourceLanguage, QStringLiteral("tk"));
    EXPECT_EQ(attributesText(content.header.attributes),
              QStringLiteral("creationtool=PressDesk creationtoolversion=2.0 segtype=sentence o-tmf=PressDesk "
                             "adminlang=en-US datatype=plaintext creationdate=20250301T080000Z"));
    ASSERT_EQ(content.header.properties.size(), 1);
    EXPECT_EQ(content.header.properties[0].type, QStringLiteral("x-source"));
    EXPECT_EQ(content.header.properties[0].value, QStringLiteral("Döwlet habarlar gullugy"));
    ASSERT_EQ(content.header.notes.size(), 1);
    EXPECT_EQ(content.header.notes[0].text, QStringLiteral("Press releases of March 2025"));

    // The commented-out unit and the "<tu>" inside a PI, a comment of the DOCTYPE and CDATA are no units.
    ASSERT_EQ(content.units.size(), 3);
    EXPECT_TRUE(content.rejects.isEmpty());
    const core::TranslationUnit &first = content.units[0];
    EXPECT_EQ(first.id, QStringLiteral("pr-001"));
    EXPECT_EQ(first.sourceLanguage, QStringLiteral("tk"));
    EXPECT_EQ(attributesText(first.attributes), QStringLiteral("creationdate=20250301T080000Z changeid=aman"));
    EXPECT_EQ(first.propertyValue(u"x-document"), QStringLiteral("release-0301.txt"));
    ASSERT_EQ(first.notes.size(), 1);
    EXPECT_EQ(first.notes[0].text, QStringLiteral("Opening sentence"));
    ASSERT_EQ(first.variants.size(), 3);
    EXPECT_EQ(first.variants[1].language, QStringLiteral("ru"));
    EXPECT_EQ(attributesText(first.variants[1].attributes), QStringLiteral("creationid=olga"));
    EXPECT_EQ(first.variants[1].notes[0].text, QStringLiteral("checked"));
    EXPECT_EQ(first.variants[2].language, QStringLiteral("en-GB"));
    ASSERT_EQ(first.variants[2].properties.size(), 1); // written after <seg>, as Okapi does
    EXPECT_EQ(first.variants[2].properties[0].value, QStringLiteral("0.97"));

    EXPECT_EQ(content.units[1].sourceLanguage, QStringLiteral("ru"));
    EXPECT_EQ(content.units[1].variant(u"ru")->segment.text,
              QStringLiteral("Президент подписал <tu> указ о  наградах."));
    EXPECT_EQ(content.units[2].sourceLanguage, QStringLiteral("*all*"));
    EXPECT_EQ(content.units[2].variants[0].segment.text, QStringLiteral("\tDaşary işler ministrliginiň   habary."));
}

TEST(TmxReader, InlineCodesNestedPairs)
{
    const TmxContent content = readFile("inline-codes.tmx");
    ASSERT_FALSE(content.fatal) << content.fatal->describe().toStdString();
    ASSERT_EQ(content.units.size(), 3);
    const core::Segment &english = content.units[0].variants[0].segment;
    EXPECT_EQ(english.text, QStringLiteral("Cabinet of Ministers"));
    EXPECT_EQ(codesText(english), QStringLiteral("Begin@0 i=1 x=1 type=bold |&lt;b&gt;|\n"
                                                 "Begin@8 i=2 x=2 type=italic |&lt;i&gt;|\n"
                                                 "End@10 i=2 |&lt;/i&gt;|\n"
                                                 "End@20 i=1 |&lt;/b&gt;|"));
}

TEST(TmxReader, InlineCodesEveryElement)
{
    const TmxContent content = readFile("inline-codes.tmx");
    ASSERT_EQ(content.units.size(), 3);
    const core::Segment &english = content.units[1].variants[0].segment;
    EXPECT_EQ(english.text, QStringLiteral("See  and the old capital."));
    EXPECT_EQ(codesText(english),
              QStringLiteral("Placeholder@4 x=1 type=image assoc=p |&lt;img alt=\"<sub type=\"alt\">State "
                             "<hi type=\"term\">flag</hi></sub>\"/&gt;|\n"
                             "Isolated@9 pos=begin x=2 |&lt;u&gt;|\n"
                             "Unknown@13  |{\\b}|\n"
                             "HiStart@13 x=3 type=emph ||\n"
                             "HiStart@17 type=term ||\n"
                             "HiEnd@24  ||\n"
                             "HiEnd@24  ||"));
    const core::Segment &russian = content.units[1].variants[1].segment;
    EXPECT_EQ(russian.text, QStringLiteral("См. ."));
    EXPECT_EQ(codesText(russian), QStringLiteral("Placeholder@4 x=1 ||"));
}

// Text runs between codes are normalised one by one, so positions count the NFC text.
TEST(TmxReader, CodePositionsInNfcText)
{
    const TmxContent content = readFile("inline-codes.tmx");
    ASSERT_EQ(content.units.size(), 3);
    const core::Segment &segment = content.units[2].variants[0].segment;
    EXPECT_EQ(segment.text, QStringLiteral("Kabinetiň mejlisi görkezildi"));
    EXPECT_EQ(codesText(segment), QStringLiteral("Placeholder@9 x=1 |&lt;br/&gt;|\n"
                                                 "Begin@18 i=1 |&lt;b&gt;|\n"
                                                 "End@28 i=1 |&lt;/b&gt;|"));
}

TEST(TmxReader, BrokenUnitsAreRejectedAndTheOthersRead)
{
    const TmxContent content = readFile("broken-units.tmx");
    ASSERT_FALSE(content.fatal) << content.fatal->describe().toStdString();
    QStringList ids;
    for (const core::TranslationUnit &unit : content.units)
        ids.append(unit.id);
    EXPECT_EQ(ids, QStringList({QStringLiteral("good-1"), QStringLiteral("good-2"), QStringLiteral("good-3")}));
    ASSERT_EQ(content.rejects.size(), 3);
    const QString file = dataPath("broken-units.tmx");
    // Qt notices the bare '&' at the character after it.
    EXPECT_EQ(content.rejects[0].error.describe(),
              file + QStringLiteral(":10:39: malformed XML: Expected '#' or '[a-zA-Z]', but got ' '."));
    EXPECT_EQ(content.rejects[0].rawText,
              QStringLiteral("<tu tuid=\"bad-ampersand\">\n"
                             "      <tuv xml:lang=\"tk\"><seg>Nebit & gaz pudagy.</seg></tuv>\n"
                             "      <tuv xml:lang=\"en\"><seg>Oil and gas sector.</seg></tuv>\n"
                             "    </tu>"));
    EXPECT_EQ(content.rejects[1].error.describe(), file + QStringLiteral(":18:7: <tuv> has no language (xml:lang)"));
    EXPECT_TRUE(content.rejects[1].rawText.startsWith(QStringLiteral("<tu tuid=\"bad-language\">")));
    EXPECT_EQ(content.rejects[2].error.describe(),
              file + QStringLiteral(":21:64: <ept i=\"2\"> has no open <bpt i=\"2\">"));
    EXPECT_TRUE(content.rejects[2].rawText.endsWith(QStringLiteral("</seg></tuv>\n    </tu>")));
}

struct RejectCase {
    const char *unit; // on line 5 of wrapUnits
    const char *expected;
};

TEST(TmxReader, RejectReasonsAndTheirLocations)
{
    const RejectCase cases[] = {
        {"<tu><tuv xml:lang=\"en\"></tuv></tu>", "5:5: <tuv> has no <seg>"},
        {"<tu><tuv xml:lang=\"en\"><seg>a</seg><seg>b</seg></tuv></tu>", "5:36: <tuv> has a second <seg>"},
        {"<tu><tuv xml:lang=\"en\"><seg>a <b>bold</b></seg></tuv></tu>", "5:31: <b> is not allowed in <seg>"},
        {"<tu><tuv xml:lang=\"en\"><seg><bpt i=\"1\">a</bpt><bpt i=\"1\">b</bpt></seg></tuv></tu>",
         "5:47: a second <bpt i=\"1\"> while one is open"},
        {"<tu><tuv xml:lang=\"en\"><seg><ept i=\"1\">a</ept><bpt i=\"1\">b</bpt></seg></tuv></tu>",
         "5:29: <ept i=\"1\"> has no open <bpt i=\"1\">"},
        {"<tu tuid=\"x\"/>", "5:1: <tu> has no <tuv>"},
        {"<tu tuid=\"x\">\n  <prop type=\"a\">b</prop>\n</tu>", "5:1: <tu> has no <tuv>"},
        {"<tu><tuv xml:lang=\"en\"><seg>a \x01 b</seg></tuv></tu>", "5:31: character U+0001 is not allowed in XML"},
        {"<tu><tuv xml:lang=\"en\"><seg>x<ph>a<sub>b<foo/></sub></ph></seg></tuv></tu>",
         "5:41: <foo> is not allowed in <sub>"},
        {"<tu><tuv xml:lang=\"en\"><seg>x<bpt i=\"1\"><ph/></bpt></seg></tuv></tu>",
         "5:41: <ph> is not allowed in <bpt>"},
        {"<tu><tuv lang=\"\"><seg>x</seg></tuv></tu>", "5:5: <tuv> has no language (xml:lang)"},
    };
    for (const RejectCase &test : cases) {
        const TmxContent content = readBytes(wrapUnits(QString::fromUtf8(test.unit)));
        ASSERT_FALSE(content.fatal) << test.unit;
        ASSERT_EQ(content.rejects.size(), 1) << test.unit;
        EXPECT_EQ(content.rejects[0].error.describe(), QStringLiteral("test.tmx:") + QString::fromUtf8(test.expected));
        EXPECT_EQ(content.rejects[0].rawText, QString::fromUtf8(test.unit));
    }
}

TEST(TmxReader, MalformedXmlInsideAUnitIsRejectedWithItsLocation)
{
    for (const char *unit :
         {"<tu><tuv xml:lang=\"en\"><seg>a</seg></tu>", "<tu><tuv xml:lang=\"en\"><seg>a &#1; b</seg></tuv></tu>",
          "<tu><tuv xml:lang=\"en\"><seg>&nbsp;</seg></tuv></tu>",
          "<tu><tuv xml:lang=\"en\" xml:lang=\"ru\"><seg>a</seg></tuv></tu>"}) {
        const TmxContent content = readBytes(wrapUnits(
            QString::fromUtf8(unit) + QStringLiteral("\n<tu><tuv xml:lang=\"en\"><seg>next</seg></tuv></tu>")));
        ASSERT_EQ(content.rejects.size(), 1) << unit;
        EXPECT_EQ(content.rejects[0].error.code, core::ErrorCode::Syntax) << unit;
        EXPECT_TRUE(content.rejects[0].error.message().startsWith(QStringLiteral("malformed XML: "))) << unit;
        EXPECT_EQ(content.rejects[0].error.where.line, 5) << unit;
        EXPECT_GT(content.rejects[0].error.where.column, 1) << unit;
        ASSERT_EQ(content.units.size(), 1) << unit;
        EXPECT_EQ(content.units[0].variants[0].segment.text, QStringLiteral("next"));
    }
}

TEST(TmxReader, UnitWithoutEndTagEndsAtTheNextUnit)
{
    const TmxContent content = readBytes(wrapUnits(QStringLiteral("<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv>\n"
                                                                  "<tu><tuv xml:lang=\"en\"><seg>b</seg></tuv></tu>\n"
                                                                  "<tu><tuv xml:lang=\"en\"><seg>c</seg></tuv>")));
    ASSERT_EQ(content.rejects.size(), 2);
    EXPECT_EQ(content.rejects[0].error.describe(),
              QStringLiteral("test.tmx:5:42: <tu> is not closed: </tu> is missing here"));
    EXPECT_EQ(content.rejects[0].rawText, QStringLiteral("<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv>"));
    EXPECT_EQ(content.rejects[1].error.where.line, 7);
    ASSERT_EQ(content.units.size(), 1);
    EXPECT_EQ(content.units[0].variants[0].segment.text, QStringLiteral("b"));
    EXPECT_FALSE(content.fatal);
}

TEST(TmxReader, OneVariantIsEnough)
{
    const TmxContent content =
        readBytes(wrapUnits(QStringLiteral("<tu><!-- c --><?pi?><tuv xml:lang=\"EN\"><seg>x</seg></tuv></tu>")));
    ASSERT_EQ(content.units.size(), 1);
    EXPECT_EQ(content.units[0].variants[0].language, QStringLiteral("en"));
    EXPECT_EQ(content.units[0].sourceLanguage, QStringLiteral("en"));
}

TEST(TmxReader, FatalErrors)
{
    struct Case {
        QByteArray bytes;
        const char *expected;
    };
    const Case cases[] = {
        {"<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file/></xliff>",
         "test.tmx:2:1: not a TMX file: the root element is <xliff>"},
        {"", "test.tmx:1:1: empty document: no root element"},
        {"Ministrler Kabineti", "test.tmx:1:1: not a TMX file: it does not start with an XML element"},
        {"<tmx version=\"1.4\"><header srclang=\"en\"/></tmx>", "test.tmx:1:48: the TMX file has no <body>"},
        {"<tmx version=\"1.4\"><header srclang=\"en\"><prop type=\"a\">x & y</prop></header><body></body></tmx>",
         "test.tmx:1:60: malformed XML: Expected '#' or '[a-zA-Z]', but got ' '."},
    };
    for (const Case &test : cases) {
        const TmxContent content = readBytes(test.bytes);
        ASSERT_TRUE(content.fatal) << test.expected;
        EXPECT_EQ(content.fatal->code, core::ErrorCode::Syntax);
        EXPECT_EQ(content.fatal->describe(), QString::fromUtf8(test.expected));
    }
    const TmxContent missing = readAll(TmxReader::open(QStringLiteral("/nonexistent/release.tmx")));
    ASSERT_TRUE(missing.fatal);
    EXPECT_EQ(missing.fatal->code, core::ErrorCode::Io);
}

TEST(TmxReader, TruncatedBodyKeepsTheUnitsReadBefore)
{
    QByteArray bytes = wrapUnits(QStringLiteral("<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>\n<!-- cut"));
    bytes.chop(QByteArray("\n</body>\n</tmx>\n").size());
    auto reader = TmxReader::fromBytes(bytes, QStringLiteral("test.tmx"));
    ASSERT_TRUE(reader);
    auto first = reader->next();
    ASSERT_TRUE(first);
    EXPECT_TRUE(std::holds_alternative<core::TranslationUnit>(*first));
    auto end = reader->next();
    ASSERT_FALSE(end);
    EXPECT_EQ(end.error().describe(), QStringLiteral("test.tmx:6:9: the file ends before </body>"));
    EXPECT_FALSE(reader->next()); // the same error again
}

TEST(TmxReader, EmptyBodyAndTheEndRepeats)
{
    auto reader = TmxReader::fromBytes("<tmx version=\"1.4\"><header srclang=\"en-us\"/><body/></tmx>",
                                       QStringLiteral("test.tmx"));
    ASSERT_TRUE(reader);
    EXPECT_EQ(reader->header().sourceLanguage, QStringLiteral("en-US"));
    for (int i = 0; i < 2; ++i) {
        auto item = reader->next();
        ASSERT_TRUE(item);
        EXPECT_TRUE(std::holds_alternative<std::monostate>(*item));
    }
}

// Found by fuzz_tmx_reader: without a header srclang, units read "" but their export read back "*all*".
TEST(TmxReader, HeaderWithoutSourceLanguageMeansAll)
{
    const TmxContent content =
        readBytes("<tmx version=\"1.4\"><header srclanx=\"tk\"/><body><tu><tuv xml:lang=\"tk\"><seg>a</seg></tuv>"
                  "</tu></body></tmx>");
    ASSERT_FALSE(content.fatal);
    EXPECT_EQ(content.header.sourceLanguage, QStringLiteral("*all*"));
    ASSERT_EQ(content.units.size(), 1);
    EXPECT_EQ(content.units[0].sourceLanguage, QStringLiteral("*all*"));
    EXPECT_EQ(readBytes(writeAll(content)).units, content.units);
}

TEST(TmxReader, ProgressCountsBytes)
{
    auto reader = TmxReader::open(dataPath("press-release.tmx"));
    ASSERT_TRUE(reader);
    const qint64 size = QFileInfo(dataPath("press-release.tmx")).size();
    EXPECT_EQ(reader->totalBytes(), size);
    while (true) {
        auto item = reader->next();
        ASSERT_TRUE(item);
        if (std::holds_alternative<std::monostate>(*item))
            break;
    }
    EXPECT_EQ(reader->bytesRead(), size);
}

} // namespace
