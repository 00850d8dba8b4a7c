// SPDX-License-Identifier: GPL-3.0-or-later
// Lookup latency on a real memory: opens the memory once, runs every query of a JSON-lines file in-process and
// prints one JSON object with the latency percentiles and how often the expected unit came first. tm_scale.py runs
// it on memories of several sizes.
//
//   bench_tm_lookup --tm DB --from en --to ru --queries Q.jsonl [--limit N] [--min-score N]
//
// Each query line is {"text": "...", "tuid": "<expected unit>"}.
#include "tm/memory/lookup.h"
#include "tm/store/sqlite_store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace terjime;

namespace {

struct Query {
    QString text;
    QString expected;
};

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
}

std::vector<Query> readQueries(const QString &path)
{
    std::vector<Query> queries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return queries;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (!line.isEmpty())
            queries.push_back(
                {line.value(QStringLiteral("text")).toString(), line.value(QStringLiteral("tuid")).toString()});
    }
    return queries;
}

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const size_t index = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
    return sorted[index];
}

// A query whose first match is not the unit it came from: what came first, and where the expected unit was.
void reportMiss(const Query &query, const QList<memory::Match> &matches)
{
    QString line = QStringLiteral("miss: \"%1\" expected %2").arg(query.text, query.expected);
    for (qsizetype rank = 0; rank < matches.size(); ++rank) {
        const memory::Match &match = matches[rank];
        line += QStringLiteral("; #%1 %2 (%3) \"%4\"")
                    .arg(rank + 1)
                    .arg(match.unit.unit.id)
                    .arg(match.score)
                    .arg(match.unit.unit.variants[match.sourceVariant].segment.text);
    }
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const QString path = option(args, QStringLiteral("--tm"));
    const std::vector<Query> queries = readQueries(option(args, QStringLiteral("--queries")));
    if (path.isEmpty() || queries.empty()) {
        std::fprintf(stderr, "usage: bench_tm_lookup --tm DB --from L --to L --queries Q.jsonl [--limit N]\n");
        return 2;
    }
    auto opened = store::openSqliteStore(path, store::OpenMode::MustExist);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().describe()));
        return 3;
    }
    memory::Lookup lookup(**opened);
    const memory::LookupOptions options{option(args, QStringLiteral("--from"), QStringLiteral("en")),
                                        option(args, QStringLiteral("--to"), QStringLiteral("ru")),
                                        option(args, QStringLiteral("--min-score"), QStringLiteral("0")).toInt(),
                                        option(args, QStringLiteral("--limit"), QStringLiteral("5")).toInt()};
    std::vector<double> milliseconds;
    int found = 0;
    QElapsedTimer total;
    total.start();
    for (const Query &query : queries) {
        QElapsedTimer timer;
        timer.start();
        auto matches = lookup.find({query.text, {}, {}, {}}, options);
        milliseconds.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!matches) {
            std::fprintf(stderr, "%s\n", qPrintable(matches.error().describe()));
            return 3;
        }
        const bool hit = !matches->isEmpty() && matches->front().unit.unit.id == query.expected;
        found += hit;
        if (!hit)
            reportMiss(query, *matches);
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    double sum = 0;
    for (double value : milliseconds)
        sum += value;
    std::printf("{\"queries\": %zu, \"top1_found\": %d, \"p50_ms\": %.3f, \"p99_ms\": %.3f, \"mean_ms\": %.3f, "
                "\"total_s\": %.3f}\n",
                queries.size(), found, percentile(milliseconds, 0.5), percentile(milliseconds, 0.99),
                sum / double(milliseconds.size()), seconds);
    return 0;
}
