// SPDX-License-Identifier: GPL-3.0-or-later
// Precision and recall of term recognition on the project's hand-annotated releases
// (tests/data/glossary/recognition/{tk,ru,en}.jsonl) with the curated glossary (glossaries/*.tbx).
#include "qt_printers.h"
#include "tm/formats/glossary_io.h"
#include "tm/glossary/term_recognizer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <iostream>

using namespace terjime;

namespace {

glossary::Glossary curatedGlossary()
{
    glossary::Glossary merged;
    const QDir dir(QStringLiteral(TERJIME_SOURCE_DIR "/glossaries"));
    for (const QString &name : dir.entryList({QStringLiteral("*.tbx")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        auto glossary = formats::readGlossary(file.readAll(), name);
        EXPECT_TRUE(glossary.ok()) << glossary.error().describe().toStdString();
        if (glossary.ok())
            merged.concepts += glossary->concepts;
    }
    return merged;
}

struct Score {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    double precision() const { return truePositives / double(std::max(1, truePositives + falsePositives)); }
    double recall() const { return truePositives / double(std::max(1, truePositives + falseNegatives)); }
};

Score evaluate(const glossary::Glossary &glossary, core::Language language, const QString &file)
{
    auto recognizer = glossary::TermRecognizer::create(glossary, core::LanguageTag(language));
    EXPECT_TRUE(recognizer.ok());
    QFile data(QStringLiteral(TERJIME_TEST_DATA_DIR "/glossary/recognition/") + file);
    EXPECT_TRUE(data.open(QIODevice::ReadOnly)) << file.toStdString();
    Score score;
    for (const QByteArray &line : data.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject segment = QJsonDocument::fromJson(line).object();
        QStringList gold;
        for (const QJsonValue &o : segment.value(QStringLiteral("occurrences")).toArray())
            gold << o[QStringLiteral("concept")].toString() + QLatin1Char('=') +
                        o[QStringLiteral("surface")].toString();
        QStringList got;
        for (const glossary::Occurrence &o : recognizer->find(segment.value(QStringLiteral("text")).toString()))
            got << o.conceptId + QLatin1Char('=') + o.surface;
        QStringList missing = gold;
        for (const QString &g : got) {
            if (missing.removeOne(g)) {
                ++score.truePositives;
            } else {
                ++score.falsePositives;
                std::cout << segment.value(QStringLiteral("id")).toString().toStdString()
                          << " extra: " << g.toStdString() << "\n";
            }
        }
        score.falseNegatives += int(missing.size());
        for (const QString &m : missing)
            std::cout << segment.value(QStringLiteral("id")).toString().toStdString() << " missed: " << m.toStdString()
                      << "\n";
    }
    return score;
}

} // namespace

TEST(RecognitionSuite, PrecisionAndRecallOnAnnotatedReleases)
{
    const glossary::Glossary glossary = curatedGlossary();
    ASSERT_GE(glossary.concepts.size(), 60);
    const struct {
        core::Language language;
        const char *file;
    } suites[] = {{core::Language::Turkmen, "tk.jsonl"},
                  {core::Language::Russian, "ru.jsonl"},
                  {core::Language::English, "en.jsonl"}};
    Score total;
    for (const auto &suite : suites) {
        const Score score = evaluate(glossary, suite.language, QString::fromLatin1(suite.file));
        std::cout << suite.file << ": precision " << score.precision() << " recall " << score.recall() << " ("
                  << score.truePositives << " found, " << score.falsePositives << " extra, " << score.falseNegatives
                  << " missed)\n";
        total.truePositives += score.truePositives;
        total.falsePositives += score.falsePositives;
        total.falseNegatives += score.falseNegatives;
    }
    std::cout << "all: precision " << total.precision() << " recall " << total.recall() << "\n";
    EXPECT_GE(total.precision(), 0.97);
    EXPECT_GE(total.recall(), 0.97);
}
