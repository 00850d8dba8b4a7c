// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of `terjime check` in-process, against the yardstick: reading and tokenising the same input. Best of
// N rounds of each pass; check_speed.sh runs it with the input that make_check_input.py writes (README-check.md).
//
//   bench_check --tmx FILE --glossary FILE [--rounds N] [--breakdown | --check-only]
//
//   read       TmxReader over the file, nothing else (what every pass below includes)
//   baseline   (a) read + MatchTokenizer::tokenize of every variant: "reading and tokenising the same input"
//   check      (b) read + qa::Checker::check of every unit (source en, targets ru and tk), findings kept in memory
//                  as the CLI keeps them for its report
//   setup      (c) glossary file read + formats::readGlossary, then Checker::create and a warm-up unit that makes
//                  the per-language term recognisers; outside (b)'s per-unit rate, reported on its own
// --breakdown adds passes that show where (b) spends its time, taking turns round by round: (b) again, (b) with one
// group of rules turned off (through CheckOptions::severities), (b) with an empty glossary (the only way to skip term
// recognition), read + term recognition alone (TermRecognizer::find on every variant, which is what terminology
// costs at least), and read alone.
//
// --check-only runs (c) and (b) alone, for a profiler (perf record, valgrind --tool=callgrind on a small input).
//
// Prints one line per pass and a final JSON object for scripts.
#include "tm/core/language.h"
#include "tm/formats/glossary_io.h"
#include "tm/formats/tmx.h"
#include "tm/glossary/term_recognizer.h"
#include "tm/qa/checker.h"
#include "tm/qa/rules.h"
#include "tm/text/match_tokens.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <vector>

using namespace terjime;

namespace {

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_check: %s\n", qPrintable(message));
    std::exit(3);
}

template <typename T>
T take(core::Result<T> result)
{
    if (!result)
        fail(result.error().describe());
    return std::move(*result);
}

// Peak resident set of the process so far, in MiB (ru_maxrss is in KiB on Linux).
double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// What one pass did: how many units it saw and a count that proves the work was done (tokens, findings, terms).
struct PassResult {
    qsizetype units = 0;
    qsizetype work = 0;
};

// Reads every unit of the TMX and hands it to `visit`; rejected units and read errors end the benchmark, since they
// would make the passes incomparable.
PassResult
readAll(const QString &tmx,
        const std::function<qsizetype(const core::TranslationUnit &, qsizetype, const core::SourceLocation &)> &visit)
{
    formats::TmxReader reader = take(formats::TmxReader::open(tmx));
    PassResult result;
    for (;;) {
        formats::TmxItem item = take(reader.next());
        if (std::holds_alternative<std::monostate>(item))
            break;
        if (const auto *rejected = std::get_if<formats::TmxRejectedUnit>(&item))
            fail(QStringLiteral("rejected unit: %1").arg(rejected->error.describe()));
        const core::SourceLocation where{tmx, reader.lastUnitLine(), 0};
        result.work += visit(std::get<core::TranslationUnit>(item), result.units, where);
        ++result.units;
    }
    return result;
}

struct Timed {
    double seconds = std::numeric_limits<double>::max();
    PassResult result;
    QList<double> rounds; // every round's time, to show how noisy the machine was
};

// Best (smallest) wall time of `rounds` runs of `pass`; `prepare` runs before each round, untimed.
Timed bestOf(int rounds, const std::function<PassResult()> &pass, const std::function<void()> &prepare = {})
{
    Timed best;
    for (int round = 0; round < rounds; ++round) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        const PassResult result = pass();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (seconds < best.seconds) {
            best.seconds = seconds;
            best.result = result;
        }
        best.rounds.append(seconds);
    }
    return best;
}

core::TranslationUnit warmUpUnit()
{
    core::TranslationUnit unit;
    unit.id = QStringLiteral("bench-check-warm-up");
    const auto add = [&unit](const QString &language, const QString &text) {
        core::Variant variant;
        variant.language = language;
        variant.segment.text = text;
        unit.variants.append(variant);
    };
    add(QStringLiteral("en"), QStringLiteral("The delegation arrived on 1 April."));
    add(QStringLiteral("ru"), QStringLiteral("Делегация прибыла 1 апреля."));
    add(QStringLiteral("tk"), QStringLiteral("Wekiliýet 1-nji aprelde geldi."));
    return unit;
}

