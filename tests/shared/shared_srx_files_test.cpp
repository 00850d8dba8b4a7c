// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the real SRX files other tools ship (../shared/segmentation/srx) and applies each: every file loads, every
// language rule compiles, and Okapi's default rules reproduce Okapi's own output on its parity corpus.
#include "qt_printers.h"
#include "segment_texts.h"
#include "tm/segment/srx_io.h"
#include "tm/segment/srx_segmenter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace terjime::segment;

namespace {

const QString kShared = QStringLiteral(TERJIME_SHARED_DIR);

#define REQUIRE_SHARED()                                                                                               \
    if (!QDir(kShared + QStringLiteral("/segmentation")).exists())                                                     \
    GTEST_SKIP() << "../shared is absent (a fresh clone has none); shared-data tests run in CI"

QByteArray readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

} // namespace

TEST(SharedSrxFiles, EveryFileLoadsAndEveryLanguageRuleApplies)
{
    REQUIRE_SHARED();
    const QDir dir(kShared + QStringLiteral("/segmentation/srx"));
    const QStringList files = dir.entryList({QStringLiteral("*.srx")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 9);
    const QString sample = QStringLiteral("Mr. Holmes is from the U.K. not the U.S. Is Dr. Watson there too? Yes: "
                                          "both are. \"Right?\" Да. Это т.е. пример. Wir gehen z.B. heim. Fin.");
    for (const QString &name : files) {
        const auto document = readSrx(readFile(dir.filePath(name)), name);
        ASSERT_TRUE(document.ok()) << document.error().describe().toStdString();
        ASSERT_FALSE(document->languageRules.isEmpty()) << name.toStdString();
        for (const SrxLanguageRule &languageRule : document->languageRules) {
            // Compile each language rule on its own through a map made for it, so that every rule is checked.
            SrxDocument single = *document;
            single.languageMaps = {{QStringLiteral(".*"), languageRule.name}};
            auto segmenter = SrxSegmenter::create(single, QStringLiteral("xx"), name);
            ASSERT_TRUE(segmenter.ok()) << segmenter.error().describe().toStdString();
            const auto segments = segmenter->segments(sample);
            ASSERT_FALSE(segments.isEmpty()) << name.toStdString() << " " << languageRule.name.toStdString();
            for (qsizetype i = 1; i < segments.size(); ++i)
                EXPECT_LE(segments[i - 1].end, segments[i].start);
        }
    }
}

TEST(SharedSrxFiles, OkapiDefaultRulesMatchOkapiOutput)
{
    REQUIRE_SHARED();
    const auto document = readSrx(readFile(kShared + QStringLiteral("/segmentation/srx/okapi_defaultSegmentation.srx")),
                                  QStringLiteral("okapi_defaultSegmentation.srx"));
    ASSERT_TRUE(document.ok());
    const QByteArray golden = readFile(kShared + QStringLiteral("/segmentation/golden/okapi_parity.jsonl"));
    int cases = 0;
    int same = 0;
    for (const QByteArray &line : golden.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject c = QJsonDocument::fromJson(line).object();
        auto segmenter = SrxSegmenter::create(*document, c.value(QStringLiteral("lang")).toString());
        ASSERT_TRUE(segmenter.ok());
        QStringList expected;
        for (const QJsonValue &v : c.value(QStringLiteral("expected")).toArray())
            expected << v.toString();
        const QStringList got = segmentTexts(*segmenter, c.value(QStringLiteral("input")).toString());
        ++cases;
        if (got == expected)
            ++same;
        else
            std::cout << "differs from Okapi: " << c.value(QStringLiteral("id")).toString().toStdString() << "\n";
    }
    ASSERT_EQ(cases, 30);
    // Okapi runs Java regexes and ICU4J; ours are ICU4C: the floor leaves room for those differences only.
    EXPECT_GE(same, 27) << same << " of " << cases << " cases match Okapi";
    std::cout << same << " of " << cases << " Okapi parity cases match\n";
}
