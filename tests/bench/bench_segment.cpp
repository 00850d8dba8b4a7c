// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentSegmenter on Russian text against the floor it is built on: one ICU sentence BreakIterator pass over the
// same paragraphs. The gap is the cost of the SRX rules, paragraph splitting and segment text building.
//   TERJIME_BENCH_RU=/path/to/russian.txt build/bin/bench_segment
#include "tm/core/language.h"
#include "tm/segment/document_segmenter.h"
#include "tm/segment/paragraphs.h"
#include "tm/segment/srx_segmenter.h"
#include "tm/text/icu_view.h"
#include "tm/text/normalizer.h"
#include "tm/text/utf8_decoder.h"

#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <QFile>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

using terjime::segment::TextRange;

// Loaded once in main, before any benchmark runs.
struct Corpus {
    QString text; // NFC
    QList<TextRange> paragraphs;
    qint64 utf8Bytes = 0;
};
Corpus corpus;

void reportThroughput(benchmark::State &state, qsizetype segments)
{
    state.SetBytesProcessed(int64_t(state.iterations()) * corpus.utf8Bytes);
    state.counters["segments"] = double(segments);
}

void documentSegmenter(benchmark::State &state)
{
    auto segmenter =
        terjime::segment::DocumentSegmenter::create(terjime::core::LanguageTag(terjime::core::Language::Russian));
    if (!segmenter) {
        state.SkipWithError(qPrintable(segmenter.error().describe()));
        return;
    }
    qsizetype segments = 0;
    for (auto _ : state) {
        const auto result = segmenter->segment(corpus.text);
        segments = result.size();
        benchmark::DoNotOptimize(result.constData());
    }
    reportThroughput(state, segments);
}

// The SRX engine alone over the same paragraphs: DocumentSegmenter minus paragraph splitting and segment texts.
void srxSegmenter(benchmark::State &state)
{
    auto segmenter = terjime::segment::SrxSegmenter::create(terjime::segment::builtinRules(), QStringLiteral("ru"));
    if (!segmenter) {
        state.SkipWithError(qPrintable(segmenter.error().describe()));
        return;
    }
    const QStringView text = corpus.text;
    qsizetype segments = 0;
    for (auto _ : state) {
        segments = 0;
        for (const TextRange &paragraph : corpus.paragraphs)
            segments += segmenter->segments(text.sliced(paragraph.start, paragraph.end - paragraph.start)).size();
        benchmark::DoNotOptimize(segments);
    }
    reportThroughput(state, segments);
}

void icuSentenceIterator(benchmark::State &state)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> sentences(
        icu::BreakIterator::createSentenceInstance(icu::Locale("ru"), status));
    if (U_FAILURE(status)) {
        state.SkipWithError(u_errorName(status));
        return;
    }
    const QStringView text = corpus.text;
    qsizetype segments = 0;
    for (auto _ : state) {
        segments = 0;
        for (const TextRange &paragraph : corpus.paragraphs) {
            const icu::UnicodeString view =
                terjime::text::icuView(text.sliced(paragraph.start, paragraph.end - paragraph.start));
            sentences->setText(view);
            for (int32_t end = sentences->next(); end != icu::BreakIterator::DONE; end = sentences->next())
                ++segments;
        }
        benchmark::DoNotOptimize(segments);
    }
    reportThroughput(state, segments);
}

bool loadCorpus(const char *path)
{
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_segment: %s: %s\n", path, qPrintable(file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const auto decoded = terjime::text::decodeUtf8(bytes, QString::fromLocal8Bit(path));
    if (!decoded) {
        std::fprintf(stderr, "bench_segment: %s\n", qPrintable(decoded.error().describe()));
        return false;
    }
    corpus.text = terjime::text::NormalizedText::fromOriginal(*decoded).text();
    corpus.paragraphs = terjime::segment::splitParagraphs(corpus.text);
    corpus.utf8Bytes = bytes.size();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    const char *path = std::getenv("TERJIME_BENCH_RU");
    if (!path || !*path) {
        std::printf("bench_segment: skipped: set TERJIME_BENCH_RU to a Russian plain-text file "
                    "(paragraphs separated by blank lines)\n");
        return 0;
    }
    if (!loadCorpus(path))
        return 1;
    std::printf("bench_segment: %s: %lld bytes, %lld paragraphs\n", path, static_cast<long long>(corpus.utf8Bytes),
                static_cast<long long>(corpus.paragraphs.size()));
    benchmark::RegisterBenchmark("DocumentSegmenter/ru", documentSegmenter)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("SrxSegmenter/ru", srxSegmenter)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("IcuSentenceBreakIterator/ru", icuSentenceIterator)->Unit(benchmark::kMillisecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
