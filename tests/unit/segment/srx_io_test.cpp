// SPDX-License-Identifier: GPL-3.0-or-later
#include "qt_printers.h"
#include "tm/segment/document_segmenter.h"
#include "tm/segment/srx_io.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace terjime::segment;

namespace {
const char kSmallSrx[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" xmlns:okpsrx="http://okapi.sf.net/srx-extensions" version="2.0">
<header segmentsubflows="yes" cascade="no">
<okpsrx:options useIcu4jBreakRules="no" trimLeadingWhitespaces="no"/>
</header>
<body><languagerules>
<languagerule languagerulename="Turkmen">
<!-- a comment between rules -->
<rule break="no"><beforebreak>\bş\.m\.</beforebreak><afterbreak>\s\p{Ll}</afterbreak></rule>
<rule><beforebreak>[.?!]</beforebreak><afterbreak>\s</afterbreak></rule>
</languagerule>
<languagerule languagerulename="Default"><rule break="yes"><beforebreak>\.</beforebreak><afterbreak>\s</afterbreak></rule></languagerule>
</languagerules>
<maprules>
<languagemap languagepattern="TK.*" languagerulename="Turkmen"/>
<languagemap languagepattern=".*" languagerulename="Default"/>
</maprules></body></srx>)";
} // namespace

TEST(SrxIo, ReadsRulesOptionsAndMaps)
{
    const auto document = readSrx(QByteArray(kSmallSrx), QStringLiteral("small.srx"));
    ASSERT_TRUE(document.ok()) << document.error().describe().toStdString();
    EXPECT_FALSE(document->options.cascade);
    EXPECT_FALSE(document->options.useIcuBreakRules);
    EXPECT_FALSE(document->options.trimLeadingWhitespace);
    ASSERT_EQ(document->languageRules.size(), 2);
    const SrxLanguageRule &turkmen = document->languageRules.front();
    ASSERT_EQ(turkmen.rules.size(), 2);
    EXPECT_FALSE(turkmen.rules[0].breaks);
    EXPECT_EQ(turkmen.rules[0].beforeBreak, QStringLiteral("\\bş\\.m\\."));
    EXPECT_TRUE(turkmen.rules[1].breaks); // break="yes" is the default
    EXPECT_EQ(turkmen.rules[0].line, 9);
    // cascade="no": only the first matching map applies, and patterns ignore case.
    const auto rules = document->rulesFor(QStringLiteral("tk"));
    ASSERT_EQ(rules.size(), 1);
    EXPECT_EQ(rules.front()->name, QStringLiteral("Turkmen"));
}

TEST(SrxIo, WriteThenReadIsAFixedPoint)
{
    const auto first = readSrx(builtinRulesXml(), QStringLiteral("terjime.srx"));
    ASSERT_TRUE(first.ok());
    const QByteArray written = writeSrx(*first);
    const auto second = readSrx(written, QStringLiteral("written.srx"));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(writeSrx(*second), written);
    ASSERT_EQ(second->languageRules.size(), first->languageRules.size());
    for (qsizetype i = 0; i < first->languageRules.size(); ++i) {
        ASSERT_EQ(second->languageRules[i].rules.size(), first->languageRules[i].rules.size());
        for (qsizetype r = 0; r < first->languageRules[i].rules.size(); ++r) {
            EXPECT_EQ(second->languageRules[i].rules[r].beforeBreak, first->languageRules[i].rules[r].beforeBreak);
            EXPECT_EQ(second->languageRules[i].rules[r].afterBreak, first->languageRules[i].rules[r].afterBreak);
        }
    }
}

TEST(SrxIo, ReportsMalformedXmlWithLineAndColumn)
{
    const auto document = readSrx(QByteArray("<srx>\n<header>\n<body></header>"), QStringLiteral("bad.srx"));
    ASSERT_FALSE(document.ok());
    EXPECT_EQ(document.error().where.file, QStringLiteral("bad.srx"));
    EXPECT_EQ(document.error().where.line, 3);
    EXPECT_GT(document.error().where.column, 0);
    const auto notSrx = readSrx(QByteArray("<tmx version=\"1.4\"/>"), QStringLiteral("x.tmx"));
    ASSERT_FALSE(notSrx.ok());
    EXPECT_TRUE(notSrx.error().message().contains(QStringLiteral("<tmx>")));
}

TEST(SrxIo, RejectsCharactersXmlCannotHoldSoThatEveryReadDocumentCanBeWritten)
{
    // Found by fuzz_srx_reader: a document declaring encoding="UTF-7" decodes "+phrase" into lone surrogates, which
    // no XML writer can write back.
    QFile file(QStringLiteral(TERJIME_TEST_DATA_DIR "/srx/utf7-lone-surrogates.srx"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto document = readSrx(file.readAll(), QStringLiteral("utf7.srx"));
    ASSERT_FALSE(document.ok());
    EXPECT_TRUE(document.error().message().contains(QStringLiteral("is not allowed")))
        << document.error().describe().toStdString();
    EXPECT_GT(document.error().where.line, 0);
}
