// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tabular_glossary.h"
#include "tm/formats/glossary_io.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace terjime;
using namespace terjime::formats;

namespace {

QByteArray encode(const QString &text, QStringConverter::Encoding encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

// "source|target" per concept, for compact expectations.
QStringList pairs(const glossary::Glossary &g, const QString &source, const QString &target)
{
    QStringList out;
    for (const glossary::Concept &c : g.concepts)
        out << c.terms.value(source).value(0).text + QLatin1Char('|') + c.terms.value(target).value(0).text;
    return out;
}

const QString kTsv = QString::fromUtf8("# Glossary in tab-separated format -*- coding: utf-8 -*-\n"
                                       "Interdepartmental Commission\tPudagara komissiýa\tneeds review\r\n"
                                       "\n   \n\t\nno target\t\n\tno source\n"
                                       "OSCE\tÝHHG\n");

} // namespace

TEST(TabularGlossary, ReadsTsvInEveryEncoding)
{
    const struct {
        const char *name;
        QByteArray bytes;
    } cases[] = {
        {"utf-8", kTsv.toUtf8()},
        {"utf-8 bom", encode(kTsv, QStringConverter::Utf8, true)},
        {"utf-16le bom", encode(kTsv, QStringConverter::Utf16LE, true)},
        {"utf-16be bom", encode(kTsv, QStringConverter::Utf16BE, true)},
        {"utf-16le no bom", encode(kTsv, QStringConverter::Utf16LE, false)},
        {"utf-16be no bom", encode(kTsv, QStringConverter::Utf16BE, false)},
    };
    const TabularLanguages languages{QStringLiteral("EN"), QStringLiteral("tk")};
    for (const auto &c : cases) {
        const auto result = readGlossary(c.bytes, QStringLiteral("glossary.txt"), languages);
        ASSERT_TRUE(result.ok()) << c.name << ": " << result.error().describe().toStdString();
        EXPECT_EQ(result->sourceLanguage, QStringLiteral("en"));
        EXPECT_EQ(pairs(*result, QStringLiteral("en"), QStringLiteral("tk")),
                  (QStringList{QString::fromUtf8("Interdepartmental Commission|Pudagara komissiýa"),
                               QString::fromUtf8("OSCE|ÝHHG")}))
            << c.name;
        EXPECT_EQ(result->concepts[0].notes, QStringList{QStringLiteral("needs review")}) << c.name;
        EXPECT_EQ(result->concepts[1].id, QStringLiteral("c2"));
    }
}

TEST(TabularGlossary, SplitsCsvWithQuotes)
{
    const struct {
        const char *line;
        QStringList fields;
    } cases[] = {
        {"kde,csv kde", {QStringLiteral("kde"), QStringLiteral("csv kde")}},
        {"\"kde, qu\",comma dot", {QStringLiteral("kde, qu"), QStringLiteral("comma dot")}},
        {"\"\"\"kde\"\",\"\"q\"\"\",cdk", {QStringLiteral("\"kde\",\"q\""), QStringLiteral("cdk")}},
        {"kde; question,comma", {QStringLiteral("kde; question"), QStringLiteral("comma")}},
        {"a,b,\"c,d\"", {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c,d")}},
    };
    for (const auto &c : cases)
        EXPECT_EQ(splitCsvLine(QString::fromUtf8(c.line)), c.fields) << c.line;
}

TEST(TabularGlossary, DetectsFormatFromContentThenExtension)
{
    EXPECT_EQ(detectGlossaryFormat("\xEF\xBB\xBF <martif/>", QStringLiteral("x.txt")), GlossaryFormat::Tbx);
    EXPECT_EQ(
        detectGlossaryFormat(encode(QStringLiteral("<tbx/>"), QStringConverter::Utf16LE, true), QStringLiteral("x")),
        GlossaryFormat::Tbx);
    EXPECT_EQ(detectGlossaryFormat("a,b\n", QStringLiteral("x.CSV")), GlossaryFormat::Csv);
    EXPECT_EQ(detectGlossaryFormat("a\tb\n", QStringLiteral("x.tab")), GlossaryFormat::Tsv);
    EXPECT_EQ(detectGlossaryFormat("a\tb\n", QStringLiteral("x.tbx")), GlossaryFormat::Tbx);
}

TEST(TabularGlossary, SpaceSeparatedRowsAndInvalidBytes)
{
    const auto spaced = readGlossary(QByteArray("OSCE     \xC3\x9DHHG\nsingle word\n"), QStringLiteral("g.txt"));
    ASSERT_TRUE(spaced.ok());
    ASSERT_EQ(spaced->concepts.size(), 1);
    const auto bad = readGlossary(QByteArray("OSCE\t\xC3\n"), QStringLiteral("g.tsv"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, core::ErrorCode::Encoding);
    EXPECT_EQ(bad.error().where.line, 1);
}

TEST(TabularGlossary, ControlCharactersAreLocatedErrors)
{
    // Found by fuzz_glossary_reader: a NUL in a CSV row cannot be written back as TBX.
    const QByteArray bytes("\"National Action Plan\",\"Hereketleri\xC5\x88 milli me\xC3\xBDilnamasy\"\nIOM,H\x01MG\n");
    const auto glossary = terjime::formats::readGlossary(bytes, QStringLiteral("plan.csv"));
    ASSERT_FALSE(glossary.ok());
    EXPECT_EQ(glossary.error().where.line, 2);
    EXPECT_EQ(glossary.error().where.column, 6);
    EXPECT_TRUE(glossary.error().message().contains(QStringLiteral("U+0001")));
}
