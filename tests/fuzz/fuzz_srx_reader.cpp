// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: arbitrary bytes as an SRX file. Reading must never crash; a document that reads must write
// back to bytes that read again and write identically (writeSrx's layout is stable); its English rules, when they
// compile, must segment a sample text into ordered, in-bounds ranges. Rule compile errors are ordinary results.
#include "tm/segment/srx_io.h"
#include "tm/segment/srx_segmenter.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_srx_reader: %s\n", what);
    std::abort();
}

void checkRoundTrip(const terjime::segment::SrxDocument &document)
{
    const QByteArray written = terjime::segment::writeSrx(document);
    const auto reread = terjime::segment::readSrx(written, QStringLiteral("rewritten.srx"));
    if (!reread) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(reread.error().describe()), written.constData());
        fail("writeSrx produced a document readSrx rejects");
    }
    if (terjime::segment::writeSrx(*reread) != written)
        fail("writeSrx(readSrx(writeSrx(d))) differs from writeSrx(d)");
}

void checkSegments(terjime::segment::SrxSegmenter &segmenter)
{
    static const QString sample = QStringLiteral(
        "Dr. Smith arrived at 5 p.m. on Jan. 3rd. \"Is it done?\" she asked.\nYes! The U.S. team won 2.5 points… "
        "Then they left.  Aşgabat, 2025 ý. Täze ýyl. Москва, 3 янв. 2024 г. Итог.");
    qsizetype previousEnd = 0;
    for (const terjime::segment::TextRange &range : segmenter.segments(sample)) {
        if (range.start < previousEnd || range.start >= range.end || range.end > sample.size())
            fail("segments out of order, empty or out of bounds");
        previousEnd = range.end;
    }
    qsizetype previous = 0;
    for (qsizetype position : segmenter.breakPositions(sample)) {
        if (position <= previous || position >= sample.size())
            fail("break positions not ascending inside the text");
        previous = position;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray xml = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto document = terjime::segment::readSrx(xml, QStringLiteral("fuzz.srx"));
    if (!document)
        return 0;
    checkRoundTrip(*document);
    auto segmenter =
        terjime::segment::SrxSegmenter::create(*document, QStringLiteral("en"), QStringLiteral("fuzz.srx"));
    if (!segmenter)
        return 0; // an invalid pattern is reported as an error, which is all that is asked of it
    checkSegments(*segmenter);
    return 0;
}
