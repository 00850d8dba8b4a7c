// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the project's own segmentation suites in tests/data/segmentation: JSONL cases (one paragraph each) and
// trilingual releases with gold segmentation. Every case must pass.
#include "qt_printers.h"
#include "tm/segment/document_segmenter.h"
#include "tm/text/normalizer.h"
#include "tm/text/utf8_decoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace terjime;

namespace {

const QString kDataDir = QStringLiteral(TERJIME_TEST_DATA_DIR "/segmentation");

QStringList segmentText(const QString &languageCode, const QString &text)
{
    const auto language = core::LanguageTag::parse(languageCode);
    EXPECT_TRUE(language.ok());
    auto segmenter = segment::DocumentSegmenter::create(*language);
    EXPECT_TRUE(segmenter.ok());
    QStringList out;
    for (const segment::Segment &s : segmenter->segment(text::toNfc(text)))
        out << s.text;
    return out;
}

// Gold files may keep a line break inside a segment; segments compare with white space runs as single spaces.
QStringList simplified(QStringList segments)
{
    for (QString &s : segments)
        s = s.simplified();
    return segments;
}

QString readUtf8(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    auto text = text::decodeUtf8(file.readAll(), path);
    EXPECT_TRUE(text.ok()) << path.toStdString();
    return text.ok() ? *text : QString();
}

} // namespace

TEST(BuiltinRulesSuite, TurkmenCasesAllPass)
{
    const QString path = kDataDir + QStringLiteral("/tk.jsonl");
    const QStringList lines = readUtf8(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 80) << "the Turkmen suite must keep at least 80 cases";
    int failures = 0;
    for (const QString &line : lines) {
        const QJsonObject c = QJsonDocument::fromJson(line.toUtf8()).object();
        QStringList expected;
        for (const QJsonValue &v : c.value(QStringLiteral("expected")).toArray())
            expected << v.toString();
        expected = simplified(expected);
        const QStringList got = segmentText(QStringLiteral("tk"), c.value(QStringLiteral("input")).toString());
        if (got != expected) {
            ++failures;
            ADD_FAILURE() << c.value(QStringLiteral("id")).toString().toStdString()
                          << "\n  expected: " << expected.join(QStringLiteral(" | ")).toStdString()
                          << "\n  got:      " << got.join(QStringLiteral(" | ")).toStdString();
        }
    }
    EXPECT_EQ(failures, 0);
}

TEST(BuiltinRulesSuite, TrilingualReleasesMatchTheirGoldSegmentation)
{
    const QDir releases(kDataDir + QStringLiteral("/releases"));
    const QStringList names = releases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    ASSERT_GE(names.size(), 3);
    for (const QString &name : names) {
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("tk")}) {
            const QString base = releases.filePath(name) + QLatin1Char('/') + lang;
            const QStringList gold =
                simplified(readUtf8(base + QStringLiteral(".seg")).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
            const QStringList got = segmentText(lang, readUtf8(base + QStringLiteral(".txt")));
            for (const QString &missing : gold) {
                EXPECT_TRUE(got.contains(missing)) << (name + QLatin1Char('/') + lang).toStdString()
                                                   << ": gold segment not produced: " << missing.toStdString();
            }
            EXPECT_EQ(got.size(), gold.size()) << (name + QLatin1Char('/') + lang).toStdString();
        }
    }
}
