// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tmx_test_support.h"

#include <gtest/gtest.h>

using namespace terjime;
using namespace terjime::formats;
using namespace terjime::formats::testing;
using core::InlineKind;

namespace {

QString written(const TmxHeader &header, const QList<core::TranslationUnit> &units)
{
    TmxContent content;
    content.header = header;
    content.units = units;
    return QString::fromUtf8(writeAll(content));
}

core::TranslationUnit sampleUnit()
{
    core::TranslationUnit unit;
    unit.id = QStringLiteral("pr-7");
    unit.sourceLanguage = QStringLiteral("tk");
    // Stored attributes named like the ones written first are left out, and so is a repeated name.
    unit.attributes = {{QStringLiteral("changeid"), QStringLiteral("aman \"A&B\"\tx\ny")},
                       {QStringLiteral("tuid"), QStringLiteral("ignored")},
                       {QStringLiteral("changeid"), QStringLiteral("twice")}};
    unit.properties = {{QStringLiteral("x-file"), QStringLiteral("release <1>.txt"), {}, {}}};
    unit.notes = {{QStringLiteral("a & b"), QStringLiteral("en"), {}}};
    core::Variant tk;
    tk.language = QStringLiteral("tk");
    tk.attributes = {{QStringLiteral("xml:lang"), QStringLiteral("ru")}, {QStringLiteral("creationid"), {}}};
    tk.segment.text = QStringLiteral("Ministrler Kabinetiniň\r\nmejlisi <geçirildi> & bellendi.");
    tk.segment.codes = {
        {InlineKind::Begin, 0, {{QStringLiteral("i"), QStringLiteral("1")}}, QStringLiteral("&lt;b&gt;")},
        {InlineKind::End, 22, {{QStringLiteral("i"), QStringLiteral("1")}}, QStringLiteral("&lt;/b&gt;")},
        {InlineKind::Placeholder, 22, {{QStringLiteral("x"), QStringLiteral("2")}}, {}},
        {InlineKind::HighlightStart, 32, {{QStringLiteral("type"), QStringLiteral("term")}}, {}},
        {InlineKind::HighlightEnd, 43, {}, {}}};
    tk.properties = {{QStringLiteral("x-score"), QStringLiteral("1"), {}, {}}};
    tk.notes = {{QStringLiteral("checked"), {}, {}}};
    core::Variant en;
    en.language = QStringLiteral("en");
    en.segment.text = QStringLiteral("The meeting was held.");
    unit.variants = {tk, en};
    return unit;
}

TEST(TmxWriter, CanonicalLayoutAndEscaping)
{
    TmxHeader header;
    header.sourceLanguage = QStringLiteral("tk");
    header.attributes = {{QStringLiteral("creationdate"), QStringLiteral("20250301T080000Z")},
                         {QStringLiteral("datatype"), QStringLiteral("plaintext")}};
    header.notes = {{QStringLiteral("March"), {}, {}}};
    const QString expected = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<tmx version=\"1.4\">\n"
        "  <header creationtool=\"Terjime\" creationtoolversion=\"test\" segtype=\"sentence\" o-tmf=\"Terjime\" "
        "adminlang=\"en\" srclang=\"tk\" datatype=\"plaintext\">\n"
        "    <note>March</note>\n"
        "  </header>\n"
        "  <body>\n"
        "    <tu tuid=\"pr-7\" changeid=\"aman &quot;A&amp;B&quot;&#9;x&#10;y\">\n"
        "      <note xml:lang=\"en\">a &amp; b</note>\n"
        "      <prop type=\"x-file\">release &lt;1&gt;.txt</prop>\n"
        "      <tuv xml:lang=\"tk\" creationid=\"\">\n"
        "        <note>checked</note>\n"
        "        <prop type=\"x-score\">1</prop>\n"
        "        <seg><bpt i=\"1\">&lt;b&gt;</bpt>Ministrler Kabinetiniň<ept i=\"1\">&lt;/b&gt;</ept><ph "
        "x=\"2\"/>&#13;\n"
        "mejlisi <hi type=\"term\">&lt;geçirildi&gt;</hi> &amp; bellendi.</seg>\n"
        "      </tuv>\n"
        "      <tuv xml:lang=\"en\">\n"
        "        <seg>The meeting was held.</seg>\n"
        "      </tuv>\n"
        "    </tu>\n"
        "  </body>\n"
        "</tmx>\n");
    EXPECT_EQ(written(header, {sampleUnit()}), expected);
}

TEST(TmxWriter, SourceLanguageOnlyWhereItDiffersFromTheHeader)
{
    TmxHeader header; // no srclang: "*all*"
    core::TranslationUnit unit;
    unit.variants = {core::Variant{QStringLiteral("ru"), {QStringLiteral("Указ"), {}}, {}, {}, {}}};
    unit.sourceLanguage = QStringLiteral("*all*");
    const QString all = written(header, {unit});
    EXPECT_TRUE(all.contains(QStringLiteral("srclang=\"*all*\" datatype=\"unknown\"/>\n")));
    EXPECT_TRUE(all.contains(QStringLiteral("    <tu>\n")));
    unit.sourceLanguage = QStringLiteral("ru");
    EXPECT_TRUE(written(header, {unit}).contains(QStringLiteral("    <tu srclang=\"ru\">\n")));
}

