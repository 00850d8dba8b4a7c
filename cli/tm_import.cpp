// SPDX-License-Identifier: GPL-3.0-or-later
// terjime tm import: TMX files into the memory, in batches of one transaction each. A broken unit is reported with
// its location and written to the rejects file; the rest is imported.
#include "tm_commands.h"

#include "exit_codes.h"
#include "progress_bar.h"
#include "tm_common.h"

#include "tm/formats/tmx.h"

#include <QSaveFile>

namespace terjime::cli {
namespace {

struct ImportCounts {
    qint64 read = 0;
    qint64 added = 0;
    qint64 merged = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
};

class Importer {
public:
    Importer(Context &context, store::TmStore &memory, int batchSize, formats::TmxWriter *rejects)
        : m_context(context), m_memory(memory), m_batchSize(batchSize), m_rejects(rejects)
    {}

    // Imports one file; false when it could not be read to its end (what was read before is stored).
    bool importFile(const QString &path, ImportCounts &counts);

private:
    bool flush(ImportCounts &counts);

    Context &m_context;
    store::TmStore &m_memory;
    int m_batchSize;
    formats::TmxWriter *m_rejects;
    QList<core::TranslationUnit> m_batch;
};

bool Importer::flush(ImportCounts &counts)
{
    if (m_batch.isEmpty())
        return true;
    auto outcomes = m_memory.store(m_batch);
    m_batch.clear();
    if (!outcomes) {
        m_context.error(outcomes.error());
        return false;
    }
    for (store::StoreOutcome outcome : *outcomes) {
        switch (outcome) {
        case store::StoreOutcome::Added: ++counts.added; break;
        case store::StoreOutcome::Merged: ++counts.merged; break;
        case store::StoreOutcome::Unchanged: ++counts.unchanged; break;
        }
    }
    return true;
}

bool Importer::importFile(const QString &path, ImportCounts &counts)
{
    auto reader = formats::TmxReader::open(path);
    if (!reader) {
        m_context.error(reader.error());
        return false;
    }
    ProgressBar progress(path);
    while (true) {
        auto next = reader->next();
        if (!next) {
            progress.finish();
            m_context.error(next.error());
            flush(counts);
            return false;
        }
        if (std::holds_alternative<std::monostate>(*next))
            break;
        ++counts.read;
        if (auto *rejected = std::get_if<formats::TmxRejectedUnit>(&*next)) {
            progress.finish();
            m_context.error(rejected->error);
            ++counts.rejected;
            // A failed write shows again at finish(), which the caller checks.
            if (m_rejects) {
                (void)m_rejects->writeRejected(
                    *rejected, rejected->error.describe([this](const char *format) { return m_context.tr(format); }));
            }
            continue;
        }
        m_batch.append(std::move(std::get<core::TranslationUnit>(*next)));
        if (m_batch.size() >= m_batchSize && !flush(counts))
            return false;
        progress.update(reader->bytesRead(), reader->totalBytes(), counts.read);
    }
    progress.finish();
    return flush(counts);
}

} // namespace

int runTmImport(Context &context, const QStringList &argv)
{
    Arguments args;
    QString error;
    if (!Arguments::parse(argv, {QStringLiteral("tm"), QStringLiteral("rejects"), QStringLiteral("batch")}, {}, args,
                          error)) {
        context.error(context.tr("unknown option or missing value: %1").arg(error));
        return kExitUsage;
    }
    if (args.positional().isEmpty()) {
        context.error(context.tr("tm import needs at least one FILE.tmx"));
        return kExitUsage;
    }
    const auto batchSize = integerOption(context, args, QStringLiteral("batch"), 5000, 1, 1000000);
    if (!batchSize)
        return kExitUsage;
    auto memory = openMemory(context, args, store::OpenMode::CreateIfMissing);
    if (!memory)
        return kExitInputError;

    std::unique_ptr<QSaveFile> rejectsFile;
    std::unique_ptr<formats::TmxWriter> rejects;
    if (args.has(QStringLiteral("rejects"))) {
        rejectsFile = std::make_unique<QSaveFile>(args.value(QStringLiteral("rejects")));
        if (!rejectsFile->open(QIODevice::WriteOnly)) {
            context.error(
                context.tr("%1: cannot write the file (%2)").arg(rejectsFile->fileName(), rejectsFile->errorString()));
            return kExitInputError;
        }
        rejects = std::make_unique<formats::TmxWriter>(*rejectsFile, QStringLiteral(TERJIME_VERSION));
        formats::TmxHeader header;
        header.sourceLanguage = QStringLiteral("*all*");
        (void)rejects->begin(header);
    }

    Importer importer(context, *memory, *batchSize, rejects.get());
    bool complete = true;
    for (const QString &path : args.positional()) {
        ImportCounts counts;
        complete = importer.importFile(path, counts) && complete;
        complete = complete && counts.rejected == 0;
        context.out(context.tr("%1: read %2 units: %3 added, %4 merged, %5 already present, %6 rejected\n")
                        .arg(path)
                        .arg(counts.read)
                        .arg(counts.added)
                        .arg(counts.merged)
                        .arg(counts.unchanged)
                        .arg(counts.rejected));
    }
    if (rejects) {
        if (!rejects->finish() || !rejectsFile->commit()) {
            context.error(
                context.tr("%1: cannot write the file (%2)").arg(rejectsFile->fileName(), rejectsFile->errorString()));
            return kExitInputError;
        }
    }
    return complete ? kExitOk : kExitInputError;
}

} // namespace terjime::cli
