// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace terjime::core {

// What kind of failure an Error reports. Front ends map these to exit codes (see cli/exit_codes.h).
enum class ErrorCode {
    InvalidArgument, // the caller passed something the library does not accept (unknown language, bad option)
    Io,              // a file could not be opened, read or written
    Encoding,        // input bytes are not valid in their declared encoding
    Syntax,          // input is readable but malformed (XML, SRX, regular expression)
    Unsupported,     // well-formed input that uses a feature the library does not implement
};

// Where in an input an Error was found. Lines and columns are 1-based; 0 means unknown. Columns count Unicode code
// points, as editors do.
struct SourceLocation {
    QString file;
    int line = 0;
    int column = 0;
};

// Marks a message for extraction into the message catalog without translating it: libtm has no catalog, the front
// ends translate (see Error::describe).
constexpr const char *N_(const char *message)
{
    return message;
}

// A failure with enough context for a user to find and fix it. The message is kept as its untranslated format (with
// %1, %2 placeholders, marked with N_) and its arguments, so that a front end can show it in the user's language.
struct Error {
    ErrorCode code = ErrorCode::InvalidArgument;
    const char *format = ""; // static storage: a string literal marked with N_
    QStringList arguments;
    SourceLocation where;

    // The message in English, with the arguments in place.
    QString message() const
    {
        return describe([](const char *text) { return QString::fromUtf8(text); }, false);
    }
    // "file:line:column: message", leaving out the parts that are unknown. `translate` maps the format to the
    // user's language (Catalog::tr); by default the message stays in English.
    template <typename Translate>
    QString describe(Translate &&translate, bool withLocation = true) const
    {
        QString text = translate(format);
        for (const QString &argument : arguments)
            text = text.arg(argument);
        return withLocation ? prefixLocation(text) : text;
    }
    QString describe() const { return prefixLocation(message()); }

private:
    QString prefixLocation(const QString &text) const;
};

Error makeError(ErrorCode code, const char *format, QStringList arguments = {}, SourceLocation where = {});

} // namespace terjime::core
