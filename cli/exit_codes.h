// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace terjime::cli {

// The exit codes of every terjime command, as documented in README.md.
enum ExitCode : int {
    kExitOk = 0,
    kExitFindings = 1,   // the command ran and found problems (checks, lint)
    kExitUsage = 2,      // bad command line: unknown command, option or language
    kExitInputError = 3, // an input file is missing, unreadable or malformed
};

} // namespace terjime::cli
