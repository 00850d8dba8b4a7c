// SPDX-License-Identifier: GPL-3.0-or-later
// TermRecognizer::find over 100,000 segments with a 5,000-concept glossary, per language (tk, ru, en), against the
// floor it is built on: WordTokenizer::tokenize over the same segments. The goal of issue 4 is a ratio of at most 3.
//   TERJIME_BENCH_CORPORA=/path/to/shared/corpora build/bin/bench_recognize --benchmark_min_time=1
// After Google Benchmark's runs it measures the ratio in TERJIME_BENCH_ROUNDS (default 5) rounds of a tokenising
// and a recognising pass back to back (--benchmark_filter=none skips the runs before them; TERJIME_BENCH_ROUNDS=0
// skips the rounds).
// Everything is generated deterministically (fixed seed) from the sentences of the parallel corpora: the glossary's
// terms are 1–4 words of their vocabulary (half of the multiword ones are n-grams that occur in the text, half free
// combinations), and a quarter of the segments get a glossary term inserted, half of those in an inflected form.
#include "tm/core/language.h"
#include "tm/glossary/glossary.h"
#include "tm/glossary/term_recognizer.h"
#include "tm/text/word_tokenizer.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <unistd.h> // isatty

namespace {

using terjime::core::Language;
using terjime::core::LanguageTag;
using terjime::glossary::Concept;
using terjime::glossary::Glossary;
using terjime::glossary::Term;
using terjime::glossary::TermStatus;
using terjime::glossary::TermType;

constexpr int conceptCount = 5000;
constexpr qsizetype segmentCount = 100000;
constexpr int stopWordCount = 150; // the most frequent words of a language: not used as the edge of a term
constexpr std::mt19937::result_type seed = 20240604;

// The sets of /work/shared/corpora that have the same lines in tk, ru and en (the README's common format).
const char *const corpusFiles[] = {"flores200/dev", "flores200/devtest", "ntrex128/newstest2019", "udhr/udhr"};

struct LanguageData {
    QString code;
    QStringList segments;
    qint64 utf16Units = 0;
    int insertedTerms = 0;
};

Glossary glossary;                // one concept-oriented glossary: every concept has terms in tk, ru and en
std::vector<LanguageData> inputs; // tk, ru, en

// std::uniform_int_distribution differs between standard libraries; this does not.
qsizetype pick(std::mt19937 &rng, qsizetype n)
{
    return qsizetype(rng() % std::mt19937::result_type(n));
}

bool chance(std::mt19937 &rng, int percent)
{
    return int(rng() % 100) < percent;
}

bool isPlainWord(QStringView word)
{
    return word.size() >= 3 && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
}

// --- Inflection: rough, but the kind of forms the recognizer must see through. ---------------------------------

QString inflectRussianWord(const QString &word, std::mt19937 &rng)
{
    struct Rule {
        const char16_t *ending;
        std::initializer_list<const char16_t *> replacements;
    };
    static const Rule rules[] = {
        {u"ый", {u"ого", u"ому", u"ым", u"ых"}},
        {u"ий", {u"ого", u"ему", u"им", u"их"}},
        {u"ая", {u"ой", u"ую", u"ые"}},
        {u"ое", {u"ого", u"ом"}},
        {u"ие", {u"ия", u"ии", u"ием"}},
        {u"ия", {u"ии", u"ию", u"ией"}},
        {u"а", {u"ы", u"е", u"у", u"ой"}},
        {u"я", {u"и", u"е", u"ю", u"ей"}},
        {u"о", {u"а", u"у", u"ом"}},
        {u"ь", {u"и", u"ью", u"ей"}},
    };
    for (const Rule &rule : rules) {
        const QString ending = QString::fromUtf16(rule.ending);
        if (word.size() > ending.size() + 2 && word.endsWith(ending)) {
            const auto *choice = rule.replacements.begin() + pick(rng, qsizetype(rule.replacements.size()));
            return word.chopped(ending.size()) + QString::fromUtf16(*choice);
        }
    }
    static const char16_t *const consonantEndings[] = {u"а", u"у", u"ом", u"ов", u"ы", u"е", u"ами"};
    if (!QStringView(u"аеёиоуыэюяйь").contains(word.back()))
        return word + QString::fromUtf16(consonantEndings[pick(rng, std::size(consonantEndings))]);
    return word;
}

// Turkmen inflects the head (the last word): plural, possessive and case suffixes in vowel harmony, with the
// k/g p/b ç/j alternation before a vowel.
QString inflectTurkmenWord(const QString &word, std::mt19937 &rng)
{
    bool front = false;
    for (qsizetype i = word.size() - 1; i >= 0; --i) {
        const QChar c = word[i].toLower();
        if (QStringView(u"aouy").contains(c))
            break;
        if (QStringView(u"eäiöü").contains(c)) {
            front = true;
            break;
        }
    }
    const bool vowelEnd = QStringView(u"aeäioöuüy").contains(word.back().toLower());
    // {back, front} pairs; a leading '*' is a vowel-initial suffix, '+' takes a buffer n after a vowel.
    static const char16_t *const suffixes[][2] = {
        {u"lar", u"ler"},     {u"lary", u"leri"},       {u"da", u"de"},       {u"dan", u"den"},
        {u"+yň", u"+iň"},     {u"+y", u"+i"},           {u"*a", u"*e"},       {u"laryň", u"leriň"},
        {u"*ymyz", u"*imiz"}, {u"larynda", u"lerinde"}, {u"+yňky", u"+iňki"},
    };
    QString suffix = QString::fromUtf16(suffixes[pick(rng, std::size(suffixes))][front ? 1 : 0]);
    QString stem = word;
    if (suffix.startsWith(u'+')) {
        suffix = vowelEnd ? QString(u'n') + suffix.mid(1) : suffix.mid(1);
    } else if (suffix.startsWith(u'*')) {
        suffix = suffix.mid(1);
        if (vowelEnd) {
            if (suffix.size() == 1) // the dative after a vowel lengthens it in speech, not in writing
                return word;
            suffix = suffix.mid(1); // "maşgala" + "ymyz" → "maşgalamyz"
        }
    }
    if (!vowelEnd && QStringView(u"aeäioöuüy").contains(suffix.front())) {
        const QChar last = stem.back();
        if (last == u'k')
            stem.back() = u'g';
        else if (last == u'p')
            stem.back() = u'b';
        else if (last == u'ç')
            stem.back() = u'j';
    }
    return stem + suffix;
}

QString inflectEnglishWord(const QString &word, std::mt19937 &rng)
{
    if (chance(rng, 30))
        return word + QStringLiteral("'s");
    if (word.endsWith(u'y') && !QStringView(u"aeiou").contains(word[word.size() - 2]))
        return word.chopped(1) + QStringLiteral("ies");
    if (word.endsWith(u's') || word.endsWith(u'x') || word.endsWith(QStringLiteral("ch")) ||
        word.endsWith(QStringLiteral("sh")))
        return word + QStringLiteral("es");
    return word + u's';
}

QString inflect(const QString &language, const QString &term, TermType type, std::mt19937 &rng)
{
    if (type == TermType::Acronym) {
        if (language == u"tk")
            return term + QStringLiteral("-niň");
        if (language == u"ru")
            return term + QStringLiteral("а");
        return term + QStringLiteral("'s");
    }
    QStringList words = term.split(u' ');
    if (language == u"ru") {
        for (QString &word : words)
            word = inflectRussianWord(word, rng);
    } else if (language == u"tk") {
        words.back() = inflectTurkmenWord(words.back(), rng);
    } else {
        words.back() = inflectEnglishWord(words.back(), rng);
    }
    // Now and then the form of a headline or the start of a sentence.
    if (chance(rng, 15)) {
        for (QString &word : words)
            word[0] = word[0].toUpper();
    }
    return words.join(u' ');
}

// --- Corpus, glossary and segments. ----------------------------------------------------------------------------

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts))
        lines.append(line);
    return lines;
}

