// SPDX-License-Identifier: GPL-3.0-or-later
// The configuration file and baselines of terjime check.
#include "tm/qa/baseline.h"
#include "tm/qa/check_config.h"

#include "qt_printers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace terjime;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

TEST(CheckConfig, ReadsEverySettingWithPathsRelativeToTheFile)
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("glossaries/b.tbx")), "<martif/>");
    writeFile(dir.filePath(QStringLiteral("glossaries/a.tbx")), "<martif/>");
    writeFile(dir.filePath(QStringLiteral("glossaries/notes.txt")), "");
    const QString path = dir.filePath(QStringLiteral(".terjime.json"));
    writeFile(path, R"({"check": {
        "glossaries": ["glossaries/*.tbx"],
        "source": "en", "targets": ["ru", "tk"], "fail_on": "warning",
        "rules": {"typography-quotes": "off", "term-admitted": "warning"},
        "ignore_units": ["legacy-*", "sample-07"],
        "baseline": "ci/baseline.json"}})");
    auto config = qa::readCheckConfig(path);
    ASSERT_TRUE(config.ok()) << config.error().describe().toStdString();
    EXPECT_EQ(config->glossaries, (QStringList{dir.filePath(QStringLiteral("glossaries/a.tbx")),
                                               dir.filePath(QStringLiteral("glossaries/b.tbx"))}));
    EXPECT_EQ(config->sourceLanguage, QStringLiteral("en"));
    EXPECT_EQ(config->targetLanguages, (QStringList{QStringLiteral("ru"), QStringLiteral("tk")}));
    ASSERT_TRUE(config->failOn.has_value());
    EXPECT_EQ(*config->failOn, qa::Severity::Warning);
    EXPECT_EQ(config->severities.value(QStringLiteral("typography-quotes"), qa::Severity::Error), std::nullopt);
    EXPECT_EQ(config->severities.value(QStringLiteral("term-admitted")), qa::Severity::Warning);
    EXPECT_EQ(config->baseline, dir.filePath(QStringLiteral("ci/baseline.json")));
    const qa::UnitIdPatterns ignored(config->ignoredUnits);
    EXPECT_TRUE(ignored.matches(QStringLiteral("legacy-12")));
    EXPECT_TRUE(ignored.matches(QStringLiteral("sample-07")));
    EXPECT_FALSE(ignored.matches(QStringLiteral("sample-070")));
    EXPECT_FALSE(ignored.matches(QStringLiteral("new-legacy-1")));
}

TEST(CheckConfig, NeverFailsIsAGateOfItsOwn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.json"));
    writeFile(path, R"({"check": {"fail_on": "never"}})");
    auto config = qa::readCheckConfig(path);
    ASSERT_TRUE(config.ok());
    ASSERT_TRUE(config->failOn.has_value());
    EXPECT_EQ(*config->failOn, std::nullopt);
}

TEST(CheckConfig, MistakesAreErrorsThatSayWhere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.json"));
    writeFile(path, "{\"check\": {\n  \"source\": \"en\",\n  \"targets\" [\"ru\"]\n}}");
    auto syntax = qa::readCheckConfig(path);
    ASSERT_FALSE(syntax.ok());
    EXPECT_EQ(syntax.error().where.file, path);
    EXPECT_EQ(syntax.error().where.line, 3);
    EXPECT_GT(syntax.error().where.column, 1);

    for (const QByteArray &wrong :
         {QByteArray(R"({"check": {"sorce": "en"}})"), QByteArray(R"({"check": {"rules": {"no-such-rule": "off"}}})"),
          QByteArray(R"({"check": {"rules": {"untranslated": "fatal"}}})"),
          QByteArray(R"({"check": {"targets": "ru"}})"), QByteArray(R"({"check": {"glossaries": ["missing/*.tbx"]}})"),
          QByteArray(R"({"checks": {}})")}) {
        writeFile(path, wrong);
        EXPECT_FALSE(qa::readCheckConfig(path).ok()) << wrong.toStdString();
    }
}

TEST(CheckConfig, IsFoundInTheNearestFolderUpToTheCheckout)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("repo/.git"));
    QDir(dir.path()).mkpath(QStringLiteral("repo/docs/releases"));
    writeFile(dir.filePath(QStringLiteral(".terjime.json")), "{}");
    EXPECT_EQ(qa::findCheckConfig(dir.filePath(QStringLiteral("repo/docs/releases"))), QString());
    writeFile(dir.filePath(QStringLiteral("repo/.terjime.json")), "{}");
    EXPECT_EQ(qa::findCheckConfig(dir.filePath(QStringLiteral("repo/docs/releases"))),
              dir.filePath(QStringLiteral("repo/.terjime.json")));
}

qa::Finding finding(const char *fingerprint, const char *unit)
{
    qa::Finding made;
    made.rule = QStringLiteral("term-missing");
    made.unit = QString::fromUtf8(unit);
    made.language = QStringLiteral("ru");
    made.format = "Missing.";
    made.fingerprint = QString::fromUtf8(fingerprint);
    return made;
}

TEST(Baseline, WritesSortedFingerprintsAndAcceptsThem)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baseline.json"));
    ASSERT_TRUE(qa::Baseline::write(path, {finding("ffee", "u2"), finding("00aa", "u1"), finding("ffee", "u3")}).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_LT(bytes.indexOf("00aa"), bytes.indexOf("ffee"));
    EXPECT_EQ(bytes.count("ffee"), 1);
    auto baseline = qa::Baseline::read(path);
    ASSERT_TRUE(baseline.ok());
    EXPECT_EQ(baseline->size(), 2);
    EXPECT_TRUE(baseline->accepts(finding("ffee", "elsewhere")));
    EXPECT_FALSE(baseline->accepts(finding("0bad", "u1")));
}

TEST(Baseline, RefusesFilesThatAreNotBaselines)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baseline.json"));
    writeFile(path, R"({"findings": []})");
    EXPECT_FALSE(qa::Baseline::read(path).ok());
    writeFile(path, R"({"terjime_baseline": 1, "accepted": [{"rule": "x"}]})");
    EXPECT_FALSE(qa::Baseline::read(path).ok());
    EXPECT_FALSE(qa::Baseline::read(dir.filePath(QStringLiteral("missing.json"))).ok());
}

} // namespace
