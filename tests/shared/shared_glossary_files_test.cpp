// SPDX-License-Identifier: GPL-3.0-or-later
// Reads every glossary other tools wrote (../shared/interop/tbx, MultiTerm XML among them, and glossary-tsv): each
// file loads or fails the way its README entry says it must, and for each one that loads, the canonical TBX-Basic
// export is a fixed point.
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
};

// Concepts and terms per MultiTerm XML file (root <mtf>), counted with grep: every conceptGrp is a concept, every
// termGrp/term a term.
struct Counts {
    qsizetype concepts;
    int terms;
};
const QMap<QString, Counts> kMultiTermCounts = {
    {QStringLiteral("mt2tbx-KyleHall.xml"), {100, 210}},                   // UTF-16LE, EN/PT
    {QStringLiteral("mt2tbx-Sanjun_Design.xml"), {28, 62}},                // UTF-16LE, EN/ZH
    {QStringLiteral("mt2tbx-cls.xml"), {15, 111}},                         // UTF-8, five regional languages
    {QStringLiteral("mt2tbx-multilingualStandardAllDats.xml"), {73, 293}}, // UTF-16LE, one line, DE/EN/ES/FR
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
            continue;
        }
        ASSERT_TRUE(result.ok()) << result.error().describe().toStdString();
        EXPECT_GE(result->concepts.size(), 1);
        EXPECT_GE(termCount(*result), 1);
        if (name.endsWith(QStringLiteral(".xml"))) {
            ASSERT_TRUE(kMultiTermCounts.contains(name)) << "a new MultiTerm file: count its concepts and terms";
            EXPECT_EQ(result->concepts.size(), kMultiTermCounts[name].concepts);
            EXPECT_EQ(termCount(*result), kMultiTermCounts[name].terms);
        }
        expectFixedPoint(*result, name);
        ++loaded;
    }
    EXPECT_EQ(loaded, paths.size() - kFailures.size());
}

TEST(SharedGlossaryFiles, MultiTermDetailsSurvive)
{
    REQUIRE_SHARED();
    const QString dir = kShared + QStringLiteral("/interop/tbx/");
    const auto read = [&dir](const char *name) {
        const QString fileName = QString::fromUtf8(name);
        auto result = readGlossary(readFile(dir + fileName), fileName);
        EXPECT_TRUE(result.ok()) << name << ": " << result.error().describe().toStdString();
        return result.ok() ? *result : glossary::Glossary{};
    };
    // language type="English" lang="EN"; descrip type="partOfSpeech"/"subjectField" in TBX spelling; UTF-16LE.
    const glossary::Glossary kyle = read("mt2tbx-KyleHall.xml");
    ASSERT_FALSE(kyle.concepts.isEmpty());
    EXPECT_EQ(kyle.languages(), (QStringList{QStringLiteral("en"), QStringLiteral("pt")}));
    const glossary::Concept &apple = kyle.concepts[0];
    EXPECT_EQ(apple.id, QStringLiteral("1"));
    EXPECT_EQ(apple.subjectField, QStringLiteral("Fruit"));
    EXPECT_EQ(apple.terms.value(QStringLiteral("pt")).value(0).text, QString::fromUtf8("Maçã"));
    EXPECT_EQ(apple.terms.value(QStringLiteral("en")).value(0).partOfSpeech, QStringLiteral("noun"));
    // Field names of the termbase's own ("Subject", "Definition" per language), xref inside a descrip.
    const glossary::Glossary sanjun = read("mt2tbx-Sanjun_Design.xml");
    ASSERT_FALSE(sanjun.concepts.isEmpty());
    EXPECT_EQ(sanjun.concepts[0].id, QStringLiteral("55"));
    EXPECT_EQ(sanjun.concepts[0].subjectField, QStringLiteral("Design issues"));
    EXPECT_TRUE(sanjun.concepts[0].definition.startsWith(QStringLiteral("A statement that experimental effects")));
    EXPECT_EQ(sanjun.concepts[0].terms.value(QStringLiteral("zh")).value(0).text, QString::fromUtf8("备择假设"));
    // Regional codes kept as given; Subject1 is the subject field.
    const glossary::Glossary cls = read("mt2tbx-cls.xml");
    EXPECT_EQ(cls.languages(), (QStringList{QStringLiteral("de-ch"), QStringLiteral("en-gb"), QStringLiteral("es"),
                                            QStringLiteral("fr-ch"), QStringLiteral("it-ch")}));
    // The default template's "Status" picklist: the TBX values map, the others are kept for lint.
    const glossary::Glossary dats = read("mt2tbx-multilingualStandardAllDats.xml");
    QMap<QString, int> statuses;
    QString partOfSpeech;
    for (const glossary::Concept &c : dats.concepts) {
        for (const auto &terms : c.terms) {
            for (const glossary::Term &t : terms) {
                if (!t.rawStatus.isEmpty())
                    ++statuses[t.rawStatus];
                else if (t.status != glossary::TermStatus::Admitted)
                    ++statuses[glossary::termStatusName(t.status)];
                if (partOfSpeech.isEmpty())
                    partOfSpeech = t.partOfSpeech;
            }
        }
    }
    EXPECT_GT(statuses.value(QStringLiteral("deprecatedTerm-admn-sts")), 0) << statuses.keys().join(u',').toStdString();
    EXPECT_GT(statuses.value(QStringLiteral("preferredTerm-admn-sts")), 0);
    EXPECT_GT(statuses.value(QStringLiteral("new")), 0);
    EXPECT_FALSE(partOfSpeech.isEmpty());
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