struct Vocabulary {
    QStringList contentWords; // by frequency, most frequent first, stop words left out
    QSet<QString> stopWords;
    QStringList ngrams; // 2–4 word sequences of the text whose first and last words are content words
};

Vocabulary buildVocabulary(const QStringList &lines, LanguageTag language)
{
    terjime::text::WordTokenizer tokenizer(language);
    QHash<QString, int> frequency;
    std::vector<QStringList> runs; // runs of plain words separated by one space, lower case
    for (const QString &line : lines) {
        const QList<terjime::text::Token> tokens = tokenizer.tokenize(line);
        QStringList run;
        for (const terjime::text::Token &token : tokens) {
            const QStringView text = QStringView(line).sliced(token.start, token.end - token.start);
            if (token.kind == terjime::text::TokenKind::Word && isPlainWord(text)) {
                const QString word = text.toString().toLower();
                ++frequency[word];
                run.append(word);
            } else if (!(token.kind == terjime::text::TokenKind::Space && text == u" ")) {
                if (run.size() >= 2)
                    runs.push_back(run);
                run.clear();
            }
        }
        if (run.size() >= 2)
            runs.push_back(run);
    }
    std::vector<std::pair<int, QString>> byFrequency;
    for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
        byFrequency.emplace_back(-it.value(), it.key());
    std::sort(byFrequency.begin(), byFrequency.end());
    Vocabulary vocabulary;
    for (std::size_t i = 0; i < byFrequency.size(); ++i) {
        if (i < std::size_t(stopWordCount))
            vocabulary.stopWords.insert(byFrequency[i].second);
        else
            vocabulary.contentWords.append(byFrequency[i].second);
    }
    QSet<QString> seen;
    for (const QStringList &run : runs) {
        for (qsizetype start = 0; start < run.size(); ++start) {
            for (qsizetype length = 2; length <= 4 && start + length <= run.size(); ++length) {
                if (vocabulary.stopWords.contains(run[start]) || vocabulary.stopWords.contains(run[start + length - 1]))
                    continue;
                const QString ngram = run.mid(start, length).join(u' ');
                if (!seen.contains(ngram)) {
                    seen.insert(ngram);
                    vocabulary.ngrams.append(ngram);
                }
            }
        }
    }
    return vocabulary;
}

