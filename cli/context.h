// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tm/core/error.h"
#include "tm/i18n/catalog.h"

#include <QByteArray>
#include <QString>

#include <QStringList>

#include <cstdio>
#include <optional>

namespace terjime::cli {

// What every subcommand needs from the process: the message catalog and the standard streams. Output is buffered
// and written as UTF-8.
class Context {
public:
    explicit Context(terjime::i18n::Catalog catalog) : m_catalog(std::move(catalog)) {}
    ~Context() { flush(); }
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    const terjime::i18n::Catalog &catalog() const { return m_catalog; }
    QString tr(const char *message) const { return m_catalog.tr(message); }

    void out(QStringView text);
    void out(const QByteArray &bytes);
    // Writes "terjime: <message>" to standard error.
    void error(const QString &message);
    void error(const terjime::core::Error &error);
    void flush();

private:
    terjime::i18n::Catalog m_catalog;
    QByteArray m_buffer;
};

// Reads a whole file ("-" for standard input). On failure `error` is a message for the user naming the file.
bool readInput(const Context &context, const QString &path, QByteArray &bytes, QString &error);

// Reads a whole file as strict UTF-8 text; reports a failure itself (the file, and line and column of invalid bytes).
std::optional<QString> readTextFile(Context &context, const QString &path);

// Writes `bytes` to `path` through a temporary file renamed into place, so that an interrupted run never leaves half a
// file; reports a failure itself. Returns whether it succeeded.
bool writeFileAtomically(Context &context, const QString &path, const QByteArray &bytes);

// The lines of a text without their line ends (LF or CRLF); a final line end adds no empty line.
QStringList splitLines(const QString &text);

} // namespace terjime::cli
