// SPDX-License-Identifier: GPL-3.0-or-later
// Reads every TMX file other tools wrote (../shared/interop/tmx): each loads with the units and rejects its README
// entry implies, and for each one the canonical export is a fixed point (read → write → read → write gives the same
// bytes, and the units survive the first write).
#include "qt_printers.h"
#include "tm/formats/tmx.h"
#include "tmx_test_support.h"

#include <QBuffer>
#include <QDir>
#include <QMap>

#include <gtest/gtest.h>

using namespace terjime;
using namespace terjime::formats;

namespace {

const QString kShared = QStringLiteral(TERJIME_SHARED_DIR);
const QString kFolder = kShared + QStringLiteral("/interop/tmx");

#define REQUIRE_SHARED()                                                                                               \
    if (!QDir(kFolder).exists())                                                                                       \
    GTEST_SKIP() << "../shared/interop/tmx is absent (a fresh clone has none); shared-data tests run in CI"

using formats::testing::readAll;
using Content = formats::testing::TmxContent;

// The fatal error's description, or an empty string when the whole file was read.
QString fatalOf(const Content &content)
{
    return content.fatal ? content.fatal->describe() : QString();
}

Content readFile(const QString &name)
{
    return readAll(TmxReader::open(kFolder + u'/' + name));
}

QByteArray write(const Content &content)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TmxWriter writer(buffer, QStringLiteral("test"));
    EXPECT_TRUE(writer.begin(content.header));
    for (const core::TranslationUnit &unit : content.units)
        EXPECT_TRUE(writer.write(unit));
    EXPECT_TRUE(writer.finish());
    return buffer.data();
}

struct Expected {
    int units;
    int rejects;
};
// Units counted with grep ("<tu" followed by a space, '>' or a line end); every file is well-formed XML (README).
const QMap<QString, Expected> kExpected = {
    {QStringLiteral("heartsome-ImportTMXTest.tmx"), {314, 0}},
    {QStringLiteral("heartsome-UTF-16LE.TMX"), {2, 0}},
    {QStringLiteral("heartsome-utf-8.tmx"), {2, 0}},
    {QStringLiteral("lisakit-ExportTest1A.tmx"), {4, 0}},
    {QStringLiteral("lisakit-ExportTest2A.tmx"), {6, 0}},
    {QStringLiteral("lisakit-ImportTest1A.tmx"), {2, 0}},
    {QStringLiteral("lisakit-ImportTest1B.tmx"), {1, 0}},
    {QStringLiteral("lisakit-ImportTest1C.tmx"), {3, 0}},
    {QStringLiteral("lisakit-ImportTest1D.tmx"), {3, 0}},
    {QStringLiteral("lisakit-ImportTest1F.tmx"), {3, 0}},
    {QStringLiteral("lisakit-ImportTest1G.tmx"), {3, 0}},
    {QStringLiteral("lisakit-ImportTest1H.tmx"), {3, 0}},
    {QStringLiteral("lisakit-ImportTest1I.tmx"), {1, 0}},
    {QStringLiteral("lisakit-ImportTest1J_many.tmx"), {3, 0}},
    {QStringLiteral("lisakit-ImportTest1K.tmx"), {2, 0}},
    {QStringLiteral("lisakit-ImportTest1L.tmx"), {1, 0}},
    {QStringLiteral("lisakit-ImportTest2A.tmx"), {7, 0}},
    {QStringLiteral("lisakit-ImportTest2B.tmx"), {7, 0}},
    {QStringLiteral("lisakit-ImportTest2C.tmx"), {1, 0}},
    {QStringLiteral("okapi-Paragraph_TM.tmx"), {7, 0}},
    {QStringLiteral("okapi-aligned.tmx"), {2, 0}},
    {QStringLiteral("okapi-html_test.tmx"), {11, 0}},
    {QStringLiteral("okapi-issue277.tmx"), {2, 0}},
    {QStringLiteral("okapi-mytm.tmx"), {25, 0}},
    {QStringLiteral("okapi-sample14b.tmx"), {25, 0}},
    {QStringLiteral("okapi-simple.tmx"), {1, 0}},
    {QStringLiteral("okapi-tmxtest-attributes.tmx"), {9, 0}},
    {QStringLiteral("omegat-en-US_en-GB_fr_sr.tmx"), {1, 0}},
    {QStringLiteral("omegat-invalid.tmx"), {0, 1}}, // <ept> before its <bpt>, duplicate i="1"
    {QStringLiteral("omegat-project_save.tmx"), {5, 0}},
    {QStringLiteral("omegat-test-SMP.tmx"), {1, 0}},
    {QStringLiteral("omegat-test-level2.tmx"), {4, 0}},
    {QStringLiteral("omegat-test-missingSource.tmx"), {4, 0}},
    {QStringLiteral("omegat-test-multiple-entries11.tmx"), {4, 0}},
    {QStringLiteral("omegat-test-multiple-tuv.tmx"), {3, 0}},
    {QStringLiteral("omegat-test-omegat-invalid.tmx"), {4, 0}},
    {QStringLiteral("omegatl10n-ru-project_save.tmx"), {3029, 0}},
    {QStringLiteral("omegatl10n-tr-project_save.tmx"), {3306, 0}},
    {QStringLiteral("openxliff-OpenXLIFF_Java_es.tmx"), {519, 0}},
    {QStringLiteral("weblate-memory.tmx"), {1, 0}},
};