// A term of 1–4 words (30% / 40% / 20% / 10%), new in this language.
QString makeTermText(const Vocabulary &vocabulary, QSet<QString> &used, std::mt19937 &rng)
{
    for (;;) {
        const int roll = int(rng() % 100);
        const qsizetype words = roll < 30 ? 1 : roll < 70 ? 2 : roll < 90 ? 3 : 4;
        QString text;
        if (words > 1 && chance(rng, 50)) {
            // An n-gram of the text, so that terms also occur where nobody inserted them.
            for (int attempt = 0; attempt < 50 && text.isEmpty(); ++attempt) {
                const QString &ngram = vocabulary.ngrams[pick(rng, vocabulary.ngrams.size())];
                if (ngram.count(u' ') + 1 == words)
                    text = ngram;
            }
        }
        if (text.isEmpty()) {
            // Free combination, biased towards the frequent content words as real glossaries are.
            QStringList parts;
            const qsizetype pool = std::min<qsizetype>(vocabulary.contentWords.size(), 8000);
            for (qsizetype w = 0; w < words; ++w)
                parts.append(vocabulary.contentWords[pick(rng, chance(rng, 50) ? pool / 4 : pool)]);
            text = parts.join(u' ');
        }
        if (!used.contains(text)) {
            used.insert(text);
            return text;
        }
    }
}

// "national action plan" → "NAP": a third of the multiword concepts also have an acronym.
QString acronymOf(const QString &text)
{
    QString acronym;
    for (const QString &word : text.split(u' '))
        acronym += word[0].toUpper();
    return acronym;
}

struct Entry {
    QString text;
    TermType type;
};

