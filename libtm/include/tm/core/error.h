// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace terjime::core {

// What kind of failure an Error reports. Front ends map these to exit codes (see cli/exit_codes.h).
enum class ErrorCode {
    InvalidArgument,  // the caller passed something the library does not accept (unknown language, bad option)
    Io,               // a file could not be opened, read or written
    Encoding,         // input bytes are not valid in their declared encoding
    Syntax,           // input is readable but malformed (XML, SRX, regular expression)
    Unsupported,      // well-formed input that uses a feature the library does not implement
};

// Where in an input an Error was found. Lines and columns are 1-based; 0 means unknown. Columns count Unicode code
// points, as editors do.
struct SourceLocation {
    QString file;
    int line = 0;
    int column = 0;
};

// A failure with enough context for a user to find and fix it.
struct Error {
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
    SourceLocation where;

    // "file:line:column: message", leaving out the parts that are unknown.
    QString describe() const;
};

Error makeError(ErrorCode code, QString message, SourceLocation where = {});

}  // namespace terjime::core
