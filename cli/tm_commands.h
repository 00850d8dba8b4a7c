// SPDX-License-Identifier: GPL-3.0-or-later
// The subcommands of `terjime tm`, one file each; runTm (command_tm.cpp) dispatches to them.
#pragma once

#include "context.h"

#include <QStringList>

namespace terjime::cli {

int runTmImport(Context &context, const QStringList &args);
int runTmExport(Context &context, const QStringList &args);
int runTmLookup(Context &context, const QStringList &args);
int runTmConcordance(Context &context, const QStringList &args);
int runTmStats(Context &context, const QStringList &args);

} // namespace terjime::cli