// The terms of concept c in a language, for inserting into segments.
std::vector<std::vector<Entry>> buildGlossaryLanguage(const QString &code, const Vocabulary &vocabulary,
                                                      std::mt19937 &rng)
{
    QSet<QString> used;
    QSet<QString> acronyms;
    std::vector<std::vector<Entry>> entries(conceptCount);
    for (int c = 0; c < conceptCount; ++c) {
        Concept &concept_ = glossary.concepts[c];
        QList<Term> terms;
        const QString text = makeTermText(vocabulary, used, rng);
        const int status = int(rng() % 100);
        terms.append(terjime::glossary::makeTerm(text, status < 85 ? TermStatus::Preferred : TermStatus::Admitted));
        entries[c].push_back({text, TermType::FullForm});
        if (chance(rng, 8)) { // a forbidden variant
            const QString variant = makeTermText(vocabulary, used, rng);
            terms.append(terjime::glossary::makeTerm(variant, TermStatus::Deprecated));
            entries[c].push_back({variant, TermType::FullForm});
        }
        if (text.count(u' ') >= 2 && chance(rng, 33)) {
            const QString acronym = acronymOf(text);
            if (!acronyms.contains(acronym)) {
                acronyms.insert(acronym);
                Term term = terjime::glossary::makeTerm(acronym, TermStatus::Admitted);
                term.type = TermType::Acronym;
                terms.append(term);
                entries[c].push_back({acronym, TermType::Acronym});
            }
        }
        concept_.terms.insert(code, terms);
    }
    return entries;
}

QString corporaDirectory()
{
    const char *env = std::getenv("TERJIME_BENCH_CORPORA");
    return env && *env ? QString::fromLocal8Bit(env) : QStringLiteral("../shared/corpora");
}

bool prepare()
{
    const QString directory = corporaDirectory();
    const struct {
        const char *code;
        Language language;
    } languages[] = {{"tk", Language::Turkmen}, {"ru", Language::Russian}, {"en", Language::English}};

    glossary.sourceLanguage = QStringLiteral("en");
    glossary.title = QStringLiteral("bench_recognize synthetic glossary");
    for (int c = 0; c < conceptCount; ++c) {
        Concept concept_;
        concept_.id = QStringLiteral("c%1").arg(c + 1, 5, 10, QLatin1Char('0'));
        glossary.concepts.append(concept_);
    }

    std::mt19937 rng(seed);
    for (const auto &language : languages) {
        const QString code = QString::fromLatin1(language.code);
        QStringList lines;
        for (const char *name : corpusFiles)
            lines +=
                readLines(QDir(directory).filePath(QString::fromLatin1(name) + u'.' + code + QStringLiteral(".txt")));
        if (lines.isEmpty()) {
            std::printf("bench_recognize: skipped: no %s corpus under %s (set TERJIME_BENCH_CORPORA to the "
                        "shared/corpora directory)\n",
                        language.code, qPrintable(QDir(directory).absolutePath()));
            return false;
        }
        const Vocabulary vocabulary = buildVocabulary(lines, LanguageTag(language.language));
        const std::vector<std::vector<Entry>> entries = buildGlossaryLanguage(code, vocabulary, rng);

        LanguageData data;
        data.code = code;
        data.segments.reserve(segmentCount);
        QStringList order = lines;
        while (data.segments.size() < segmentCount) {
            for (qsizetype i = order.size() - 1; i > 0; --i) // Fisher–Yates with the fixed generator
                std::swap(order[i], order[pick(rng, i + 1)]);
            for (qsizetype i = 0; i < order.size() && data.segments.size() < segmentCount; ++i) {
                QString segment = order[i];
                if (chance(rng, 25)) {
                    const std::vector<Entry> &concept_ = entries[std::size_t(pick(rng, conceptCount))];
                    const Entry &entry = concept_[std::size_t(pick(rng, qsizetype(concept_.size())))];
                    const QString form = chance(rng, 50) ? inflect(code, entry.text, entry.type, rng) : entry.text;
                    // At a word boundary: after a space, or at the start.
                    QList<qsizetype> spaces{0};
                    for (qsizetype p = 0; p < segment.size(); ++p) {
                        if (segment[p] == u' ')
                            spaces.append(p + 1);
                    }
                    segment.insert(spaces[pick(rng, spaces.size())], form + u' ');
                    ++data.insertedTerms;
                }
                data.utf16Units += segment.size();
                data.segments.append(segment);
            }
        }
        std::printf(
            "bench_recognize: %s: %lld corpus lines, %lld content words, %lld n-grams, %d concepts, "
            "%lld segments (%lld UTF-16 units), %d with an inserted term\n",
            language.code, static_cast<long long>(lines.size()), static_cast<long long>(vocabulary.contentWords.size()),
            static_cast<long long>(vocabulary.ngrams.size()), conceptCount,
            static_cast<long long>(data.segments.size()), static_cast<long long>(data.utf16Units), data.insertedTerms);
        inputs.push_back(std::move(data));
    }
    return true;
}

