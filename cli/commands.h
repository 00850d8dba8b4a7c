// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "context.h"

#include <QStringList>

namespace terjime::cli {

// Each subcommand takes its own arguments (after the subcommand name) and returns an exit code (exit_codes.h).
int runSegment(Context &context, const QStringList &args);
int runGlossary(Context &context, const QStringList &args);
int runTm(Context &context, const QStringList &args);
int runAlign(Context &context, const QStringList &args);
int runCheck(Context &context, const QStringList &args);

} // namespace terjime::cli
