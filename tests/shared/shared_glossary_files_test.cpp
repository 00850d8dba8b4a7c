// SPDX-License-Identifier: GPL-3.0-or-later
// Reads every glossary other tools wrote (../shared/interop/tbx and glossary-tsv): each file loads or fails the way
// its README entry says it must, and for each one that loads, the canonical TBX-Basic export is a fixed point.
#include "qt_printers.h"
#include "tm/formats/glossary_io.h"

#include <QDir>
#include <QFile>
#include <QMap>

#include <gtest/gtest.h>

using namespace terjime;
using namespace terjime::formats;

namespace {

const QString kShared = QStringLiteral(TERJIME_SHARED_DIR);

#define REQUIRE_SHARED()                                                                                               \
    if (!QDir(kShared + QStringLiteral("/interop")).exists())                                                          \
    GTEST_SKIP() << "../shared/interop is absent (a fresh clone has none); shared-data tests run in CI"

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

QStringList filesIn(const QString &folder, const QStringList &patterns)
{
    const QDir dir(kShared + QStringLiteral("/interop/") + folder);
    QStringList paths;
    for (const QString &name : dir.entryList(patterns, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

// The files that must not load, and how they fail (see ../shared/interop/README.md).
struct ExpectedFailure {
    core::ErrorCode code;
    bool located; // the error names a line and column
};
const QMap<QString, ExpectedFailure> kFailures = {
    // Intentionally malformed: an end tag is missing.
    {QStringLiteral("ltac-poorly_formed_xml.tbx"), {core::ErrorCode::Syntax, true}},
    // Declares UTF-8 but holds Latin-1 bytes (a converter bug): strict decoding refuses it rather than guessing.
    {QStringLiteral("mt2tbx-KyleHall.tbx"), {core::ErrorCode::Encoding, true}},
    // MultiTerm XML (root <mtf>) is out of scope.
    {QStringLiteral("mt2tbx-KyleHall.xml"), {core::ErrorCode::Unsupported, true}},
    {QStringLiteral("mt2tbx-Sanjun_Design.xml"), {core::ErrorCode::Unsupported, true}},
    {QStringLiteral("mt2tbx-cls.xml"), {core::ErrorCode::Unsupported, true}},
    {QStringLiteral("mt2tbx-multilingualStandardAllDats.xml"), {core::ErrorCode::Unsupported, true}},
};

// Entries per tabular file, counted by hand: lines with both a source and a target, '#' lines excluded.
const QMap<QString, int> kTabularEntries = {
    {QStringLiteral("okapi-potest.po.normal.tab"), 9},        // 12 rows, 3 with an empty target
    {QStringLiteral("okapi-test01.tsv"), 3},                  // blank, tab-only, one-sided rows skipped
    {QStringLiteral("okapi-test02_utf16be.tsv"), 2},          // UTF-16BE BOM, CRLF
    {QStringLiteral("okapi-verification-test01.tsv"), 2},     // UTF-8 BOM, whitespace-only row
    {QStringLiteral("omegat-project-glossary.txt"), 2},       // magic comment header
    {QStringLiteral("omegat-project_CN_JP-glossary.txt"), 2}, // columns separated by runs of spaces
    {QStringLiteral("omegat-test-magiccomment-bom.tab"), 0},  // only the comment
    {QStringLiteral("omegat-test-magiccomment.tab"), 0},
    {QStringLiteral("omegat-test.csv"), 7},        // quotes, doubled quotes, commas
    {QStringLiteral("omegat-test.tab"), 4},        // 2 and 3 columns
    {QStringLiteral("omegat-testUTF16LE.txt"), 2}, // UTF-16LE BOM, CRLF, comments
    {QStringLiteral("omegatl10n-ru-glossary.txt"), 11},
    {QStringLiteral("omegatl10n-tr-glossary.txt"), 191},
};

int termCount(const glossary::Glossary &g)
{
    int count = 0;
    for (const glossary::Concept &c : g.concepts) {
        for (const auto &terms : c.terms)
            count += int(terms.size());
    }
    return count;
}

void expectFixedPoint(const glossary::Glossary &g, const QString &name)
{
    const QByteArray first = writeTbxBasic(g);
    const auto again = readGlossary(first, name + QStringLiteral(".canonical.tbx"));
    ASSERT_TRUE(again.ok()) << name.toStdString() << ": " << again.error().describe().toStdString();
    EXPECT_EQ(again->concepts.size(), g.concepts.size()) << name.toStdString();
    EXPECT_TRUE(writeTbxBasic(*again) == first) << name.toStdString() << ": export is not a fixed point";
}

} // namespace

TEST(SharedGlossaryFiles, EveryTbxFileLoadsOrFailsAsDocumented)
{
    REQUIRE_SHARED();
    const QStringList paths = filesIn(QStringLiteral("tbx"), {QStringLiteral("*.tbx"), QStringLiteral("*.xml")});
    ASSERT_GE(paths.size(), 25);
    int loaded = 0;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        SCOPED_TRACE(name.toStdString());
        const auto result = readGlossary(readFile(path), name);
        if (kFailures.contains(name)) {
            ASSERT_FALSE(result.ok()) << "expected to fail";
            const core::Error &error = result.error();
            EXPECT_EQ(error.code, kFailures[name].code) << error.describe().toStdString();
            EXPECT_EQ(error.where.file, name);
            if (kFailures[name].located) {
                EXPECT_GT(error.where.line, 0) << error.describe().toStdString();
                EXPECT_GT(error.where.column, 0) << error.describe().toStdString();
            }
            if (error.code == core::ErrorCode::Unsupported) {
                EXPECT_TRUE(error.message().contains(QStringLiteral("<mtf>"))) << error.message().toStdString();
            }
            continue;
        }
        ASSERT_TRUE(result.ok()) << result.error().describe().toStdString();
        EXPECT_GE(result->concepts.size(), 1);
        EXPECT_GE(termCount(*result), 1);
        expectFixedPoint(*result, name);
        ++loaded;
    }
    EXPECT_EQ(loaded, paths.size() - kFailures.size());
}

TEST(SharedGlossaryFiles, TbxDetailsSurvive)
{
    REQUIRE_SHARED();
    const QString dir = kShared + QStringLiteral("/interop/tbx/");
    // windows-1254: the Turkish dotted capital I and dotless i decode.
    const auto turkish = readGlossary(readFile(dir + QStringLiteral("okapi-test02_win1254.tbx")),
                                      QStringLiteral("okapi-test02_win1254.tbx"));
    ASSERT_TRUE(turkish.ok()) << turkish.error().describe().toStdString();
    QString all;
    for (const glossary::Concept &c : turkish->concepts) {
        for (const auto &terms : c.terms) {
            for (const glossary::Term &t : terms)
                all += t.text;
        }
    }
    EXPECT_TRUE(all.contains(QChar(0x0130)) || all.contains(QChar(0x0131))) << all.toStdString();
    // TBX-Min's schema-invalid usageStatus is kept for lint; the rest of the file loads.
    const auto minBad = readGlossary(readFile(dir + QStringLiteral("ltac-min_bad.tbx")), QStringLiteral("min_bad"));
    ASSERT_TRUE(minBad.ok());
    bool sawRaw = false;
    for (const glossary::Concept &c : minBad->concepts) {
        for (const auto &terms : c.terms) {
            for (const glossary::Term &t : terms)
                sawRaw = sawRaw || t.rawStatus == QStringLiteral("not an allowed value");
        }
    }
    EXPECT_TRUE(sawRaw);
}

TEST(SharedGlossaryFiles, EveryTabularFileLoadsWithItsEntries)
{
    REQUIRE_SHARED();
    const QStringList paths = filesIn(QStringLiteral("glossary-tsv"), {QStringLiteral("*")});
    ASSERT_EQ(paths.size(), kTabularEntries.size());
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        SCOPED_TRACE(name.toStdString());
        ASSERT_TRUE(kTabularEntries.contains(name)) << "a new file: count its entries and add it";
        const auto result = readGlossary(readFile(path), name, {QStringLiteral("en"), QStringLiteral("tk")});
        ASSERT_TRUE(result.ok()) << result.error().describe().toStdString();
        EXPECT_EQ(result->concepts.size(), kTabularEntries[name]);
        for (const glossary::Concept &c : result->concepts) {
            EXPECT_FALSE(c.terms.value(QStringLiteral("en")).value(0).text.isEmpty());
            EXPECT_FALSE(c.terms.value(QStringLiteral("tk")).value(0).text.isEmpty());
        }
        expectFixedPoint(*result, name);
    }
}