qa::CheckOptions checkOptions(const QStringList &rulesOff = {})
{
    qa::CheckOptions options;
    options.sourceLanguage = QStringLiteral("en");
    options.targetLanguages = {QStringLiteral("ru"), QStringLiteral("tk")};
    for (const QString &rule : rulesOff)
        options.severities.insert(rule, std::nullopt);
    return options;
}

// A checker ready for its first real unit: the recognisers (made lazily, per language) exist after the warm-up.
qa::Checker readyChecker(const glossary::Glossary &glossary, const qa::CheckOptions &options)
{
    qa::Checker checker = take(qa::Checker::create(glossary, options));
    take(checker.check(warmUpUnit(), -1, {}));
    return checker;
}

// (b): one fresh checker per round (its consistency maps must start empty), made before the timer starts.
Timed timeCheck(const QString &tmx, int rounds, const glossary::Glossary &glossary, const qa::CheckOptions &options,
                QMap<QString, qsizetype> *findingsByRule = nullptr)
{
    std::unique_ptr<qa::Checker> checker;
    QList<qa::Finding> findings;
    const Timed timed = bestOf(
        rounds,
        [&] {
            return readAll(tmx,
                           [&](const core::TranslationUnit &unit, qsizetype index, const core::SourceLocation &where) {
                               QList<qa::Finding> found = take(checker->check(unit, index, where));
                               const qsizetype count = found.size();
                               findings.append(std::move(found));
                               return count;
                           });
        },
        [&] {
            checker = std::make_unique<qa::Checker>(readyChecker(glossary, options));
            findings = {};
        });
    if (findingsByRule) {
        for (const qa::Finding &finding : std::as_const(findings))
            ++(*findingsByRule)[finding.rule];
    }
    return timed;
}

QByteArray roundsOf(const Timed &timed)
{
    QStringList seconds;
    for (const double round : timed.rounds)
        seconds.append(QString::number(round, 'f', 2));
    return seconds.join(QLatin1Char(' ')).toLatin1();
}

void printPass(const char *name, const Timed &timed)
{
    std::printf("%-34s %8.3f s  %10.0f units/s  (%lld units, %lld work items; rounds %s)\n", name, timed.seconds,
                double(timed.result.units) / timed.seconds, static_cast<long long>(timed.result.units),
                static_cast<long long>(timed.result.work), roundsOf(timed).constData());
}

QStringList rulesOf(std::initializer_list<QStringView> ids)
{
    QStringList rules;
    for (const QStringView id : ids)
        rules.append(id.toString());
    return rules;
}

// Term recognition alone: read + TermRecognizer::find on every variant, with fresh recognisers (made untimed) as a
// fresh checker has them.
Timed timeRecognition(const QString &tmx, const glossary::Glossary &glossary)
{
    std::map<core::Language, std::unique_ptr<glossary::TermRecognizer>> recognizers;
    for (const core::LanguageTag &language : core::LanguageTag::supported())
        recognizers[language.language()] =
            std::make_unique<glossary::TermRecognizer>(take(glossary::TermRecognizer::create(glossary, language)));
    return bestOf(1, [&] {
        return readAll(tmx, [&](const core::TranslationUnit &unit, qsizetype, const core::SourceLocation &) {
            qsizetype terms = 0;
            for (const core::Variant &variant : unit.variants) {
                if (const auto language = core::LanguageTag::parse(variant.language))
                    terms += recognizers[language->language()]->find(variant.segment.text).size();
            }
            return terms;
        });
    });
}