// --- Benchmarks. -----------------------------------------------------------------------------------------------

void reportRate(benchmark::State &state, const LanguageData &data)
{
    state.counters["segments/s"] =
        benchmark::Counter(double(data.segments.size()) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.SetBytesProcessed(int64_t(state.iterations()) * data.utf16Units * 2); // UTF-16 bytes
}

// Each iteration is one pass over the segments by a new recogniser, as `terjime check` makes one: its caches start
// empty, so the pass pays for analysing every spelling once, as a real run does (a second pass over the same
// segments would find them all analysed and run faster than any real input).
// How many occurrences one pass reports: as spans (locate) or as Occurrence lists with their strings (find).
qsizetype recognizeAll(terjime::glossary::TermRecognizer &recognizer, const LanguageData &data, bool asSpans)
{
    qsizetype occurrences = 0;
    for (const QString &segment : data.segments)
        occurrences += asSpans ? qsizetype(recognizer.locate(segment).size()) : recognizer.find(segment).size();
    return occurrences;
}

void recognize(benchmark::State &state, const LanguageData *data, LanguageTag language, bool asSpans)
{
    qsizetype occurrences = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto created = terjime::glossary::TermRecognizer::create(glossary, language);
        if (!created) {
            state.SkipWithError(qPrintable(created.error().describe()));
            return;
        }
        std::optional<terjime::glossary::TermRecognizer> recognizer(std::move(*created));
        state.ResumeTiming();
        occurrences = recognizeAll(*recognizer, *data, asSpans);
        benchmark::DoNotOptimize(occurrences);
        state.PauseTiming();
        recognizer.reset(); // freed untimed
        state.ResumeTiming();
    }
    reportRate(state, *data);
    state.counters["occurrences"] = double(occurrences);
}

// How many tokens one pass of tokenising the segments makes.
qsizetype tokenizeAll(terjime::text::WordTokenizer &tokenizer, const LanguageData &data)
{
    qsizetype tokens = 0;
    for (const QString &segment : data.segments)
        tokens += tokenizer.tokenize(segment).size();
    return tokens;
}

void tokenize(benchmark::State &state, const LanguageData *data, LanguageTag language)
{
    terjime::text::WordTokenizer tokenizer(language);
    qsizetype tokens = 0;
    for (auto _ : state) {
        tokens = tokenizeAll(tokenizer, *data);
        benchmark::DoNotOptimize(tokens);
    }
    reportRate(state, *data);
    state.counters["tokens"] = double(tokens);
}

// --- Paired rounds: the ratio. ---------------------------------------------------------------------------------

double processorSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) * 1e-9;
}

// Processor seconds of one pass of tokenising the segments and of recognising them with a new recogniser, as spans
// and as Occurrence lists, back to back.
struct PassTimes {
    double tokenising = 0;
    double locating = 0;
    double finding = 0;
};

PassTimes pairedPasses(const LanguageData &data, LanguageTag language)
{
    PassTimes times;
    terjime::text::WordTokenizer tokenizer(language);
    double start = processorSeconds();
    benchmark::DoNotOptimize(tokenizeAll(tokenizer, data));
    times.tokenising = processorSeconds() - start;
    for (const bool asSpans : {true, false}) {
        auto recognizer = terjime::glossary::TermRecognizer::create(glossary, language);
        if (!recognizer)
            return {};
        start = processorSeconds();
        benchmark::DoNotOptimize(recognizeAll(*recognizer, data, asSpans));
        (asSpans ? times.locating : times.finding) = processorSeconds() - start;
    }
    return times;
}

