// SPDX-License-Identifier: GPL-3.0-or-later
#include "context.h"

#include "tm/text/utf8_decoder.h"
#include "tm/text/utf8_encoder.h"

#include <QFile>
#include <QSaveFile>

namespace terjime::cli {
namespace {
constexpr qsizetype kFlushThreshold = 1 << 20;
}

void Context::out(QStringView text)
{
    terjime::text::appendUtf8(text, m_buffer);
    if (m_buffer.size() > kFlushThreshold)
        flush();
}

void Context::out(const QByteArray &bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() > kFlushThreshold)
        flush();
}

void Context::flush()
{
    if (!m_buffer.isEmpty()) {
        std::fwrite(m_buffer.constData(), 1, size_t(m_buffer.size()), stdout);
        m_buffer.resize(0); // keeps the capacity: no new allocation (and page faults) for the next block
    }
    std::fflush(stdout);
}

void Context::error(const QString &message)
{
    flush();
    const QByteArray bytes = (QStringLiteral("terjime: ") + message + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

void Context::error(const terjime::core::Error &error)
{
    this->error(error.describe([this](const char *format) { return m_catalog.tr(format); }));
}

bool readInput(const Context &context, const QString &path, QByteArray &bytes, QString &error)
{
    QFile file;
    const bool isStdin = path == QLatin1String("-");
    const QString label = isStdin ? context.tr("<standard input>") : path;
    const bool opened =
        isStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    // The system's reason (Qt gives it in English) follows our translated message.
    if (!opened) {
        error = context.tr("%1: cannot open the file (%2)").arg(label, file.errorString());
        return false;
    }
    bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        error = context.tr("%1: cannot read the file (%2)").arg(label, file.errorString());
        return false;
    }
    return true;
}

} // namespace terjime::cli

namespace terjime::cli {

std::optional<QString> readTextFile(Context &context, const QString &path)
{
    QByteArray bytes;
    QString why;
    if (!readInput(context, path, bytes, why)) {
        context.error(why);
        return std::nullopt;
    }
    auto decoded = text::decodeUtf8(bytes, path);
    if (!decoded) {
        context.error(decoded.error());
        return std::nullopt;
    }
    return std::move(*decoded);
}

bool writeFileAtomically(Context &context, const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        context.error(context.tr("%1: cannot write the file (%2)").arg(path, file.errorString()));
        return false;
    }
    return true;
}

QStringList splitLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    return lines;
}

} // namespace terjime::cli
