// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: bytes → formats::readGlossary (the first byte picks the file name, so every reader is reached:
// TBX, MultiTerm, TSV, CSV). A glossary that loads must lint, be recognised in text, and write as canonical TBX-Basic
// that reads back to the same bytes.
#include "tm/formats/glossary_io.h"
#include "tm/glossary/lint.h"
#include "tm/glossary/term_recognizer.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void fail(const char *why)
{
    std::fprintf(stderr, "fuzz_glossary_reader: %s\n", why);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const char *const kNames[] = {"g.tbx", "g.xml", "g.tsv", "g.csv", "g.txt", "g.tab"};
    const QString name = QString::fromLatin1(kNames[data[0] % 6]);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto glossary = terjime::formats::readGlossary(bytes, name);
    if (!glossary)
        return 0;
    (void)terjime::glossary::lint(*glossary);
    for (const auto language :
         {terjime::core::Language::English, terjime::core::Language::Russian, terjime::core::Language::Turkmen}) {
        auto recognizer = terjime::glossary::TermRecognizer::create(*glossary, terjime::core::LanguageTag(language));
        if (!recognizer)
            continue;
        const QString text = QStringLiteral("The OSCE's Interdepartmental Commission met; Межведомственной комиссии "
                                            "ÝHHG-niň Pudagara komissiýasy 2025-nji ýylda.");
        for (const auto &occurrence : recognizer->find(text)) {
            if (occurrence.start < 0 || occurrence.end > text.size() || occurrence.start >= occurrence.end)
                fail("occurrence outside the text");
        }
    }
    const QByteArray once = terjime::formats::writeTbxBasic(*glossary);
    const auto again = terjime::formats::readGlossary(once, QStringLiteral("written.tbx"));
    if (!again)
        fail("writeTbxBasic produced a document readGlossary rejects");
    if (terjime::formats::writeTbxBasic(*again) != once)
        fail("writeTbxBasic -> readGlossary -> writeTbxBasic is not a fixed point");
    return 0;
}