TEST(SharedTmxFiles, EveryFileLoadsWithTheExpectedUnits)
{
    REQUIRE_SHARED();
    const QStringList names = QDir(kFolder).entryList(QDir::Files, QDir::Name);
    ASSERT_FALSE(names.isEmpty());
    for (const QString &name : names) {
        SCOPED_TRACE(name.toStdString());
        const Content content = readFile(name);
        EXPECT_FALSE(content.fatal) << fatalOf(content).toStdString();
        ASSERT_TRUE(kExpected.contains(name)) << "a new file: add its counts";
        EXPECT_EQ(content.units.size(), kExpected[name].units);
        EXPECT_EQ(content.rejects.size(), kExpected[name].rejects);
    }
}

TEST(SharedTmxFiles, CanonicalExportIsAFixedPoint)
{
    REQUIRE_SHARED();
    for (const QString &name : QDir(kFolder).entryList(QDir::Files, QDir::Name)) {
        SCOPED_TRACE(name.toStdString());
        const Content first = readFile(name);
        const QByteArray once = write(first);
        const Content second = readAll(TmxReader::fromBytes(once, QStringLiteral("export.tmx")));
        EXPECT_FALSE(second.fatal) << fatalOf(second).toStdString();
        EXPECT_TRUE(second.rejects.isEmpty());
        EXPECT_EQ(second.units, first.units);
        EXPECT_EQ(write(second), once);
    }
}

TEST(SharedTmxFiles, InvalidPairingIsRejectedWithItsLocation)
{
    REQUIRE_SHARED();
    const Content content = readFile(QStringLiteral("omegat-invalid.tmx"));
    ASSERT_EQ(content.rejects.size(), 1);
    EXPECT_EQ(content.rejects[0].error.message(), QStringLiteral("<ept i=\"1\"> has no open <bpt i=\"1\">"));
    EXPECT_EQ(content.rejects[0].error.where.line, 12);
    EXPECT_EQ(content.rejects[0].error.where.column, 6); // after five tabs
    EXPECT_TRUE(content.rejects[0].rawText.startsWith(QStringLiteral("<tu>\n\t\t\t<tuv xml:lang=\"en\">")));
    EXPECT_TRUE(content.rejects[0].rawText.endsWith(QStringLiteral("</tuv>\n\t\t</tu>")));
}

TEST(SharedTmxFiles, ComplianceKitEncodingsReadTheSame)
{
    REQUIRE_SHARED();
    const Content utf8 = readFile(QStringLiteral("lisakit-ImportTest1D.tmx"));
    ASSERT_EQ(utf8.units.size(), 3);
    EXPECT_EQ(readFile(QStringLiteral("lisakit-ImportTest1F.tmx")).units, utf8.units); // UTF-16LE
    EXPECT_EQ(readFile(QStringLiteral("lisakit-ImportTest1G.tmx")).units, utf8.units); // UTF-16BE
}

TEST(SharedTmxFiles, ComplianceKitInlineCodes)
{
    REQUIRE_SHARED();
    const Content content = readFile(QStringLiteral("lisakit-ImportTest2A.tmx"));
    ASSERT_EQ(content.units.size(), 7);
    const core::Variant *english = content.units[0].variant(u"en-US");
    ASSERT_TRUE(english);
    EXPECT_EQ(english->segment.text, QStringLiteral("The big black cat sleeps."));
    ASSERT_EQ(english->segment.codes.size(), 4);
    const core::InlineCode &bold = english->segment.codes[0];
    EXPECT_EQ(bold.kind, core::InlineKind::Begin);
    EXPECT_EQ(bold.position, 8);
    EXPECT_EQ(bold.markup, QStringLiteral("&lt;b&gt;"));
    EXPECT_EQ(core::attributeValue(bold.attributes, u"type"), QStringLiteral("bold"));
    EXPECT_EQ(english->segment.codes[1].kind, core::InlineKind::End);
    EXPECT_EQ(english->segment.codes[1].position, 13);
    EXPECT_EQ(english->segment.codes[3].position, 17);
    // <hi> becomes two codes around its text; the tuv order of the file is kept.
    const core::TranslationUnit &highlighted = content.units[6];
    EXPECT_EQ(highlighted.variants[0].language, QStringLiteral("fr-CA"));
    const core::Segment &french = highlighted.variants[0].segment;
    EXPECT_EQ(french.text, QStringLiteral("Du texte avec une portion délimitée."));
    ASSERT_EQ(french.codes.size(), 2);
    EXPECT_EQ(french.codes[0].kind, core::InlineKind::HighlightStart);
    EXPECT_EQ(french.codes[0].position, 14);
    EXPECT_EQ(french.codes[1].kind, core::InlineKind::HighlightEnd);
    EXPECT_EQ(french.codes[1].position, 35);
}

TEST(SharedTmxFiles, RealProjectsLoadCompletely)
{
    REQUIRE_SHARED();
    const Content russian = readFile(QStringLiteral("omegatl10n-ru-project_save.tmx"));
    ASSERT_EQ(russian.units.size(), 3029);
    for (const core::TranslationUnit &unit : russian.units) {
        ASSERT_TRUE(unit.variant(u"en")) << unit.id.toStdString();
        ASSERT_TRUE(unit.variant(u"ru")) << unit.id.toStdString();
    }
    const Content turkish = readFile(QStringLiteral("omegatl10n-tr-project_save.tmx"));
    ASSERT_EQ(turkish.units.size(), 3306);
    // Okapi's aligner writes <prop> after <seg>.
    const Content aligned = readFile(QStringLiteral("okapi-aligned.tmx"));
    ASSERT_FALSE(aligned.units.isEmpty());
    EXPECT_FALSE(aligned.units[0].variants[0].properties.isEmpty());
}

} // namespace
