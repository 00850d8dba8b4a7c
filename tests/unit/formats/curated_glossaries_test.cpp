// SPDX-License-Identifier: GPL-3.0-or-later
// The project's own glossaries (glossaries/*.tbx) are the source of truth kept in git: each must already be in the
// canonical layout (export gives the same bytes, so an edit shows as a minimal diff) and lint-clean.
#include "qt_printers.h"
#include "tm/formats/glossary_io.h"
#include "tm/glossary/lint.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace terjime;

TEST(CuratedGlossaries, AreCanonicalAndLintClean)
{
    const QDir dir(QStringLiteral(TERJIME_TEST_DATA_DIR "/../../glossaries"));
    const QStringList names = dir.entryList({QStringLiteral("*.tbx")}, QDir::Files, QDir::Name);
    // The project ships its glossaries: none found means the tree is broken, not that there is nothing to check.
    ASSERT_GE(names.size(), 4) << "glossaries/*.tbx missing";
    for (const QString &name : names) {
        SCOPED_TRACE(name.toStdString());
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const auto result = formats::readGlossary(bytes, name);
        ASSERT_TRUE(result.ok()) << result.error().describe().toStdString();
        EXPECT_GE(result->concepts.size(), 1);
        EXPECT_TRUE(formats::writeTbxBasic(*result) == bytes) << "not in the canonical layout: export it again";
        for (const glossary::LintIssue &issue : glossary::lint(*result))
            ADD_FAILURE() << issue.message().toStdString();
    }
}
