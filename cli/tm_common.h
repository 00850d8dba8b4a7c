// SPDX-License-Identifier: GPL-3.0-or-later
// What the `terjime tm` subcommands share: opening the memory, parsing numbers, terminal detection.
#pragma once

#include "arguments.h"
#include "context.h"

#include "tm/store/sqlite_store.h"

#include <memory>
#include <optional>

namespace terjime::cli {

// Opens the memory named by --tm, or the default memory (store::defaultMemoryPath()). Reports failures itself.
std::unique_ptr<store::TmStore> openMemory(Context &context, const Arguments &args, store::OpenMode mode);

// The integer value of option `name`, or `fallback` when absent; nullopt (reported) when it is not an integer in
// [minimum, maximum].
std::optional<int> integerOption(Context &context, const Arguments &args, const QString &name, int fallback,
                                 int minimum, int maximum);

// True when standard output (or error) is a terminal and colour is not switched off (NO_COLOR).
bool colourOnStdout();
bool stderrIsTerminal();

} // namespace terjime::cli