// Where (b) spends its time: (b) with parts turned off, against (b) with everything on. The passes take turns round
// by round, so that a slow spell of a shared machine hits them all alike rather than one pass.
QJsonObject breakdown(const QString &tmx, int rounds, const glossary::Glossary &glossary)
{
    using namespace qa::rule;
    static const glossary::Glossary empty;
    QStringList everything;
    for (const qa::RuleInfo &rule : qa::allRules())
        everything.append(rule.id.toString());
    const auto checkWith = [&](const glossary::Glossary &checked, const QStringList &rulesOff) {
        return [&tmx, &checked, rulesOff] { return timeCheck(tmx, 1, checked, checkOptions(rulesOff)); };
    };
    struct Pass {
        const char *name;
        std::function<Timed()> run;
        Timed best;
    };
    std::vector<Pass> passes{
        {"(b) again, everything on", checkWith(glossary, {}), {}},
        {"terminology rules off",
         checkWith(glossary, rulesOf({kTermMissing, kTermForbidden, kTermSuperseded, kTermAdmitted})),
         {}},
        {"consistency off", checkWith(glossary, rulesOf({kInconsistentTarget, kInconsistentSource})), {}},
        {"typography off", checkWith(glossary, rulesOf({kQuotes, kDashes, kSpacing, kEndPunctuation})), {}},
        {"numbers and dates off", checkWith(glossary, rulesOf({kNumberMismatch, kDateMismatch})), {}},
        {"no glossary (no term recognition)", checkWith(empty, {}), {}},
        {"all rules off, no glossary", checkWith(empty, everything), {}},
        {"read + term recognition only", [&] { return timeRecognition(tmx, glossary); }, {}},
        {"read only",
         [&] {
             return bestOf(1, [&] {
                 return readAll(tmx, [](const core::TranslationUnit &, qsizetype, const core::SourceLocation &) {
                     return qsizetype(1);
                 });
             });
         },
         {}},
    };
    for (int round = 0; round < rounds; ++round) {
        for (Pass &pass : passes) {
            const Timed timed = pass.run();
            if (timed.seconds < pass.best.seconds) {
                pass.best.seconds = timed.seconds;
                pass.best.result = timed.result;
            }
            pass.best.rounds.append(timed.seconds);
        }
    }
    const double reference = passes.front().best.seconds;
    std::printf("\nbreakdown: passes in turn, best of %d; 'saves' is (b) again minus the pass\n", rounds);
    QJsonObject seconds;
    for (const Pass &pass : passes) {
        const double saved = reference - pass.best.seconds;
        std::printf("%-34s %8.3f s  saves %7.3f s (%5.1f %%)  work %lld; rounds %s\n", pass.name, pass.best.seconds,
                    saved, 100.0 * saved / reference, static_cast<long long>(pass.best.result.work),
                    roundsOf(pass.best).constData());
        seconds.insert(QString::fromLatin1(pass.name), pass.best.seconds);
    }
    std::printf("peak RSS: %.0f MiB\n", peakRssMiB());
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each pass shows up as it ends, also when piped to a log
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const QString tmx = option(args, QStringLiteral("--tmx"));
    const QString glossaryPath = option(args, QStringLiteral("--glossary"));
    const int rounds = std::max(1, option(args, QStringLiteral("--rounds"), QStringLiteral("3")).toInt());
    if (tmx.isEmpty() || glossaryPath.isEmpty()) {
        std::fprintf(stderr,
                     "usage: bench_check --tmx FILE --glossary FILE [--rounds N] [--breakdown | --check-only]\n");
        return 2;
    }

    // (c) setup, timed in its parts; the best round counts, like the passes.
    double loadSeconds = std::numeric_limits<double>::max();
    double warmUpSeconds = std::numeric_limits<double>::max();
    glossary::Glossary glossary;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        QFile file(glossaryPath);
        if (!file.open(QIODevice::ReadOnly))
            fail(QStringLiteral("cannot read %1").arg(glossaryPath));
        glossary = take(formats::readGlossary(file.readAll(), glossaryPath));
        loadSeconds = std::min(loadSeconds, double(timer.nsecsElapsed()) / 1e9);
        timer.restart();
        const qa::Checker checker = readyChecker(glossary, checkOptions());
        warmUpSeconds = std::min(warmUpSeconds, double(timer.nsecsElapsed()) / 1e9);
    }
    std::printf("glossary: %lld concepts, read in %.3f s; checker create + recogniser warm-up %.3f s\n",
                static_cast<long long>(glossary.concepts.size()), loadSeconds, warmUpSeconds);

    if (args.contains(QStringLiteral("--check-only"))) {
        const Timed check = timeCheck(tmx, rounds, glossary, checkOptions());
        printPass("(b) read + check", check);
        std::printf("findings: %lld; peak RSS: %.0f MiB\n", static_cast<long long>(check.result.work), peakRssMiB());
        return 0;
    }

    const Timed read = bestOf(rounds, [&] {
        return readAll(tmx, [](const core::TranslationUnit &unit, qsizetype, const core::SourceLocation &) {
            return unit.variants.size();
        });
    });
    printPass("read", read);

    // (a) One tokenizer for all rounds: creating one is costly, and the CLI would not create one per unit either.
    text::MatchTokenizer tokenizer;
    for (const core::Variant &variant : warmUpUnit().variants)
        (void)tokenizer.tokenize(variant.language, variant.segment.text);
    const auto baselinePass = [&] {
        return readAll(tmx, [&](const core::TranslationUnit &unit, qsizetype, const core::SourceLocation &) {
            qsizetype tokens = 0;
            for (const core::Variant &variant : unit.variants)
                tokens += tokenizer.tokenize(variant.language, variant.segment.text).size();
            return tokens;
        });
    };
    const Timed baseline = bestOf(rounds, baselinePass);
    printPass("(a) read + tokenise", baseline);
    const double rssAfterBaseline = peakRssMiB();

    QMap<QString, qsizetype> findingsByRule;
    const Timed check = timeCheck(tmx, rounds, glossary, checkOptions(), &findingsByRule);
    printPass("(b) read + check", check);
    const double ratio = check.seconds / baseline.seconds;
    std::printf("ratio (b)/(a): %.2f (goal <= 2); (b)/read: %.2f\n", ratio, check.seconds / read.seconds);
    // The best rounds of (a) and (b) may come from quiet and busy spells of a shared machine: (a) and (b) run back
    // to back, pair by pair, and the median of the pairs' ratios is the steadier figure.
    std::vector<double> pairRatios;
    for (int round = 0; round < rounds; ++round) {
        const double a = bestOf(1, baselinePass).seconds;
        pairRatios.push_back(timeCheck(tmx, 1, glossary, checkOptions()).seconds / a);
    }
    std::sort(pairRatios.begin(), pairRatios.end());
    const double medianRatio = pairRatios[pairRatios.size() / 2];
    std::printf("ratio (b)/(a) of back-to-back pairs:");
    for (const double pair : pairRatios)
        std::printf(" %.2f", pair);
    std::printf("; median %.2f\n", medianRatio);
    std::printf("findings: %lld;", static_cast<long long>(check.result.work));
    for (auto it = findingsByRule.cbegin(); it != findingsByRule.cend(); ++it)
        std::printf(" %s %lld", qPrintable(it.key()), static_cast<long long>(it.value()));
    std::printf("\npeak RSS: %.0f MiB after (a), %.0f MiB after (b)\n", rssAfterBaseline, peakRssMiB());

    QJsonObject json{{QStringLiteral("units"), check.result.units},
                     {QStringLiteral("findings"), check.result.work},
                     {QStringLiteral("concepts"), glossary.concepts.size()},
                     {QStringLiteral("rounds"), rounds},
                     {QStringLiteral("glossary_load_s"), loadSeconds},
                     {QStringLiteral("checker_warm_up_s"), warmUpSeconds},
                     {QStringLiteral("read_s"), read.seconds},
                     {QStringLiteral("baseline_s"), baseline.seconds},
                     {QStringLiteral("check_s"), check.seconds},
                     {QStringLiteral("baseline_units_per_s"), double(baseline.result.units) / baseline.seconds},
                     {QStringLiteral("check_units_per_s"), double(check.result.units) / check.seconds},
                     {QStringLiteral("ratio"), ratio},
                     {QStringLiteral("median_pair_ratio"), medianRatio},
                     {QStringLiteral("peak_rss_mib"), peakRssMiB()}};

    if (args.contains(QStringLiteral("--breakdown")))
        json.insert(QStringLiteral("breakdown_s"), breakdown(tmx, rounds, glossary));
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