struct RatioSummary {
    std::vector<double> ratios;
    double best = 1e9;

    void add(double seconds, double tokenising)
    {
        ratios.push_back(seconds / tokenising);
        best = std::min(best, seconds);
    }
    // Sorts the ratios: call it before reading ratios.front() and back().
    double median()
    {
        std::sort(ratios.begin(), ratios.end());
        return ratios[ratios.size() / 2];
    }
};

// The ratio the issue asks for, measured so that a busy machine disturbs it least: each round runs a tokenising
// pass and a recognising pass back to back, so both see the same machine; the median of the rounds' ratios is
// reported, with the best (lowest) processor time of each kind over all rounds alongside.
void reportPairedRatios()
{
    const char *env = std::getenv("TERJIME_BENCH_ROUNDS");
    const int rounds = env && *env ? std::max(0, std::atoi(env)) : 5; // 0: none (for profilers)
    for (const LanguageData &data : inputs) {
        const LanguageTag language = *LanguageTag::parse(data.code);
        RatioSummary locating;
        RatioSummary finding;
        double bestTokenising = 1e9;
        for (int round = 0; round < rounds; ++round) {
            const PassTimes times = pairedPasses(data, language);
            if (times.tokenising <= 0)
                return;
            locating.add(times.locating, times.tokenising);
            finding.add(times.finding, times.tokenising);
            bestTokenising = std::min(bestTokenising, times.tokenising);
        }
        const double n = double(data.segments.size());
        const double locatingMedian = locating.median();
        const double findingMedian = finding.median();
        std::printf("%s, %d paired rounds (best rounds' segments/s; median ratio to tokenising, and its range):\n"
                    "  tokenise %.0f/s\n"
                    "  locate   %.0f/s  ratio %.2fx (%.2f-%.2f)  <- recognition; the goal is at most 3x\n"
                    "  find     %.0f/s  ratio %.2fx (%.2f-%.2f)  (locate plus copies of the strings)\n",
                    qPrintable(data.code), rounds, n / bestTokenising, n / locating.best, locatingMedian,
                    locating.ratios.front(), locating.ratios.back(), n / finding.best, findingMedian,
                    finding.ratios.front(), finding.ratios.back());
    }
}

// Prints as the console reporter does and keeps the CPU time per iteration of each benchmark for the ratios.
class RatioReporter : public benchmark::ConsoleReporter {
public:
    std::map<std::string, double> seconds;

    RatioReporter() : ConsoleReporter(isatty(fileno(stdout)) ? OO_ColorTabular : OO_Tabular) {}

    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            if (!run.error_occurred && run.run_type == Run::RT_Iteration && run.iterations > 0)
                seconds[run.benchmark_name()] = run.cpu_accumulated_time / double(run.iterations);
        }
        ConsoleReporter::ReportRuns(runs);
    }
};

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (!prepare())
        return 0;
    for (const LanguageData &data : inputs) {
        const LanguageTag language = *LanguageTag::parse(data.code);
        const std::string code = data.code.toStdString();
        benchmark::RegisterBenchmark(("TermRecognizer::locate/" + code).c_str(), recognize, &data, language, true)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("TermRecognizer::find/" + code).c_str(), recognize, &data, language, false)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("WordTokenizer::tokenize/" + code).c_str(), tokenize, &data, language)
            ->Unit(benchmark::kMillisecond);
    }
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    for (const LanguageData &data : inputs) {
        const std::string code = data.code.toStdString();
        const auto find = reporter.seconds.find("TermRecognizer::locate/" + code);
        const auto tokens = reporter.seconds.find("WordTokenizer::tokenize/" + code);
        if (find == reporter.seconds.end() || tokens == reporter.seconds.end())
            continue;
        std::printf("%s: recognition %.0f segments/s, tokenisation %.0f segments/s, ratio %.2fx (separate runs)\n",
                    code.c_str(), double(data.segments.size()) / find->second,
                    double(data.segments.size()) / tokens->second, find->second / tokens->second);
    }
    reportPairedRatios();
    benchmark::Shutdown();
    return 0;
}