TEST(TmxWriter, CodesOutOfOrderAndUnmatchedHighlightsStayWellFormed)
{
    core::TranslationUnit unit;
    core::Variant variant;
    variant.language = QStringLiteral("en");
    variant.segment.text = QStringLiteral("abc");
    variant.segment.codes = {{InlineKind::HighlightEnd, 1, {}, {}},
                             {InlineKind::Placeholder, 9, {}, {}},
                             {InlineKind::HighlightStart, 0, {}, {}}};
    variant.segment.text += QChar(0x0001);
    unit.variants = {variant};
    EXPECT_EQ(written({}, {unit}).section(QStringLiteral("<seg>"), 1).section(QStringLiteral("</seg>"), 0, 0),
              QStringLiteral("abc\uFFFD<ph/><hi></hi>"));
}

TEST(TmxWriter, ReorderedIntoDtdOrder)
{
    const TmxContent content = readFile("press-release.tmx");
    ASSERT_FALSE(content.fatal);
    const QString output = QString::fromUtf8(writeAll(content));
    // Okapi's <prop> after <seg> comes before it; the header's <prop> after its <note>; no <ude>.
    EXPECT_TRUE(
        output.contains(QStringLiteral("      <tuv xml:lang=\"en-GB\">\n"
                                       "        <prop type=\"x-aligner-score\">0.97</prop>\n"
                                       "        <seg>A meeting of the Cabinet of Ministers was held.</seg>\n")));
    EXPECT_TRUE(output.contains(QStringLiteral("    <note>Press releases of March 2025</note>\n"
                                               "    <prop type=\"x-source\">Döwlet habarlar gullugy</prop>\n"
                                               "  </header>\n")));
    EXPECT_TRUE(output.contains(QStringLiteral("srclang=\"tk\" datatype=\"plaintext\">")));
    EXPECT_FALSE(output.contains(QStringLiteral("creationdate=\"20250301T080000Z\" segtype")));
    EXPECT_FALSE(output.contains(QStringLiteral("ude")));
}

TEST(TmxWriter, ReadWriteReadWriteIsAFixedPoint)
{
    for (const char *name :
         {"press-release.tmx", "kit-utf8.tmx", "kit-utf16le.tmx", "kit-utf16be.tmx", "legacy-windows1252.tmx",
          "us-ascii-references.tmx", "tmx11-lang.tmx", "inline-codes.tmx", "broken-units.tmx"}) {
        const TmxContent first = readFile(name);
        ASSERT_FALSE(first.fatal) << name;
        const QByteArray once = writeAll(first);
        const TmxContent second = readBytes(once);
        ASSERT_FALSE(second.fatal) << name;
        EXPECT_TRUE(second.rejects.isEmpty()) << name;
        EXPECT_EQ(second.units, first.units) << name;
        EXPECT_EQ(writeAll(second), once) << name;
    }
}

TEST(TmxWriter, RejectsFileReproducesTheRawUnits)
{
    const TmxContent content = readFile("broken-units.tmx");
    ASSERT_EQ(content.rejects.size(), 3);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TmxWriter writer(buffer, QStringLiteral("test"));
    ASSERT_TRUE(writer.begin(content.header));
    for (const TmxRejectedUnit &rejected : content.rejects)
        ASSERT_TRUE(writer.writeRejected(rejected, QStringLiteral("f.tmx:1:2: x -- y -")));
    ASSERT_TRUE(writer.finish());
    const QString output = QString::fromUtf8(buffer.data());
    EXPECT_TRUE(output.contains(QStringLiteral("  <body>\n"
                                               "    <!-- f.tmx:1:2: x - - y -  -->\n"
                                               "<tu tuid=\"bad-ampersand\">\n"
                                               "      <tuv xml:lang=\"tk\"><seg>Nebit & gaz pudagy.</seg></tuv>\n")));
    // Once the user fixes the '&', the rejects file imports: the two other units are still rejected, by the same
    // checks, at their new places.
    QString fixed = output;
    fixed.replace(QStringLiteral("Nebit & gaz"), QStringLiteral("Nebit &amp; gaz"));
    const TmxContent again = readBytes(fixed.toUtf8());
    ASSERT_FALSE(again.fatal);
    ASSERT_EQ(again.units.size(), 1);
    EXPECT_EQ(again.units[0].id, QStringLiteral("bad-ampersand"));
    ASSERT_EQ(again.rejects.size(), 2);
    EXPECT_EQ(again.rejects[0].error.message(), content.rejects[1].error.message());
    EXPECT_EQ(again.rejects[1].error.message(), content.rejects[2].error.message());

    // The default description is the error's own, in English.
    QBuffer plain;
    plain.open(QIODevice::WriteOnly);
    TmxWriter plainWriter(plain, QStringLiteral("test"));
    ASSERT_TRUE(plainWriter.writeRejected(content.rejects[1]));
    EXPECT_TRUE(
        QString::fromUtf8(plain.data())
            .startsWith(QStringLiteral("    <!-- ") + dataPath("broken-units.tmx") +
                        QStringLiteral(":18:7: <tuv> has no language (xml:lang) -->\n<tu tuid=\"bad-language\">")));
}

TEST(TmxWriter, DeviceErrorsAreIoErrors)
{
    QBuffer buffer; // not open for writing
    TmxWriter writer(buffer, QStringLiteral("test"), QStringLiteral("out.tmx"));
    const core::Status status = writer.begin({});
    ASSERT_FALSE(status);
    EXPECT_EQ(status.error().code, core::ErrorCode::Io);
    EXPECT_EQ(status.error().where.file, QStringLiteral("out.tmx"));
    EXPECT_FALSE(writer.finish());
}

} // namespace
